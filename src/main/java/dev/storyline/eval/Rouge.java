package dev.storyline.eval;

import dev.storyline.words.English;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE (Lin 2004), implemented here. Tokenisation: the text is lower-cased and split into maximal
 * runs of {@code [a-z0-9]} (every other character separates tokens, so "U.S." gives "u", "s" and
 * "don't" gives "don", "t"); tokens longer than three letters are Porter-stemmed, as ROUGE-1.5.5
 * does with {@code -m}. With {@code stopWords} the tokens of {@link #STOP} are dropped before
 * counting (tilse's timeline setting; our own short list, not ROUGE-1.5.5's file).
 *
 * <ul>
 *   <li>ROUGE-N: clipped n-gram overlap; P = overlap / candidate n-grams, R = overlap / reference
 *       n-grams, F1 = 2PR / (P + R) (0 when either is 0).
 *   <li>ROUGE-L: the longest common subsequence of the two whole token sequences (as Google's
 *       rouge-score "rougeL", no sentence split); P = LCS / |candidate|, R = LCS / |reference|.
 * </ul>
 */
final class Rouge {
  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

  /** Common function words dropped when {@code stopWords} is set. */
  static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "by",
          "with", "from", "as", "into", "onto", "upon", "about", "over", "under", "after", "before",
          "than", "then", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its",
          "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "him", "her",
          "them", "us", "me", "his", "hers", "their", "our", "your", "my", "not", "no", "so", "if",
          "do", "does", "did", "has", "have", "had", "will", "would", "shall", "should", "can",
          "could", "may", "might", "must", "which", "who", "whom", "whose", "what", "when", "where",
          "why", "how", "there", "here", "also", "very", "just", "s", "t", "all", "any", "some",
          "such", "own", "other", "up", "out", "off", "down", "again", "further", "once", "both",
          "each", "few", "more", "most", "only", "same", "too", "while", "during", "through",
          "between", "against");

  private Rouge() {}

  /** Precision, recall and F1. */
  record Score(double precision, double recall, double f1) {
    static Score of(double overlap, double candidate, double reference) {
      double p = candidate == 0 ? 0 : overlap / candidate;
      double r = reference == 0 ? 0 : overlap / reference;
      return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** The tokens of a text, as described on the class. */
  static List<String> tokens(String text, boolean stopWords) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String t = m.group();
      if (stopWords && STOP.contains(t)) {
        continue;
      }
      out.add(t.length() > 3 ? English.stem(t) : t);
    }
    return out;
  }

  /** n-gram counts of a token list. */
  static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  /** Clipped overlap: sum over n-grams of min(count in a, count in b). */
  static int overlap(Map<List<String>, Integer> a, Map<List<String>, Integer> b) {
    int sum = 0;
    for (Map.Entry<List<String>, Integer> e : a.entrySet()) {
      sum += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
    }
    return sum;
  }

  static int total(Map<List<String>, Integer> grams) {
    return grams.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** ROUGE-N of token lists. */
  static Score n(List<String> candidate, List<String> reference, int n) {
    Map<List<String>, Integer> c = ngrams(candidate, n);
    Map<List<String>, Integer> r = ngrams(reference, n);
    return Score.of(overlap(c, r), total(c), total(r));
  }

  /** ROUGE-L of token lists. */
  static Score l(List<String> candidate, List<String> reference) {
    return Score.of(lcs(candidate, reference), candidate.size(), reference.size());
  }

  /** Length of the longest common subsequence (two-row dynamic programme). */
  static int lcs(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        cur[j] =
            a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }

  /** Running means of ROUGE-1, -2 and -L F1 (and P, R) over many pairs. */
  static final class Mean {
    private final double[] sums = new double[9];
    private int count;

    void add(String candidate, String reference) {
      List<String> c = tokens(candidate, false);
      List<String> r = tokens(reference, false);
      Score[] s = {n(c, r, 1), n(c, r, 2), l(c, r)};
      for (int i = 0; i < 3; i++) {
        sums[3 * i] += s[i].precision();
        sums[3 * i + 1] += s[i].recall();
        sums[3 * i + 2] += s[i].f1();
      }
      count++;
    }

    int count() {
      return count;
    }

    /** Mean F1 of ROUGE-1 (0), ROUGE-2 (1) or ROUGE-L (2). */
    double f1(int which) {
      return count == 0 ? 0 : sums[3 * which + 2] / count;
    }

    double recall(int which) {
      return count == 0 ? 0 : sums[3 * which + 1] / count;
    }

    double precision(int which) {
      return count == 0 ? 0 : sums[3 * which] / count;
    }
  }
}
