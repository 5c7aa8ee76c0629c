package dev.storyline.eval;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The summary baselines that {@code eval brief} scores beside ours, each cut at the same number of
 * words: lead-N (the first sentence of each article in turn, then the second of each, … until N
 * words) and LexRank (Erkan and Radev 2004, continuous form: sentences are nodes, edges the TF-IDF
 * cosine of two sentences where it reaches {@value #EDGE}, ranked by PageRank with damping {@value
 * #DAMPING}; the best sentences are taken in rank order, skipping one that repeats a taken one,
 * until N words). Articles are taken oldest first, as the story has them.
 */
final class SummaryBaselines {
  static final double EDGE = 0.1;
  static final double DAMPING = 0.85;
  static final double REPEAT = 0.5;

  private SummaryBaselines() {}

  /** The first {@code n} whitespace-separated words of a text. */
  static String cut(String text, int n) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= n) {
      return text.strip();
    }
    return String.join(" ", java.util.Arrays.copyOf(words, n));
  }

  /** Number of whitespace-separated words. */
  static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** Lead-N: sentence i of every article in turn, for i = 0, 1, …, until {@code n} words. */
  static String leadN(List<AnalyzedArticle> members, int n) {
    StringBuilder out = new StringBuilder();
    int have = 0;
    int longest = members.stream().mapToInt(a -> a.sentences().size()).max().orElse(0);
    for (int i = 0; i < longest && have < n; i++) {
      for (AnalyzedArticle a : members) {
        if (i < a.sentences().size() && have < n) {
          String s = a.sentences().get(i).text();
          out.append(out.length() == 0 ? "" : " ").append(s);
          have += words(s);
        }
      }
    }
    return cut(out.toString(), n);
  }

  /** LexRank over the story's body sentences, cut at {@code n} words. */
  static String lexRank(List<AnalyzedArticle> members, int n) {
    List<String> sentences = new ArrayList<>();
    for (AnalyzedArticle a : members) {
      for (AnalyzedSentence s : a.sentences()) {
        sentences.add(s.text());
      }
    }
    if (sentences.isEmpty()) {
      return "";
    }
    List<Map<String, Double>> v = TfIdfSinglePass.unitTfIdf(TfIdfSinglePass.counts(sentences));
    double[] rank = rank(v);
    Integer[] order = new Integer[sentences.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(rank[b], rank[a]));
    StringBuilder out = new StringBuilder();
    List<Integer> taken = new ArrayList<>();
    int have = 0;
    for (int i : order) {
      if (have >= n) {
        break;
      }
      boolean repeats = false;
      for (int t : taken) {
        repeats |= TfIdfSinglePass.dot(v.get(i), v.get(t)) > REPEAT;
      }
      if (!repeats) {
        taken.add(i);
        out.append(out.length() == 0 ? "" : " ").append(sentences.get(i));
        have += words(sentences.get(i));
      }
    }
    return cut(out.toString(), n);
  }

  /** PageRank scores of the sentence graph. */
  static double[] rank(List<Map<String, Double>> v) {
    int m = v.size();
    double[][] w = new double[m][m];
    double[] degree = new double[m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        double sim = i == j ? 0 : TfIdfSinglePass.dot(v.get(i), v.get(j));
        w[i][j] = sim >= EDGE ? sim : 0;
        degree[i] += w[i][j];
      }
    }
    double[] p = new double[m];
    java.util.Arrays.fill(p, 1.0 / m);
    for (int iter = 0; iter < 100; iter++) {
      double[] next = new double[m];
      java.util.Arrays.fill(next, (1 - DAMPING) / m);
      for (int i = 0; i < m; i++) {
        if (degree[i] == 0) {
          for (int j = 0; j < m; j++) {
            next[j] += DAMPING * p[i] / m;
          }
        } else {
          for (int j = 0; j < m; j++) {
            next[j] += DAMPING * p[i] * w[i][j] / degree[i];
          }
        }
      }
      double change = 0;
      for (int i = 0; i < m; i++) {
        change += Math.abs(next[i] - p[i]);
      }
      p = next;
      if (change < 1e-9) {
        break;
      }
    }
    return p;
  }
}
