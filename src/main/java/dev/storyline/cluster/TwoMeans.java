package dev.storyline.cluster;

import java.util.List;

/**
 * Splits a story's articles into two groups by 2-means on their unit embeddings (cosine),
 * deterministically: the seeds are the article least like the story's centroid and the article
 * least like that one.
 */
final class TwoMeans {
  private static final int ROUNDS = 20;

  private TwoMeans() {}

  /** The group of each member: {@code false} for the first, {@code true} for the second. */
  static boolean[] split(List<Member> members) {
    int n = members.size();
    boolean[] side = new boolean[n];
    if (n < 2) {
      return side;
    }
    int dim = StoryClusterer.dimension(members);
    float[] all = new float[dim];
    members.forEach(m -> Vectors.addInto(all, m.embedding()));
    int seedA = farthest(members, all);
    int seedB = farthest(members, members.get(seedA).embedding());
    float[] a = members.get(seedA).embedding().clone();
    float[] b = members.get(seedB).embedding().clone();
    for (int round = 0; round < ROUNDS; round++) {
      boolean moved = false;
      for (int i = 0; i < n; i++) {
        float[] v = members.get(i).embedding();
        boolean toB = Vectors.cosine(v, b) > Vectors.cosine(v, a);
        moved |= toB != side[i] || round == 0;
        side[i] = toB;
      }
      if (!moved) {
        break;
      }
      a = new float[dim];
      b = new float[dim];
      for (int i = 0; i < n; i++) {
        Vectors.addInto(side[i] ? b : a, members.get(i).embedding());
      }
    }
    return side;
  }

  /** Index of the member least similar to {@code to} (the first one on ties). */
  private static int farthest(List<Member> members, float[] to) {
    int best = 0;
    double lowest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < members.size(); i++) {
      double c = Vectors.cosine(members.get(i).embedding(), to);
      if (c < lowest) {
        lowest = c;
        best = i;
      }
    }
    return best;
  }
}
