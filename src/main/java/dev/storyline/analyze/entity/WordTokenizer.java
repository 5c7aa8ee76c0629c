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
 * running the model only on words not seen before; a hyphen that opens a token is then made a token
 * of its own. Thread-safe.
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

  /**
   * A cut, and one more after a hyphen that opens a word's token: the model gives "al" and "-Hadid"
   * for "al-Hadid" but "al", "-" and "Thani" for "al-Thani"; both give three tokens now.
   */
  private static java.util.stream.IntStream hyphenApart(String word, int cut) {
    boolean hyphen = cut + 1 < word.length() && "-‑–".indexOf(word.charAt(cut)) >= 0;
    return hyphen && Character.isLetter(word.charAt(cut + 1))
        ? java.util.stream.IntStream.of(cut, cut + 1)
        : java.util.stream.IntStream.of(cut);
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
    int[] found =
        java.util.stream.IntStream.range(1, parts.length)
            .flatMap(i -> hyphenApart(word, parts[i].getStart()))
            .distinct()
            .toArray();
    if (cuts.size() >= MAX_CACHED_WORDS) {
      cuts.clear();
    }
    cuts.put(word, found.length == 0 ? NO_CUTS : found);
    return found;
  }
}
