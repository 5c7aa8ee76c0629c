package dev.storyline.web.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.storyline.store.Coverage;
import dev.storyline.web.CoverageProperties;
import java.util.List;

/**
 * A story's coverage balance: its outlets by the lean this site's operator gave them.
 *
 * @param outlets number of distinct outlets
 * @param known outlets with a lean other than unknown
 * @param parts one entry per lean with outlets, left to right, then unknown
 * @param blindspot the Blindspot mark, or {@code null}
 * @param rule when a story is a blindspot, in words
 * @param attribution "Leans as set by this site's operator."
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CoverageJson(
    int outlets,
    int known,
    List<Part> parts,
    Blindspot blindspot,
    String rule,
    String attribution) {

  /**
   * One lean's part.
   *
   * @param lean stored key (left, lean_left, centre, lean_right, right, unknown)
   * @param label the name shown for it
   * @param count outlets
   * @param share count over all outlets
   * @param outlets the outlets
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Part(String lean, String label, int count, double share, List<String> outlets) {}

  /**
   * The mark: {@code covered_by} is "left" or "right", with {@code count} of {@code of} outlets.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Blindspot(String coveredBy, int count, int of) {}

  static CoverageJson of(Coverage c, CoverageProperties props) {
    return new CoverageJson(
        c.outlets(),
        c.known(),
        c.parts().stream()
            .map(
                p ->
                    new Part(
                        p.lean().key(),
                        props.label(p.lean()),
                        p.count(),
                        Math.round(p.share() * 1000) / 1000.0,
                        p.outlets()))
            .toList(),
        c.blindspot() == null
            ? null
            : new Blindspot(
                c.blindspot().coveredBy() < 0 ? "left" : "right",
                c.blindspot().count(),
                c.blindspot().of()),
        props.ruleText(),
        "Leans as set by this site's operator.");
  }
}
