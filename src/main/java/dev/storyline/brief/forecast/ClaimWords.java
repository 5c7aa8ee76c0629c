package dev.storyline.brief.forecast;

import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.Vectorizer;
import dev.storyline.domain.AnalyzedSentence;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words {@link ClaimMatch} compares a claim and a later sentence on: stemmed content words
 * without forecast and contradiction cue words, the stems of named entities, and the verb a claim
 * predicts.
 */
final class ClaimWords {

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

  private ClaimWords() {}

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

  /** Stems of the words of a sentence's named entities. */
  static Set<String> names(AnalyzedSentence s) {
    Set<String> names = new HashSet<>();
    s.entities().forEach(e -> names.addAll(stems(e.text())));
    return names;
  }

  /** Stemmed content words without forecast and contradiction cue words. */
  static Set<String> stems(String text) {
    String cleaned =
        ClaimMatch.CONTRADICTION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
    Set<String> out = new HashSet<>();
    for (String w : Vectorizer.terms(cleaned)) {
      if (!IGNORED.contains(w)) {
        out.add(stem(w));
      }
    }
    return out;
  }

  /** The stem of a lower-case word ({@link Stems}). */
  static String stem(String w) {
    return Stems.of(w);
  }
}
