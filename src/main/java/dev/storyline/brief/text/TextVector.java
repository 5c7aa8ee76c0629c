package dev.storyline.brief.text;

/**
 * A unit-length vector of a text: a dense embedding or a sparse TF-IDF vector. Vectors compared
 * with each other always come from the same {@link StoryText} (same kind, same vocabulary).
 */
public interface TextVector {

  /** Cosine similarity with another vector of the same kind (both are unit length). */
  double dot(TextVector other);

  /** A vector with no dimensions: similar to nothing. */
  TextVector EMPTY = other -> 0;

  /**
   * The cosine of the angle between two embeddings of any length (their dot product over their
   * lengths), or {@link Double#NaN} when it is undefined: either is missing or empty, they differ
   * in dimension, or either is all zeros. Callers say what an unknown closeness means to them.
   */
  static double cosine(float[] x, float[] y) {
    if (x == null || y == null || x.length == 0 || x.length != y.length) {
      return Double.NaN;
    }
    double dot = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
      xx += x[i] * x[i];
      yy += y[i] * y[i];
    }
    return xx == 0 || yy == 0 ? Double.NaN : dot / Math.sqrt(xx * yy);
  }

  /** A dense embedding, assumed unit length. */
  record Dense(float[] values) implements TextVector {
    @Override
    public double dot(TextVector other) {
      if (!(other instanceof Dense d) || d.values.length != values.length) {
        return 0;
      }
      double sum = 0;
      for (int i = 0; i < values.length; i++) {
        sum += values[i] * d.values[i];
      }
      return sum;
    }
  }

  /** A sparse vector: term ids in ascending order with their (normalised) weights. */
  record Sparse(int[] ids, float[] weights) implements TextVector {
    @Override
    public double dot(TextVector other) {
      if (!(other instanceof Sparse s)) {
        return 0;
      }
      double sum = 0;
      int i = 0;
      int j = 0;
      while (i < ids.length && j < s.ids.length) {
        if (ids[i] == s.ids[j]) {
          sum += weights[i++] * s.weights[j++];
        } else if (ids[i] < s.ids[j]) {
          i++;
        } else {
          j++;
        }
      }
      return sum;
    }

    /** Dot product with a dense array indexed by term id (for centroids). */
    public double dot(double[] dense) {
      double sum = 0;
      for (int i = 0; i < ids.length; i++) {
        sum += weights[i] * dense[ids[i]];
      }
      return sum;
    }
  }
}
