package dev.storyline.domain;

/** Half-open character range {@code [start, end)} within a text. */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}
