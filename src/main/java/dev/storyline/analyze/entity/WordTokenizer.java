package dev.storyline.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's learnt tokenizer with a cache per whitespace-separated word.
 *
 * <p>{@link TokenizerME} first cuts at whitespace and then decides, inside each word on its own,
 * where to split (the features of a split point look only at that word). The split points of a word
 * therefore depend on the word alone, and news text repeats words a lot: caching them per word
 * gives exactly the tokens {@link TokenizerME#tokenizePos} gives for the whole sentence, while
 * running the model only on words not seen before. Thread-safe.
 */
final class WordTokenizer {

  /**
   * Cached words (about 12 MB at most); the cache is emptied when full, no eviction bookkeeping.
   */
  static final int MAX_CACHED_WORDS = 100_000;

  private static final int[] NO_CUTS = new int[0];

  private final ThreadLocal<TokenizerME> tokenizer;
  private final Map<String, int[]> cuts = new ConcurrentHashMap<>();

  WordTokenizer(TokenizerModel model) {
    this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(model));
  }

  /** Token spans of {@code sentence}, as {@code TokenizerME.tokenizePos} gives them. */
  Span[] tokenizePos(String sentence) {
    Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
    List<Span> out = new ArrayList<>(words.length + 8);
    for (Span word : words) {
      int start = word.getStart();
      for (int cut : cutsOf(sentence.substring(start, word.getEnd()))) {
        out.add(new Span(start, word.getStart() + cut));
        start = word.getStart() + cut;
      }
      out.add(new Span(start, word.getEnd()));
    }
    return out.toArray(new Span[0]);
  }

  /** Offsets inside {@code word} where the model starts a new token, in order. */
  private int[] cutsOf(String word) {
    if (word.length() < 2) {
      return NO_CUTS;
    }
    int[] known = cuts.get(word);
    if (known != null) {
      return known;
    }
    Span[] parts = tokenizer.get().tokenizePos(word);
    int[] found = new int[parts.length - 1];
    for (int i = 1; i < parts.length; i++) {
      found[i - 1] = parts[i].getStart();
    }
    if (cuts.size() >= MAX_CACHED_WORDS) {
      cuts.clear();
    }
    cuts.put(word, found.length == 0 ? NO_CUTS : found);
    return found;
  }
}
