package dev.storyline.brief.section;

import java.util.List;
import java.util.Set;

/**
 * A headline in Title Case run into its first sentence ({@link Standfirsts}): cut only where the
 * sentence's subject plainly opens.
 */
final class TitleCaseHeads {
  private TitleCaseHeads() {}

  /** Words a Title Case headline writes in lower case ("Left On the Sidelines"). */
  private static final Set<String> MINOR = Set.of("the", "a", "an", "of", "to", "in", "on", "for");

  /** Offices that open a sentence's subject: "President Vale declared…". */
  private static final Set<String> OFFICES =
      Set.of("president", "sen.", "rep.", "gov.", "secretary", "mr.", "mrs.", "ms.", "dr.");

  /**
   * A Title Case headline run into its first sentence ("Vale Says Harbour Comes First President
   * Vale declared last night…", "Lawmakers Left On the Sidelines As Board Acts The frenetic
   * pace…"): cut where the sentence's subject opens, at a capitalised "The" or "A" in a title that
   * writes its own articles in lower case, or at an office before a name and a verb in lower case;
   * else whole.
   */
  static String cut(String title, List<int[]> spans, List<String> lower) {
    boolean lowerArticles = false;
    for (int i = 1; i <= Math.min(Standfirsts.MAX_HEAD, spans.size() - Standfirsts.MIN_TAIL); i++) {
      String prev = title.substring(spans.get(i - 1)[0], spans.get(i - 1)[1]);
      lowerArticles |= MINOR.contains(prev);
      if (i < Standfirsts.MIN_HEAD || !Standfirsts.opens(title, spans, lower, i)) {
        continue;
      }
      boolean article = lowerArticles && Standfirsts.ARTICLES.contains(lower.get(i));
      boolean office = OFFICES.contains(lower.get(i)) && nameThenVerb(title, spans, lower, i + 1);
      if ((article || office) && titleCaseHead(title, spans, i)) {
        // a possessive before the office opens the subject with it: "… Lumen's Mayor Ana Ruiz said"
        boolean owner = office && i > Standfirsts.MIN_HEAD && lower.get(i - 1).matches(".*['’]s");
        return Standfirsts.head(title, spans.get(owner ? i - 1 : i)[0]);
      }
    }
    return title;
  }

  /**
   * Whether every word of four letters or more before word {@code i} is capitalised and no
   * dateline's dash stands among them: a headline in Title Case, not a sentence full of names
   * ("Crowds call for the resignation of Velmar's President Ana Ruiz outside…").
   */
  private static boolean titleCaseHead(String title, List<int[]> spans, int i) {
    for (int j = 0; j < i; j++) {
      if (spans.get(j)[1] - spans.get(j)[0] > 3
          && Character.isLowerCase(title.codePointAt(spans.get(j)[0]))) {
        return false;
      }
    }
    return !title.substring(0, spans.get(i)[0]).contains("--");
  }

  /** A name of one to three capitalised words from {@code at}, then a word in lower case. */
  private static boolean nameThenVerb(String title, List<int[]> spans, List<String> lower, int at) {
    int k = at;
    while (k < spans.size()
        && k < at + 3
        && Character.isUpperCase(title.codePointAt(spans.get(k)[0]))) {
      k++;
    }
    return k > at
        && k < spans.size()
        && Character.isLowerCase(title.codePointAt(spans.get(k)[0]))
        && !Standfirsts.NO_END.contains(lower.get(k));
  }

  /**
   * Whether most of the title's longer words after the first are capitalised ("Adviser Urges More
   * Rigorous Global Financial Regulation Paul Volcker was…").
   */
  static boolean titleCase(String title, List<int[]> spans) {
    int words = 0;
    int capitalised = 0;
    for (int i = 1; i < Math.min(spans.size(), Standfirsts.MAX_HEAD); i++) {
      if (spans.get(i)[1] - spans.get(i)[0] > 3) {
        words++;
        capitalised += Character.isUpperCase(title.codePointAt(spans.get(i)[0])) ? 1 : 0;
      }
    }
    return words > 0 && capitalised * 2 > words;
  }
}
