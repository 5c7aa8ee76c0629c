package dev.storyline.brief.text;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
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

  /** Most sentences a quotation of several sentences is followed across. */
  static final int SPAN = 5;

  private QuoteMarks() {}

  /**
   * The sentences inside a quotation of several sentences ({@link #inside}, each article read in
   * order).
   */
  public static java.util.Set<AnalyzedSentence> insideQuotations(List<AnalyzedArticle> articles) {
    java.util.Set<AnalyzedSentence> out =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (AnalyzedArticle a : articles) {
      boolean[] in = QuoteMarks.inside(a.sentences().stream().map(AnalyzedSentence::text).toList());
      for (int i = 0; i < in.length; i++) {
        if (in[i]) {
          out.add(a.sentences().get(i));
        }
      }
    }
    return out;
  }

  /**
   * Which of an article's sentences (in order) lie inside a quotation that an earlier sentence
   * opens and a later one closes, within {@value #SPAN} sentences, with no mark of their own:
   * "“They are trying to shake our will…" / "The terrorists do not understand America." / "…car
   * bombers and assassins.”" The middle one is the speaker's words with nothing on it to say so.
   */
  public static boolean[] inside(List<String> sentences) {
    boolean[] out = new boolean[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      if (openness(sentences.get(i)) <= 0) {
        continue;
      }
      for (int j = i + 1; j < sentences.size() && j <= i + SPAN; j++) {
        String t = sentences.get(j);
        int open = openness(t);
        if (open < 0) {
          java.util.Arrays.fill(out, i + 1, j, true);
        }
        if (open != 0 || count(t, '"') + count(t, '“') + count(t, '”') > 0) {
          break;
        }
      }
    }
    return out;
  }

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
