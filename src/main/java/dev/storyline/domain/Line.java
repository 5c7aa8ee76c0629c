package dev.storyline.domain;

import java.util.List;

/**
 * One published sentence of a brief and the source sentences it came from. A line with no
 * references is never published.
 */
public record Line(String text, List<SourceRef> refs) {
  public Line {
    refs = List.copyOf(refs);
    if (refs.isEmpty()) {
      throw new IllegalArgumentException("a line must cite at least one source sentence: " + text);
    }
  }

  public static Line of(String text, SourceRef ref) {
    return new Line(text, List.of(ref));
  }
}
