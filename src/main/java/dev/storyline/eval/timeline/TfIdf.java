package dev.storyline.eval.timeline;

import dev.storyline.brief.text.TextVector;
import dev.storyline.brief.text.Vectorizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF fitted once on a whole collection and applied to any of its sentences: raw term counts of
 * {@link Vectorizer#terms} times smoothed IDF ln((1 + n) / (1 + df)) + 1, unit length. Sums of such
 * vectors (centroids) are kept as dense arrays indexed by term id.
 */
final class TfIdf {
  private final Map<String, Integer> ids = new HashMap<>();
  private final double[] idf;

  private TfIdf(List<String> texts) {
    Map<Integer, Integer> df = new HashMap<>();
    for (String text : texts) {
      Map<Integer, Integer> seen = new HashMap<>();
      for (String t : Vectorizer.terms(text)) {
        seen.put(ids.computeIfAbsent(t, k -> ids.size()), 1);
      }
      seen.keySet().forEach(id -> df.merge(id, 1, Integer::sum));
    }
    idf = new double[ids.size()];
    int n = texts.size();
    df.forEach((id, d) -> idf[id] = Math.log((1.0 + n) / (1.0 + d)) + 1);
  }

  /** Fits the IDF on these texts. */
  static TfIdf fit(List<String> texts) {
    return new TfIdf(texts);
  }

  int dimensions() {
    return idf.length;
  }

  /** The unit TF-IDF vector of a text (terms unseen in the fit are ignored). */
  TextVector.Sparse vector(String text) {
    Map<Integer, Integer> tf = new java.util.TreeMap<>();
    for (String t : Vectorizer.terms(text)) {
      Integer id = ids.get(t);
      if (id != null) {
        tf.merge(id, 1, Integer::sum);
      }
    }
    int[] keys = new int[tf.size()];
    float[] weights = new float[tf.size()];
    double norm = 0;
    int i = 0;
    for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
      keys[i] = e.getKey();
      double w = e.getValue() * idf[e.getKey()];
      weights[i++] = (float) w;
      norm += w * w;
    }
    for (int j = 0; j < weights.length; j++) {
      weights[j] = (float) (weights[j] / Math.sqrt(norm));
    }
    return new TextVector.Sparse(keys, weights);
  }

  /** Adds {@code scale} × v to the dense sum. */
  static void add(double[] sum, TextVector.Sparse v, double scale) {
    for (int i = 0; i < v.ids().length; i++) {
      sum[v.ids()[i]] += scale * v.weights()[i];
    }
  }

  /** Cosine between a sparse unit vector and a dense vector of the given squared norm. */
  static double cosine(TextVector.Sparse v, double[] dense, double norm2) {
    return norm2 <= 0 ? 0 : v.dot(dense) / Math.sqrt(norm2);
  }

  static double norm2(double[] dense) {
    double s = 0;
    for (double d : dense) {
      s += d * d;
    }
    return s;
  }
}
