package dev.storyline.brief.forecast;

import dev.storyline.words.English;
import java.util.Map;

/**
 * Stems of English words for matching a forecast to its outcome: a possessive "'s" is dropped, an
 * irregular verb form is mapped to its base ("sold" to "sell", "took" to "take") so that a
 * forecast's "will sell" meets a report's "sold", then the code base's one stemmer ({@link
 * English#stem}, Lucene's Porter) applies. The irregular-verb table stays here: a stemmer strips
 * suffixes and cannot see that "sold" is "sell" (Lucene's English analysis ships no lemmatizer).
 * Thread-safe.
 */
final class Stems {
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
    return English.stem(IRREGULAR.getOrDefault(w, w));
  }
}
