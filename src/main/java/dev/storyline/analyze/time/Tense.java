package dev.storyline.analyze.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A crude guess whether a date expression sits in a past or a future clause: the nearest tense cue
 * within a few words wins (left side first on a tie). Good enough to choose between last March and
 * next March; not a parser.
 */
enum Tense {
  PAST,
  FUTURE,
  NONE;

  private static final int WINDOW = 6;

  private static final Set<String> FUTURE_CUES =
      Set.of(
          "will",
          "shall",
          "would",
          "won't",
          "wo",
          "going",
          "scheduled",
          "expected",
          "plans",
          "plan",
          "planning",
          "due",
          "upcoming",
          "coming",
          "aims",
          "intends",
          "hopes",
          "must",
          "should",
          "next",
          "tomorrow",
          "later");

  private static final Set<String> PAST_CUES =
      Set.of(
          "said",
          "was",
          "were",
          "had",
          "did",
          "been",
          "ago",
          "last",
          "yesterday",
          "earlier",
          "grew",
          "rose",
          "fell",
          "went",
          "came",
          "took",
          "made",
          "became",
          "began",
          "saw",
          "won",
          "lost",
          "ran",
          "got",
          "gave",
          "left",
          "met",
          "told",
          "thought",
          "sold",
          "bought",
          "paid",
          "spent",
          "brought",
          "held",
          "kept",
          "built",
          "struck",
          "wrote",
          "spoke",
          "knew",
          "found",
          "felt",
          "fought",
          "sent",
          "led",
          "drew",
          "flew",
          "froze",
          "broke",
          "chose",
          "stood");

  private static final Set<String> NOT_PAST =
      Set.of(
          "hundred", "indeed", "speed", "need", "feed", "seed", "proceed", "exceed", "succeed",
          "breed", "embed", "bed", "red", "shed", "wed", "weed");

  /** Tense of the clause around the span {@code [start, end)} of {@code text}. */
  static Tense around(String text, int start, int end) {
    List<String> left = Words.left(text, start, WINDOW);
    List<String> right = Words.right(text, end, WINDOW);
    boolean modal = modalEarlierInClause(text, start);
    for (int d = 0; d < WINDOW; d++) {
      Tense t = d < left.size() ? leftCue(left, d) : NONE;
      if (t == NONE && d < right.size()) {
        t = modal ? FUTURE : of(right.get(d));
      }
      if (t != NONE) {
        return t;
      }
    }
    return modal ? FUTURE : NONE;
  }

  /** Modal verbs that put what follows them in the same clause in the future. */
  private static final Set<String> MODALS = Set.of("will", "would", "shall", "wo");

  /** How far back in its clause a modal still governs a date: "would help … in November". */
  private static final int CLAUSE_WORDS = 12;

  /**
   * Whether a modal ("will", "would", "'ll") stands before the date in its clause, further back
   * than the nearest cues: "he would help the party and its candidates in November by staying in,
   * but admitted…" is about the coming November, whatever the next clause's past verb says.
   */
  private static boolean modalEarlierInClause(String text, int start) {
    int from = start;
    while (from > 0 && ",;:()\"“”—".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    List<String> clause = Words.left(text.substring(from, start), start - from, CLAUSE_WORDS);
    for (String w : clause) {
      Tense t = of(w);
      String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (MODALS.contains(lower) || lower.endsWith("'ll")) {
        return true;
      }
      if (t == PAST) {
        return false;
      }
    }
    return false;
  }

  /** A participle after "be"/"to be" ("will be held") is no past cue; the auxiliary decides. */
  private static Tense leftCue(List<String> left, int d) {
    Tense t = of(left.get(d));
    boolean passive = d + 1 < left.size() && left.get(d + 1).equalsIgnoreCase("be");
    return t == PAST && passive ? NONE : t;
  }

  /** Tense cue carried by one word, or NONE. */
  static Tense of(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (FUTURE_CUES.contains(w) || w.endsWith("'ll")) {
      return FUTURE;
    }
    if (PAST_CUES.contains(w)) {
      return PAST;
    }
    if (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w)) {
      return PAST;
    }
    return NONE;
  }
}
