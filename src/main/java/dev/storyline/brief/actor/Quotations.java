package dev.storyline.brief.actor;

import dev.storyline.brief.text.Vectorizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Directly quoted passages of a sentence. */
public final class Quotations {
  private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"|“([^”]+)”");

  private Quotations() {}

  /** The longest directly quoted passage of three or more words, trimmed of end commas; or null. */
  public static String longest(String text) {
    String best = null;
    Matcher m = QUOTE.matcher(text);
    while (m.find()) {
      String q = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
      q = q.replaceAll("[,;:]+$", "").strip();
      if (Vectorizer.words(q).size() >= 3 && (best == null || q.length() > best.length())) {
        best = q;
      }
    }
    return best;
  }

  /** Whether {@code pos} lies inside one of the quotation {@code spans}. */
  static boolean inside(int pos, java.util.List<int[]> spans) {
    for (int[] s : spans) {
      if (pos >= s[0] && pos < s[1]) {
        return true;
      }
    }
    return false;
  }
}
