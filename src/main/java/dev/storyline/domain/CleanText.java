package dev.storyline.domain;

/**
 * Text as every output can carry it (HTML, JSON, XML/Atom, e-mail): control characters other than
 * tab and line breaks, lone UTF-16 surrogates and the non-characters U+FFFE and U+FFFF are dropped.
 * XML 1.0 cannot carry any of them (an Atom writer refuses them), and none is ever meant in a
 * headline or an article. Applied where text enters the pipeline.
 */
public final class CleanText {
  private CleanText() {}

  /** {@code s} without the characters no output can carry; {@code null} stays {@code null}. */
  public static String of(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && allowedAt(s, i)) {
      i += Character.charCount(s.codePointAt(i));
    }
    if (i == s.length()) {
      return s; // the common case: nothing to drop, no copy
    }
    StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (allowedAt(s, i)) {
        b.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  private static boolean allowedAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return false; // a low surrogate not preceded by a high one (pairs are skipped whole)
    }
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    return c >= 0x20 && !(c >= 0x7f && c <= 0x9f) && c != 0xfffe && c != 0xffff;
  }
}
