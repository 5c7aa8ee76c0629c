package dev.storyline.eval.timeline;

import dev.storyline.brief.text.TextVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Picks a date's summary from its candidate sentences (Ghalandari & Ifrim 2020, "Centroid-Opt"):
 * greedily adds the sentence that brings the summary's summed TF-IDF vector closest (cosine) to the
 * centroid of all candidates, skipping sentences that are not allowed or that repeat one already
 * chosen. Also the candidate filter of their PM-Mean collector: keep the candidates whose
 * similarity to the date's shared vocabulary lies above the knee of the sorted similarities.
 */
final class CentroidOpt {
  private CentroidOpt() {}

  /**
   * Up to {@code k} indices into {@code vectors}, best first.
   *
   * @param allowed whether a candidate may be chosen
   * @param maxSimilarity a candidate closer than this to a chosen one is a repeat
   */
  static List<Integer> select(
      List<TextVector.Sparse> vectors,
      int dims,
      int k,
      IntPredicate allowed,
      double maxSimilarity) {
    double[] prior = new double[vectors.size()];
    Arrays.fill(prior, 1);
    return select(vectors, prior, dims, k, allowed, maxSimilarity);
  }

  /**
   * As {@link #select(List, int, int, IntPredicate, double)} with each candidate's score (the
   * cosine) multiplied by its {@code prior}.
   */
  static List<Integer> select(
      List<TextVector.Sparse> vectors,
      double[] prior,
      int dims,
      int k,
      IntPredicate allowed,
      double maxSimilarity) {
    double[] centroid = new double[dims];
    vectors.forEach(v -> TfIdf.add(centroid, v, 1));
    double centroidNorm = Math.sqrt(TfIdf.norm2(centroid));
    double[] summary = new double[dims];
    double summaryNorm2 = 0;
    double summaryDotCentroid = 0;
    List<Integer> chosen = new ArrayList<>();
    boolean[] used = new boolean[vectors.size()];
    while (chosen.size() < k) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < vectors.size(); i++) {
        if (used[i] || !allowed.test(i)) {
          continue;
        }
        TextVector.Sparse v = vectors.get(i);
        double norm2 = summaryNorm2 + 2 * v.dot(summary) + selfNorm2(v);
        double score =
            norm2 <= 0 || centroidNorm == 0
                ? 0
                : prior[i]
                    * (summaryDotCentroid + v.dot(centroid))
                    / (Math.sqrt(norm2) * centroidNorm);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      used[best] = true;
      TextVector.Sparse v = vectors.get(best);
      int b = best;
      if (chosen.stream().anyMatch(j -> vectors.get(j).dot(vectors.get(b)) > maxSimilarity)) {
        continue;
      }
      summaryNorm2 += 2 * v.dot(summary) + selfNorm2(v);
      summaryDotCentroid += v.dot(centroid);
      TfIdf.add(summary, v, 1);
      chosen.add(best);
    }
    return chosen;
  }

  private static double selfNorm2(TextVector.Sparse v) {
    return v.ids().length == 0 ? 0 : 1;
  }

  /**
   * The knee of values sorted from high to low: the index whose point lies farthest from the
   * straight line between the first and the last point (0 for fewer than three values).
   */
  static int knee(double[] descending) {
    int n = descending.length;
    if (n < 3) {
      return 0;
    }
    double dx = n - 1;
    double dy = descending[n - 1] - descending[0];
    double length = Math.hypot(dx, dy);
    int best = 0;
    double bestDistance = -1;
    for (int i = 0; i < n; i++) {
      double distance = Math.abs(dx * (descending[i] - descending[0]) - dy * i) / length;
      if (distance > bestDistance) {
        bestDistance = distance;
        best = i;
      }
    }
    return best;
  }

  /** The similarity above which candidates are kept: the value at the knee of the sorted list. */
  static double kneeThreshold(double[] similarities) {
    double[] sorted = similarities.clone();
    Arrays.sort(sorted);
    for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
      double t = sorted[i];
      sorted[i] = sorted[j];
      sorted[j] = t;
    }
    return sorted.length == 0 ? 0 : sorted[knee(sorted)];
  }
}
