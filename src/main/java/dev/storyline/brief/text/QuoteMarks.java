package dev.storyline.brief.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotation marks of one sentence, where the splitter may have cut a quotation of several
 * sentences: "Mr Hale said: “The port stays shut." opens one it does not close, "We will not move,”
 * the mayor said." closes one it did not open.
 */
public final class QuoteMarks {
  private static final Pattern PAIRED = Pattern.compile("\"[^\"]+\"|“[^”]+”");

  private QuoteMarks() {}

  /** True when the text's straight marks are even and its curly marks pair in number. */
  public static boolean balanced(String text) {
    return count(text, '"') % 2 == 0 && count(text, '“') == count(text, '”');
  }

  private static long count(String text, char mark) {
    return text.chars().filter(c -> c == mark).count();
  }

  /**
   * 1 when the text opens a quotation it does not close, -1 when it closes one it did not open, 0
   * when its marks pair up. With an odd number of straight marks the first decides: after a comma
   * or full stop it closes a quotation opened before ("…flu, \" the minister said"), else the marks
   * pair from it and the last opens one ("said: \"The…", "\"A,\" he said, \"B…").
   */
  public static int openness(String text) {
    long opens = count(text, '“');
    long closes = count(text, '”');
    int straight = (int) count(text, '"');
    if (opens != closes && (straight == 0 || (opens + closes + straight) % 2 == 1)) {
      return opens > closes ? 1 : -1;
    }
    if ((opens + closes + straight) % 2 == 0) {
      // marks pair up, in one style or mixed ("“I find it disturbing," she said)
      return 0;
    }
    String before = text.substring(0, text.indexOf('"')).stripTrailing();
    boolean closing = !before.isEmpty() && ",.?!…".indexOf(before.charAt(before.length() - 1)) >= 0;
    return closing ? -1 : 1;
  }

  /**
   * The quoted stretches of the text as {start, end}: each pair of marks, and the words before a
   * closing mark whose opening is in an earlier sentence or after an opening mark whose closing is
   * in a later one.
   */
  public static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = PAIRED.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    int open = openness(text);
    if (open < 0) {
      out.add(new int[] {0, unpaired(text, '”', '“', true)});
    } else if (open > 0) {
      out.add(new int[] {unpaired(text, '“', '”', false), text.length()});
    }
    return out;
  }

  /** The unpaired mark: the first closing one (from the start) or the last opening one. */
  private static int unpaired(String text, char mark, char other, boolean fromStart) {
    boolean curly = text.indexOf(mark) >= 0 || text.indexOf(other) >= 0;
    if (!curly) {
      return fromStart ? text.indexOf('"') : text.lastIndexOf('"');
    }
    int depth = 0;
    for (int k = 0; k < text.length(); k++) {
      int i = fromStart ? k : text.length() - 1 - k;
      char c = text.charAt(i);
      if (c == other) {
        depth++;
      } else if (c == mark && depth-- == 0) {
        return i;
      }
    }
    return fromStart ? 0 : text.length();
  }
}
