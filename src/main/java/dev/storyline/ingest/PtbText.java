package dev.storyline.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes Penn Treebank tokenisation ("does n't", "-LRB- AP -RRB-", "`` quoted ''", "word ,"), which
 * some research corpora (Timeline17) use for their text, so that the analyzer reads and the pages
 * show ordinary prose: brackets, quotes, clitics and spaces before punctuation. One input line (one
 * sentence) becomes one paragraph. {@link #looksTokenised} tells such text from ordinary text,
 * which is left alone.
 */
public final class PtbText {
  private static final Pattern CODES = Pattern.compile("-[LR][RSC]B-|``|''");
  private static final Pattern SPLIT =
      Pattern.compile(" (?:n't|'s|'re|'ve|'ll|'m|'d) | [,.;:?!](?: |$)", Pattern.MULTILINE);

  private PtbText() {}

  /**
   * True when the text carries treebank codes (-LRB-, ``) or at least three split clitics or spaced
   * punctuation marks, at least one per 1,000 characters: never the case in edited prose.
   */
  public static boolean looksTokenised(String text) {
    if (CODES.matcher(text).find()) {
      return true;
    }
    Matcher m = SPLIT.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n >= 3 && n * 1000 >= text.length();
  }

  /** The text detokenised when it {@link #looksTokenised looks tokenised}, else as it is. */
  public static String ifTokenised(String text) {
    return looksTokenised(text) ? detokenise(text) : text;
  }

  public static String detokenise(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      String s = line.strip();
      if (s.isEmpty()) {
        continue;
      }
      s =
          s.replace("-LRB-", "(")
              .replace("-RRB-", ")")
              .replace("-LSB-", "[")
              .replace("-RSB-", "]")
              .replace("-LCB-", "{")
              .replace("-RCB-", "}")
              .replace("\\/", "/")
              .replace("\\*", "*")
              .replace("``", "\"")
              .replace("''", "\"")
              .replaceAll(" (n't|'s|'re|'ve|'ll|'d|'m)\\b", "$1")
              .replaceAll(" ([,.;:!?%)\\]])", "$1")
              .replaceAll("([(\\[$]) ", "$1")
              .replaceAll("\" ([^\"]*?) \"", "\"$1\"");
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(s);
    }
    return out.toString();
  }
}
