package dev.storyline.brief.section;

import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.Brief.Camp;
import dev.storyline.domain.Brief.Stance;
import dev.storyline.domain.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sides choose before Forecast, so a story's only statement about what comes next can land in
 * Sides' "Other voices" (no one's side) and leave Forecast saying there is none: "Aurel has said it
 * will apply for approval in Ostrel next year." When Forecast is empty, such a stance goes back to
 * it. A stance in a camp (a critic's warning, a defender's promise) stays in Sides.
 */
public final class SidesForecasts {
  private SidesForecasts() {}

  /** The references of the "Other voices" stances that Forecast could show. */
  public static Set<SourceRef> othersLookingAhead(StoryText text, List<Camp> sides) {
    Set<SourceRef> forward = new HashSet<>();
    ForecastWriter.candidates(text).forEach(s -> forward.add(s.ref()));
    Set<SourceRef> out = new HashSet<>();
    for (Camp c : sides) {
      if (c.name().equals(SidesWriter.OTHERS)) {
        for (Stance st : c.stances()) {
          st.line().refs().stream().filter(forward::contains).forEach(out::add);
        }
      }
    }
    return out;
  }

  /** The sides without the stances that cite one of {@code refs}, and without a camp left empty. */
  public static List<Camp> without(List<Camp> sides, Set<SourceRef> refs) {
    List<Camp> out = new ArrayList<>();
    for (Camp c : sides) {
      List<Stance> kept =
          c.stances().stream()
              .filter(st -> st.line().refs().stream().noneMatch(refs::contains))
              .toList();
      if (!kept.isEmpty()) {
        out.add(new Camp(c.name(), kept));
      }
    }
    return out;
  }
}
