package dev.storyline.store;

import java.util.Locale;

/**
 * Where the operator places an outlet on the political spectrum. The operator's statement, never
 * measured by Storyline; the labels shown can be renamed ({@code storyline.coverage.lean-labels}).
 */
public enum Lean {
  LEFT,
  LEAN_LEFT,
  CENTRE,
  LEAN_RIGHT,
  RIGHT,
  UNKNOWN;

  /** The stored key ("lean_left"). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The side for blindspots: -1 left of centre, +1 right of centre, 0 centre or unknown. */
  public int side() {
    return switch (this) {
      case LEFT, LEAN_LEFT -> -1;
      case LEAN_RIGHT, RIGHT -> 1;
      default -> 0;
    };
  }

  /**
   * Reads a lean as operators write it: "left", "lean left", "Lean-Left", "center", "centre",
   * "right", "unknown" or blank (unknown). Anything else is refused with the accepted words.
   */
  public static Lean parse(String text) {
    if (text == null || text.isBlank()) {
      return UNKNOWN;
    }
    String k = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    return switch (k) {
      case "left" -> LEFT;
      case "lean_left", "leans_left", "left_leaning" -> LEAN_LEFT;
      case "centre", "center", "central" -> CENTRE;
      case "lean_right", "leans_right", "right_leaning" -> LEAN_RIGHT;
      case "right" -> RIGHT;
      case "unknown", "none", "n/a" -> UNKNOWN;
      default ->
          throw new IllegalArgumentException(
              "unknown lean \""
                  + text
                  + "\": use left, lean left, centre, lean right, right or unknown");
    };
  }
}
