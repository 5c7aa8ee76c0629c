package dev.storyline.brief;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.DateMention;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A later sentence that speaks to a forecast: close to the claim by sentence embedding or by shared
 * content words (at least two always; three when words alone decide) (light suffix stemming, forecast and contradiction cue words left out), and not
 * itself forward-looking. It contradicts the claim when it carries a contradiction cue (negation,
 * "failed to", "was delayed", "rejected") that the claim does not.
 *
 * @param storyId the later story
 * @param article the later article
 * @param sentence the later sentence
 * @param similarity the larger of the embedding and the lexical similarity, 0 to 1
 * @param contradicts true when the sentence reports that the forecast did not come true
 */
record ClaimMatch(
    String storyId,
    AnalyzedArticle article,
    AnalyzedSentence sentence,
    double similarity,
    boolean contradicts) {

  /** Lexical similarity that is enough on its own, with at least {@link #SHARED} shared words. */
  static final double LEXICAL = 0.4;
  static final int SHARED = 3;
  /** Embedding similarity that is enough on its own. */
  static final double EMBEDDING = 0.8;
  /** Embedding and lexical similarity that are enough together. */
  static final double EMBEDDING_WITH_WORDS = 0.6;
  static final double WORDS_WITH_EMBEDDING = 0.3;

  static final Pattern CONTRADICTION = Pattern.compile(
      "\\b(?:not|never|no longer|didn't|don't|doesn't|won't|wasn't|weren't|isn't|aren't|hasn't"
          + "|haven't|failed to|fails to|fell short|missed|(?:was|were|has been|have been|been)"
          + " (?:delayed|postponed|pushed back|put off|shelved|scrapped|cancell?ed|called off"
          + "|blocked|rejected|halted|suspended|abandoned)|delayed|postponed|rejected|scrapped"
          + "|cancell?ed|called off|abandoned|shelved|blocked|stalled|collapsed|ruled out)\\b");

  private static final Set<String> IGNORED = Set.of(
      "expect", "expected", "likely", "set", "poised", "due", "scheduled", "plan", "plans",
      "planned", "intend", "intends", "aim", "aims", "forecast", "forecasts", "predict",
      "predicts", "predicted", "project", "projects", "projected", "analyst", "analysts", "say",
      "says", "said", "told", "according", "may", "might", "shall", "should", "next", "coming",
      "believe", "think", "warn", "warned", "just", "still", "yet", "now", "week", "month", "year");

  /** Attributed speech: a later claim is not a report that something happened. */
  static final Pattern SPEECH = Pattern.compile(
      "[\"“”]|\\b(?:said|says|say|told|tells|argued|argues|insisted|insists|claimed|claims"
          + "|according to|warned|warns|added|noted|stated|maintained|believes?|thinks?)\\b");

  /**
   * The match of a later sentence to a claim sentence, or {@code null} when it does not speak to
   * it. Evidence is a plain past-tense report: not forward-looking, not attributed speech, not a
   * dated background fact from before the claim (every date it names is earlier than {@code
   * since}), and it shares with the claim at least one word outside the named entities.
   */
  static ClaimMatch of(AnalyzedSentence claim, LocalDate since, String storyId,
      AnalyzedArticle article, AnalyzedSentence later) {
    String text = later.text();
    if (forwardLooking(text) || Cues.has(SPEECH, text) || !Cues.pastTense(text)
        || background(later, since)) {
      return null;
    }
    Set<String> a = stems(claim.text());
    Set<String> b = stems(text);
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    if (shared.size() < 2 || !sharesEventWord(shared, claim, later)) {
      return null;
    }
    double lexical = shared.size() / Math.sqrt((double) a.size() * b.size());
    double embedding = cosine(claim.embedding(), later.embedding());
    boolean close = (lexical >= LEXICAL && shared.size() >= SHARED) || embedding >= EMBEDDING
        || (embedding >= EMBEDDING_WITH_WORDS && lexical >= WORDS_WITH_EMBEDDING);
    if (!close) {
      return null;
    }
    boolean contradicts = Cues.has(CONTRADICTION, later.text()) && !Cues.has(CONTRADICTION, claim.text());
    return new ClaimMatch(storyId, article, later, Math.max(lexical, embedding), contradicts);
  }

  private static boolean background(AnalyzedSentence s, LocalDate since) {
    return !s.dates().isEmpty()
        && s.dates().stream().allMatch(d -> lastDay(d).isBefore(since));
  }

  private static LocalDate lastDay(DateMention d) {
    return switch (d.granularity()) {
      case YEAR -> d.date().withDayOfYear(d.date().lengthOfYear());
      case MONTH -> d.date().withDayOfMonth(d.date().lengthOfMonth());
      default -> d.date();
    };
  }

  /** True when a shared word is not part of a named entity of either sentence. */
  private static boolean sharesEventWord(Set<String> shared, AnalyzedSentence x, AnalyzedSentence y) {
    Set<String> names = new HashSet<>();
    for (AnalyzedSentence s : List.of(x, y)) {
      s.entities().forEach(e -> names.addAll(stems(e.text())));
    }
    return shared.stream().anyMatch(w -> !names.contains(w));
  }

  private static boolean forwardLooking(String text) {
    return Cues.score(Cues.FORWARD, text) >= 1.0 && !Cues.has(Cues.PAST_EXPECTATION, text);
  }

  /** Stemmed content words without forecast and contradiction cue words. */
  static Set<String> stems(String text) {
    String cleaned = CONTRADICTION.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
    Set<String> out = new HashSet<>();
    for (String w : Vectorizer.terms(cleaned)) {
      if (!IGNORED.contains(w)) {
        out.add(stem(w));
      }
    }
    return out;
  }

  static String stem(String w) {
    String s = w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
    if (s.length() > 5 && s.endsWith("ing")) {
      return s.substring(0, s.length() - 3);
    }
    if (s.length() > 4 && s.endsWith("ed")) {
      return s.substring(0, s.length() - 2);
    }
    if (s.length() > 4 && s.endsWith("es")) {
      return s.substring(0, s.length() - 2);
    }
    if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static double cosine(float[] x, float[] y) {
    if (x == null || y == null || x.length == 0 || x.length != y.length) {
      return 0;
    }
    double dot = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
    }
    return dot;
  }
}
