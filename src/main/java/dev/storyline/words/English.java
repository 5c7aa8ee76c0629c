package dev.storyline.words;

import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * English words, for every part that compares texts word by word: one stemmer and one stop list for
 * the whole code base (cluster features, the brief's lexical vectors, the evaluations' ROUGE).
 *
 * <p>The stemmer is Porter's 1980 algorithm as Lucene's analysis module ships it (Snowball's {@code
 * porter}), applied as ROUGE-1.5.5's {@code -m} applies it: words of one or two letters and words
 * with anything but {@code a-z} are returned unchanged. The stop list is Lucene's English stop set
 * ({@link EnglishAnalyzer#ENGLISH_STOP_WORDS_SET}) plus the function words, reporting verbs and
 * calendar words that say nothing about which event a news text is about.
 *
 * <p>Thread-safe.
 */
public final class English {
  private English() {}

  /** Words that carry no topic, lower case. */
  public static final Set<String> STOP_WORDS = stopWords();

  private static final ThreadLocal<PorterStemmer> STEMMER =
      ThreadLocal.withInitial(PorterStemmer::new);

  /** Whether a lower-case word is a stop word. */
  public static boolean isStopWord(String word) {
    return STOP_WORDS.contains(word);
  }

  /** The stem of a lower-case word (unchanged when shorter than three letters or not a-z). */
  public static String stem(String word) {
    if (word.length() <= 2 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return word;
    }
    PorterStemmer s = STEMMER.get();
    s.setCurrent(word);
    s.stem();
    return s.getCurrent();
  }

  private static Set<String> stopWords() {
    Set<String> words = new TreeSet<>();
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(
        w -> words.add(w instanceof char[] c ? new String(c) : w.toString()));
    words.addAll(
        Set.of(
            // function words beyond Lucene's set
            "about",
            "after",
            "all",
            "also",
            "any",
            "been",
            "before",
            "being",
            "can",
            "could",
            "did",
            "do",
            "does",
            "had",
            "has",
            "have",
            "he",
            "her",
            "him",
            "his",
            "how",
            "i",
            "its",
            "just",
            "may",
            "might",
            "more",
            "most",
            "now",
            "off",
            "one",
            "only",
            "other",
            "our",
            "out",
            "over",
            "per",
            "she",
            "should",
            "so",
            "some",
            "than",
            "them",
            "those",
            "two",
            "up",
            "via",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "would",
            "you",
            "your",
            "new",
            "from",
            // reporting verbs and titles
            "said",
            "says",
            "say",
            "mr",
            "mrs",
            "ms",
            // calendar words
            "day",
            "days",
            "week",
            "year",
            "years",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday"));
    return Set.copyOf(words);
  }
}
