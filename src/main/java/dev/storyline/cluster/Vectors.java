package dev.storyline.cluster;

/** Small dense-vector helpers. */
final class Vectors {
  private Vectors() {}

  static double dot(float[] a, float[] b) {
    if (a.length == 0 || a.length != b.length) {
      return 0;
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double norm(float[] a) {
    return Math.sqrt(dot(a, a));
  }

  /** Cosine similarity; 0 when either vector is empty or zero. */
  static double cosine(float[] a, float[] b) {
    double n = norm(a) * norm(b);
    return n == 0 ? 0 : dot(a, b) / n;
  }

  static void addInto(float[] sum, float[] v) {
    if (v.length != sum.length) {
      return;
    }
    for (int i = 0; i < v.length; i++) {
      sum[i] += v[i];
    }
  }
}
