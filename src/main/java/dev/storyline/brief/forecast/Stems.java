package dev.storyline.brief.forecast;

import java.util.Map;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Porter stems of English words, by Lucene's Snowball {@link PorterStemmer}
 * (lucene-analysis-common), after a possessive "'s" is dropped and an irregular verb form is mapped
 * to its base ("sold" to "sell", "took" to "take") so that a forecast's "will sell" meets a
 * report's "sold". Kept inside the brief stage (stages import only the domain); the same stemmer as
 * the rest of the project. Thread-safe: one stemmer per thread.
 */
final class Stems {
  private static final ThreadLocal<PorterStemmer> STEMMER =
      ThreadLocal.withInitial(PorterStemmer::new);

  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("built", "build"),
          Map.entry("sold", "sell"),
          Map.entry("won", "win"),
          Map.entry("made", "make"),
          Map.entry("held", "hold"),
          Map.entry("took", "take"),
          Map.entry("taken", "take"),
          Map.entry("began", "begin"),
          Map.entry("begun", "begin"),
          Map.entry("rose", "rise"),
          Map.entry("risen", "rise"),
          Map.entry("fell", "fall"),
          Map.entry("fallen", "fall"),
          Map.entry("paid", "pay"),
          Map.entry("left", "leave"),
          Map.entry("met", "meet"),
          Map.entry("brought", "bring"),
          Map.entry("bought", "buy"),
          Map.entry("came", "come"),
          Map.entry("gave", "give"),
          Map.entry("given", "give"),
          Map.entry("kept", "keep"),
          Map.entry("spent", "spend"),
          Map.entry("went", "go"),
          Map.entry("gone", "go"),
          Map.entry("struck", "strike"),
          Map.entry("chose", "choose"),
          Map.entry("chosen", "choose"),
          Map.entry("lost", "lose"),
          Map.entry("sent", "send"),
          Map.entry("won't", "will"));

  private Stems() {}

  /** The stem of a lower-case word. */
  static String of(String word) {
    String w =
        word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    w = IRREGULAR.getOrDefault(w, w);
    PorterStemmer stemmer = STEMMER.get();
    stemmer.setCurrent(w);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
