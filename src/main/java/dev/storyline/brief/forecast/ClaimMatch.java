package dev.storyline.brief.forecast;

import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.Vectorizer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A later sentence that speaks to a forecast: close to the claim by sentence embedding or by shared
 * content words (at least two always; three when words alone decide). To confirm, it must also
 * contain the verb the claim predicts ("reopened" for "will reopen") (light suffix stemming,
 * forecast and contradiction cue words left out), and not itself forward-looking. It contradicts
 * the claim when it carries a contradiction cue (negation, "failed to", "was delayed", "rejected")
 * that the claim does not.
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

  static final Pattern CONTRADICTION =
      Pattern.compile(
          "\\b(?:not|never|no longer|didn't|don't|doesn't|won't|wasn't|weren't|isn't|aren't|hasn't"
              + "|haven't|failed to|fails to|fell short|missed|(?:was|were|has been|have been|been)"
              + " (?:delayed|postponed|pushed back|put off|shelved|scrapped|cancell?ed|called off"
              + "|blocked|rejected|halted|suspended|abandoned)|delayed|postponed|rejected|scrapped"
              + "|cancell?ed|called off|abandoned|shelved|blocked|stalled|collapsed|ruled out)\\b");

  private static final Set<String> IGNORED =
      Set.of(
          "expect",
          "expected",
          "likely",
          "set",
          "poised",
          "due",
          "scheduled",
          "plan",
          "plans",
          "planned",
          "intend",
          "intends",
          "aim",
          "aims",
          "forecast",
          "forecasts",
          "predict",
          "predicts",
          "predicted",
          "project",
          "projects",
          "projected",
          "analyst",
          "analysts",
          "say",
          "says",
          "said",
          "told",
          "according",
          "may",
          "might",
          "shall",
          "should",
          "next",
          "coming",
          "believe",
          "think",
          "warn",
          "warned",
          "just",
          "still",
          "yet",
          "now",
          "week",
          "month",
          "year");

  private static final Pattern PREDICATE =
      Pattern.compile(
          "\\b(?:will|to|shall)\\s+(?:(?:not|now|also|soon|still|likely|be|have|been|then|again"
              + "|probably|eventually|finally|quickly|further)\\s+)*([a-z]+)");

  /** Attributed speech: a later claim is not a report that something happened. */
  static final Pattern SPEECH =
      Pattern.compile(
          "[\"“”]|\\b(?:said|says|say|told|tells|argued|argues|insisted|insists|claimed|claims"
              + "|according to|warned|warns|added|noted|stated|maintained|believes?|thinks?)\\b");

  /**
   * The match of a later sentence to a claim sentence, or {@code null} when it does not speak to
   * it. Evidence is a plain past-tense report: not forward-looking, not attributed speech, not a
   * dated background fact (a date it names starts before {@code since}), and it shares with the
   * claim at least one word outside the named entities.
   */
  static ClaimMatch of(
      AnalyzedSentence claim,
      LocalDate since,
      String storyId,
      AnalyzedArticle article,
      AnalyzedSentence later) {
    String text = later.text();
    if (forwardLooking(text)
        || CueLexicon.has(SPEECH, text)
        || !CueLexicon.pastTense(text)
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
    boolean close =
        (lexical >= LEXICAL && shared.size() >= SHARED)
            || embedding >= EMBEDDING
            || (embedding >= EMBEDDING_WITH_WORDS && lexical >= WORDS_WITH_EMBEDDING);
    if (!close) {
      return null;
    }
    boolean contradicts =
        CueLexicon.has(CONTRADICTION, text) && !CueLexicon.has(CONTRADICTION, claim.text());
    String verb = predicate(claim.text());
    if (!contradicts && verb != null && !b.contains(verb)) {
      return null;
    }
    return new ClaimMatch(storyId, article, later, Math.max(lexical, embedding), contradicts);
  }

  /**
   * The sentence names a date that starts before the claim ("In March 2025" for a claim of 10
   * March): a recap of earlier events, not news of the forecast coming true.
   */
  private static boolean background(AnalyzedSentence s, LocalDate since) {
    return s.dates().stream().anyMatch(d -> d.date().isBefore(since));
  }

  /**
   * The verb the claim predicts ("reopen" in "the terminal will reopen"): the first content word
   * after "will", "to" or "shall", past adverbs and auxiliaries; {@code null} when there is none.
   */
  static String predicate(String claim) {
    Matcher m = PREDICATE.matcher(CueLexicon.lower(claim));
    while (m.find()) {
      String word = m.group(1);
      if (!Vectorizer.terms(word).isEmpty() && !IGNORED.contains(word)) {
        return stem(word);
      }
    }
    return null;
  }

  /** True when a shared word is not part of a named entity of either sentence. */
  private static boolean sharesEventWord(
      Set<String> shared, AnalyzedSentence x, AnalyzedSentence y) {
    Set<String> names = new HashSet<>();
    for (AnalyzedSentence s : List.of(x, y)) {
      s.entities().forEach(e -> names.addAll(stems(e.text())));
    }
    return shared.stream().anyMatch(w -> !names.contains(w));
  }

  private static boolean forwardLooking(String text) {
    return CueLexicon.score(CueLexicon.FORWARD, text) >= 1.0
        && !CueLexicon.has(CueLexicon.PAST_EXPECTATION, text);
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

  private static final java.util.Map<String, String> IRREGULAR =
      java.util.Map.ofEntries(
          java.util.Map.entry("built", "build"), java.util.Map.entry("sold", "sell"),
          java.util.Map.entry("won", "win"), java.util.Map.entry("made", "mak"),
          java.util.Map.entry("held", "hold"), java.util.Map.entry("took", "tak"),
          java.util.Map.entry("taken", "tak"), java.util.Map.entry("began", "begin"),
          java.util.Map.entry("begun", "begin"), java.util.Map.entry("rose", "ris"),
          java.util.Map.entry("risen", "ris"), java.util.Map.entry("fell", "fall"),
          java.util.Map.entry("fallen", "fall"), java.util.Map.entry("paid", "pay"),
          java.util.Map.entry("left", "leav"), java.util.Map.entry("met", "meet"),
          java.util.Map.entry("brought", "bring"), java.util.Map.entry("bought", "buy"),
          java.util.Map.entry("came", "com"), java.util.Map.entry("gave", "giv"),
          java.util.Map.entry("given", "giv"), java.util.Map.entry("kept", "keep"),
          java.util.Map.entry("spent", "spend"), java.util.Map.entry("went", "go"),
          java.util.Map.entry("gone", "go"), java.util.Map.entry("struck", "strik"),
          java.util.Map.entry("chose", "choos"), java.util.Map.entry("chosen", "choos"),
          java.util.Map.entry("lost", "los"), java.util.Map.entry("sent", "send"),
          java.util.Map.entry("won't", "will"), java.util.Map.entry("passed", "pass"));

  static String stem(String w) {
    String s = w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
    if (IRREGULAR.containsKey(s)) {
      return IRREGULAR.get(s);
    }
    if (s.length() > 4 && s.endsWith("ies")) {
      return s.substring(0, s.length() - 3) + "y";
    }
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
    if (s.length() > 4 && s.endsWith("e")) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }

  /**
   * The cosine of the angle between two embeddings (their dot product over their lengths; the
   * embedder's vectors have unit length, where this equals the dot product); 0 when either is
   * missing, empty, of another dimension or all zeros.
   */
  static double cosine(float[] x, float[] y) {
    if (x == null || y == null || x.length == 0 || x.length != y.length) {
      return 0;
    }
    double dot = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
      xx += x[i] * x[i];
      yy += y[i] * y[i];
    }
    return xx == 0 || yy == 0 ? 0 : dot / Math.sqrt(xx * yy);
  }
}
