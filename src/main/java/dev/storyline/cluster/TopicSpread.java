package dev.storyline.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How far apart the topics of the stories that share a name are: per name, the sum of its stories'
 * unit centroids, kept as a fixed random projection to {@value #DIMS} dimensions (a sketch that
 * keeps lengths and angles well enough, at a tenth of the memory). Coherence is the length of that
 * sum over the sum of the lengths: near 1 when every story with the name is about the same thing
 * ("Deepwater Horizon"), low for a name that comes with anything ("U.S."). Not thread-safe.
 */
final class TopicSpread {
  static final int DIMS = 32;
  private static final long SEED = 0x5eed_1234L;

  private final Map<String, Sum> sums = new HashMap<>();
  private float[][] projection;

  /** Adds ({@code sign} 1) or takes back ({@code sign} -1) one story's unit centroid. */
  void add(String key, float[] unit, int sign) {
    float[] p = project(unit);
    double length = norm(p);
    Sum s = sums.computeIfAbsent(key, k -> new Sum());
    for (int i = 0; i < DIMS; i++) {
      s.vector[i] += sign * p[i];
    }
    s.lengths += sign * length;
    s.count += sign;
    if (s.count <= 0) {
      sums.remove(key);
    }
  }

  /** Coherence of the name's stories, or 1 while fewer than {@code minStories} have it. */
  double coherence(String key, int minStories) {
    Sum s = sums.get(key);
    if (s == null || s.count < minStories || s.lengths <= 0) {
      return 1;
    }
    return norm(s.vector) / s.lengths;
  }

  private float[] project(float[] v) {
    if (projection == null || projection[0].length != v.length) {
      SplittableRandom random = new SplittableRandom(SEED);
      projection = new float[DIMS][v.length];
      for (float[] row : projection) {
        for (int j = 0; j < row.length; j++) {
          row[j] = (float) gaussian(random);
        }
      }
    }
    float[] out = new float[DIMS];
    for (int i = 0; i < DIMS; i++) {
      double d = 0;
      for (int j = 0; j < v.length; j++) {
        d += projection[i][j] * v[j];
      }
      out[i] = (float) d;
    }
    return out;
  }

  private static double gaussian(SplittableRandom r) {
    double u = Math.max(1e-12, r.nextDouble());
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  private static double norm(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  private static final class Sum {
    final float[] vector = new float[DIMS];
    double lengths;
    int count;
  }
}
