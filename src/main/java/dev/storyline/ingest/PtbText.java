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

  /** The tail of a market code after its period: "N)" of "(HAL.N)", "L)" of "(BP.L)". */
  private static final Pattern CODE_TAIL = Pattern.compile("\\p{Lu}{1,3}\\)");

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

  /**
   * True for a title or a one-line text that carries the corpus's tokens although it is too short
   * for {@link #looksTokenised}: a space before its closing period ("Oil spill victims find an
   * outlet .") or two split clitics or spaced marks ("GRAPHIC : Ann Lee - The Post , May 2 ,
   * 2009"). Edited text ends with neither.
   */
  public static boolean shortLooksTokenised(String text) {
    String t = text.strip();
    if (t.length() > 400) {
      return false;
    }
    if (CODES.matcher(t).find() || t.matches("(?s).*[\\p{L}\\d] \\.$")) {
      return true;
    }
    Matcher m = SPLIT.matcher(t);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n >= 2;
  }

  /** The text detokenised when it {@link #looksTokenised looks tokenised}, else as it is. */
  public static String ifTokenised(String text) {
    return looksTokenised(text) ? detokenise(text) : text;
  }

  /**
   * Undoes the tokens line by line; a line that closes a bracket the line before left open (the
   * corpus cut "Halliburton -LRB- HAL .", "N -RRB- , which…" at the period of a market code)
   * continues that line instead of starting a paragraph: "Halliburton (HAL.N), which…"; so does a
   * line that opens with a comma or a semicolon.
   */
  public static String detokenise(String text) {
    StringBuilder out = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    for (String line : text.split("\n")) {
      String s = line.strip();
      if (s.isEmpty()) {
        continue;
      }
      s = undo(s);
      if (paragraph.length() > 0 && continuesOpenBracket(paragraph, s)) {
        paragraph.append(gapBefore(paragraph, s)).append(s);
        continue;
      }
      if (paragraph.length() > 0 && (s.startsWith(",") || s.startsWith(";"))) {
        // the corpus broke a line before a sentence's comma ("Barack Obama (D-Ill.)", ", have
        // suggested…"): the line goes on
        paragraph.append(s);
        continue;
      }
      flush(paragraph, out);
      paragraph.append(s);
    }
    flush(paragraph, out);
    return out.toString();
  }

  /** A title and a body as {@link #joinCutTitle} leaves them. */
  public record Parts(String title, String body) {}

  /**
   * A title cut inside a bracket that the body's first line closes ("BP -LRB- BP ." and "N -RRB-
   * and its partners made…"): the title is the head of the body's first sentence, not a title. The
   * two are joined into the body and the title is left empty; other records come back as they are.
   */
  public static Parts joinCutTitle(String title, String body) {
    String t = title.strip();
    String b = body.strip();
    if (t.isEmpty() || b.isEmpty() || !continuesOpenBracket(t, b)) {
      return new Parts(title, body);
    }
    return new Parts("", t + gapBefore(t, b) + b);
  }

  private static void flush(StringBuilder paragraph, StringBuilder out) {
    if (paragraph.length() == 0) {
      return;
    }
    if (out.length() > 0) {
      out.append("\n\n");
    }
    out.append(paragraph);
    paragraph.setLength(0);
  }

  /** True when {@code before} ends with a bracket left open and {@code next} closes it first. */
  private static boolean continuesOpenBracket(CharSequence before, String next) {
    int depth = 0;
    for (int i = 0; i < before.length(); i++) {
      char c = before.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    int close = next.indexOf(')');
    int open = next.indexOf('(');
    return depth > 0 && close >= 0 && (open < 0 || close < open) && close <= 12;
  }

  /** No space inside a market code cut at its period ("HAL." + "N)"), else one space. */
  private static String gapBefore(CharSequence before, String next) {
    boolean codeTail = CODE_TAIL.matcher(next).lookingAt();
    return codeTail && before.charAt(before.length() - 1) == '.' ? "" : " ";
  }

  /** A lone "`" or "'" between spaces: a single quotation mark, or a plural's apostrophe. */
  private static final Pattern SINGLE = Pattern.compile("(?<=^| )[`'](?= |$)");

  /**
   * Single marks undone: "`" opens a quotation and the next lone "'" closes it ("Tunisia 's `
   * Jasmine Revolution '" is "Tunisia's 'Jasmine Revolution'"); a lone "'" after a word in s with
   * none open is the plural's apostrophe ("the Democrats ' leading voice"); any other stays.
   */
  static String singleQuotes(String line) {
    Matcher m = SINGLE.matcher(line);
    StringBuilder out = new StringBuilder();
    int at = 0;
    boolean open = false;
    while (m.find()) {
      boolean tick = m.group().equals("`");
      String before = line.substring(at, m.start());
      if (tick) {
        out.append(before).append('\'');
        at = Math.min(line.length(), m.end() + 1); // the space after it
        open = true;
      } else if (open || before.matches("(?s).*[sS] $")) {
        out.append(before.stripTrailing()).append('\'');
        at = m.end();
        open = false;
      }
    }
    return out.append(line.substring(at)).toString();
  }

  /**
   * One line undone. "``" opens a quotation and "''" closes one, so each mark goes to its own side
   * whatever the line holds: a quotation inside another ("`` The `` A '' rating … , '' Fitch
   * added") and one that opens on this line and closes on a later one ("`` The weather is …") come
   * out as written, not paired off in turn (which gave «"The" A "rating» and «" The weather»).
   * Spaced straight marks, which carry no side, are still paired in turn.
   */
  private static String undo(String line) {
    return line.replaceAll("\" ([^\"]*?) \"", "\"$1\"")
        .replace("-LRB-", "(")
        .replace("-RRB-", ")")
        .replace("-LSB-", "[")
        .replace("-RSB-", "]")
        .replace("-LCB-", "{")
        .replace("-RCB-", "}")
        .replace("\\/", "/")
        .replace("\\*", "*")
        .replaceAll("``\\s*", "\"")
        .replaceAll("\\s*''", "\"")
        .transform(PtbText::singleQuotes)
        .replaceAll(" (n't|'s|'re|'ve|'ll|'d|'m)\\b", "$1")
        .replaceAll(" ([,.;:!?%)\\]])", "$1")
        .replaceAll("([(\\[$]) ", "$1");
  }
}
