package dev.storyline.brief.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * LexRank with a lead prior: how central a sentence is to its story, as the summary ranks it.
 *
 * <p>Sentences are nodes and edges the TF-IDF cosine of two sentences where it reaches {@value
 * #EDGE} (LexRank, Erkan and Radev 2004, continuous form, the settings of the eval's LexRank
 * baseline). The random walk teleports by a prior of 1 / (1 + the sentence's index in its article)
 * instead of uniformly (a biased LexRank, as Otterbacher, Erkan and Radev 2005 bias it toward a
 * query), so a story's central facts rank high and, of two sentences that tell them, the one an
 * article opens with ranks higher. In the summary's weight it replaces a weight of 3 on an
 * article's first sentence (README, Story pages). Its TF-IDF likeness tells the summary when a
 * sentence restates a picked one in the story's rarer words.
 */
public final class LeadRank {
  /** Least TF-IDF cosine that makes an edge. */
  static final double EDGE = 0.1;

  /** Probability that the walk follows an edge rather than teleporting by the prior. */
  static final double DAMPING = 0.85;

  private static final TextVector.Sparse EMPTY = new TextVector.Sparse(new int[0], new float[0]);

  private final Map<StorySentence, Double> rank = new java.util.IdentityHashMap<>();
  private final Map<StorySentence, TextVector> vectors = new java.util.IdentityHashMap<>();

  private LeadRank() {}

  /** The sentence's rank divided by the story's highest, so the best sentence has 1. */
  public double of(StorySentence s) {
    return rank.getOrDefault(s, 0.0);
  }

  /** The TF-IDF cosine of two of the story's sentences (IDF over the story), 0 for others. */
  public double similarity(StorySentence a, StorySentence b) {
    TextVector va = vectors.get(a);
    TextVector vb = vectors.get(b);
    return va == null || vb == null ? 0 : va.dot(vb);
  }

  /** The ranks of a story's sentences. */
  static LeadRank of(List<StorySentence> sentences) {
    int m = sentences.size();
    LeadRank out = new LeadRank();
    if (m == 0) {
      return out;
    }
    double[] prior = new double[m];
    double total = 0;
    for (int i = 0; i < m; i++) {
      prior[i] = 1.0 / (1 + sentences.get(i).index());
      total += prior[i];
    }
    for (int i = 0; i < m; i++) {
      prior[i] /= total;
    }
    List<TextVector> v = Vectorizer.lexical(sentences.stream().map(StorySentence::text).toList());
    double[] p = walk(edges(v), prior);
    double best = java.util.Arrays.stream(p).max().orElse(0);
    for (int i = 0; i < m; i++) {
      out.rank.put(sentences.get(i), best > 0 ? p[i] / best : 0);
      out.vectors.put(sentences.get(i), v.get(i));
    }
    return out;
  }

  /** A sentence's neighbours and the walk's step probability to each. */
  private record Row(int[] to, double[] step) {}

  /**
   * Each sentence's edges, the cosines summed term by term through an inverted index, so that only
   * sentences sharing a term meet.
   */
  private static List<Row> edges(List<TextVector> vectors) {
    int m = vectors.size();
    TextVector.Sparse[] v = new TextVector.Sparse[m];
    for (int i = 0; i < m; i++) {
      v[i] = vectors.get(i) instanceof TextVector.Sparse s ? s : EMPTY;
    }
    Map<Integer, int[]> who = new HashMap<>(); // term id -> the sentences that have it
    Map<Integer, float[]> weight = new HashMap<>(); // and its weight in each
    index(v, who, weight);
    List<Row> out = new ArrayList<>(m);
    double[] dot = new double[m];
    int[] met = new int[m];
    for (int i = 0; i < m; i++) {
      int n = 0;
      for (int k = 0; k < v[i].ids().length; k++) {
        int[] js = who.get(v[i].ids()[k]);
        float[] ws = weight.get(v[i].ids()[k]);
        float wi = v[i].weights()[k];
        for (int x = 0; x < js.length; x++) {
          int j = js[x];
          if (j != i) {
            if (dot[j] == 0) {
              met[n++] = j;
            }
            dot[j] += wi * ws[x];
          }
        }
      }
      out.add(row(met, n, dot));
    }
    return out;
  }

  /** Fills the inverted index: for each term, the sentences that have it and its weights there. */
  private static void index(
      TextVector.Sparse[] v, Map<Integer, int[]> who, Map<Integer, float[]> weight) {
    Map<Integer, Integer> df = new HashMap<>();
    for (TextVector.Sparse s : v) {
      for (int id : s.ids()) {
        df.merge(id, 1, Integer::sum);
      }
    }
    Map<Integer, Integer> filled = new HashMap<>();
    for (int i = 0; i < v.length; i++) {
      for (int k = 0; k < v[i].ids().length; k++) {
        int id = v[i].ids()[k];
        int at = filled.merge(id, 1, Integer::sum) - 1;
        who.computeIfAbsent(id, t -> new int[df.get(t)])[at] = i;
        weight.computeIfAbsent(id, t -> new float[df.get(t)])[at] = v[i].weights()[k];
      }
    }
  }

  /** The edges among the {@code n} sentences met, and the dot sums cleared for the next. */
  private static Row row(int[] met, int n, double[] dot) {
    int[] to = new int[n];
    double[] step = new double[n];
    int kept = 0;
    double degree = 0;
    for (int x = 0; x < n; x++) {
      int j = met[x];
      if (dot[j] >= EDGE) {
        to[kept] = j;
        step[kept++] = dot[j];
        degree += dot[j];
      }
      dot[j] = 0;
    }
    for (int x = 0; x < kept; x++) {
      step[x] /= degree;
    }
    return new Row(java.util.Arrays.copyOf(to, kept), java.util.Arrays.copyOf(step, kept));
  }

  /** Power iteration of the walk until it settles (a sentence with no edge teleports). */
  private static double[] walk(List<Row> edges, double[] prior) {
    int m = prior.length;
    double[] p = prior.clone();
    for (int iter = 0; iter < 100; iter++) {
      double[] next = new double[m];
      double stranded = 0;
      for (int i = 0; i < m; i++) {
        Row row = edges.get(i);
        if (row.to().length == 0) {
          stranded += p[i];
        }
        for (int x = 0; x < row.to().length; x++) {
          next[row.to()[x]] += DAMPING * p[i] * row.step()[x];
        }
      }
      double change = 0;
      for (int j = 0; j < m; j++) {
        next[j] += ((1 - DAMPING) + DAMPING * stranded) * prior[j];
        change += Math.abs(next[j] - p[j]);
      }
      p = next;
      if (change < 1e-9) {
        break;
      }
    }
    return p;
  }
}
