package dev.storyline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric (its SOURCE.md): {@code \w+} tokens (Unicode), 4-token
 * shingles (one shingle of all tokens when there are fewer than 4; none for an empty text),
 * multiset TP/FP/FN per page normalised by their sum; precision averaged over pages with TP+FP > 0,
 * recall over pages with TP+FN > 0 (FP = FN = 0 scores 1); F1 of the two averages.
 */
final class ShingleMetric {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Normalised true positives, false positives and false negatives of one page. */
  record Counts(double tp, double fp, double fn) {}

  /** Precision, recall and F1 over pages. */
  record Score(double precision, double recall, double f1) {}

  private ShingleMetric() {}

  static Counts page(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double s = tp + fp + fn;
    return s > 0 ? new Counts(tp / s, fp / s, fn / s) : new Counts(0, 0, 0);
  }

  static Score score(List<Counts> pages) {
    return score(pages, false);
  }

  /**
   * Scores pages. With {@code emptyAsZero} a page with gold text but an empty prediction counts as
   * precision 0 (as the independent scorer of the shared data does) instead of being left out of
   * precision (the benchmark's own rule).
   */
  static Score score(List<Counts> pages, boolean emptyAsZero) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    for (Counts c : pages) {
      boolean perfect = c.fp() == 0 && c.fn() == 0;
      if (c.tp() + c.fp() > 0) {
        p += perfect ? 1 : c.tp() / (c.tp() + c.fp());
        np++;
      } else if (emptyAsZero && c.fn() > 0) {
        np++;
      }
      if (c.tp() + c.fn() > 0) {
        r += perfect ? 1 : c.tp() / (c.tp() + c.fn());
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1);
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> out = new HashMap<>();
    int n = Math.max(1, tokens.size() - 3);
    for (int i = 0; i < n; i++) {
      List<String> s = tokens.subList(Math.min(i, tokens.size()), Math.min(i + 4, tokens.size()));
      if (!s.isEmpty()) {
        out.merge(List.copyOf(s), 1, Integer::sum);
      }
    }
    return out;
  }
}
