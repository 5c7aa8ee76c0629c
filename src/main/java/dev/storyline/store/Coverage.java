package dev.storyline.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a story's outlets spread over the leans the operator gave them: a count and a share per lean,
 * with the outlets behind each part, and the Blindspot mark when one side covered it almost alone.
 * Leans are the operator's statements; this only counts them.
 *
 * @param parts one part per lean with at least one outlet, in scale order (left to right, then
 *     unknown)
 * @param outlets number of distinct outlets
 * @param known outlets with a lean other than unknown
 * @param blindspot the mark, or {@code null}
 */
public record Coverage(List<Part> parts, int outlets, int known, Blindspot blindspot) {

  public Coverage {
    parts = List.copyOf(parts);
  }

  /**
   * One lean's part.
   *
   * @param lean the lean
   * @param count outlets with that lean
   * @param share count over all outlets (0..1)
   * @param outlets their names, as the story lists them (most articles first)
   */
  public record Part(Lean lean, int count, double share, List<String> outlets) {
    public Part {
      outlets = List.copyOf(outlets);
    }
  }

  /**
   * A story covered mostly by one side.
   *
   * @param coveredBy -1 when left-of-centre outlets covered it, +1 right-of-centre
   * @param count outlets on that side
   * @param of outlets with a known lean
   */
  public record Blindspot(int coveredBy, int count, int of) {}

  /**
   * When a story is a blindspot: at least {@code share} of its outlets with a known lean sit on one
   * side (left and lean left, or lean right and right), and it has at least {@code minOutlets} such
   * outlets. Built from the settings ({@code storyline.coverage.*}, where the defaults are
   * written).
   */
  public record Rule(double share, int minOutlets) {}

  /** The coverage of a story's outlets, given what the operator says about outlets. */
  public static Coverage of(List<String> outlets, Map<String, Outlet> described, Rule rule) {
    Map<Lean, List<String>> byLean = new EnumMap<>(Lean.class);
    for (String o : outlets) {
      Outlet d = described.get(o);
      byLean.computeIfAbsent(d == null ? Lean.UNKNOWN : d.lean(), k -> new ArrayList<>()).add(o);
    }
    int total = outlets.size();
    List<Part> parts = new ArrayList<>();
    int left = 0;
    int right = 0;
    int known = 0;
    for (Map.Entry<Lean, List<String>> e : byLean.entrySet()) {
      int n = e.getValue().size();
      parts.add(new Part(e.getKey(), n, total == 0 ? 0 : n / (double) total, e.getValue()));
      if (e.getKey() != Lean.UNKNOWN) {
        known += n;
      }
      left += e.getKey().side() < 0 ? n : 0;
      right += e.getKey().side() > 0 ? n : 0;
    }
    Blindspot mark = null;
    if (known >= rule.minOutlets() && known > 0) {
      if (left >= rule.share() * known) {
        mark = new Blindspot(-1, left, known);
      } else if (right >= rule.share() * known) {
        mark = new Blindspot(1, right, known);
      }
    }
    return new Coverage(parts, total, known, mark);
  }
}
