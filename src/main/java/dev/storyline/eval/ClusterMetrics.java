package dev.storyline.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering scores against gold labels, as defined in the streams' FORMAT.md: pairwise
 * precision/recall/F1 by contingency-table pair counting, and BCubed precision/recall/F1 averaged
 * over items.
 */
public record ClusterMetrics(
    double pairPrecision,
    double pairRecall,
    double pairF1,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1,
    int items,
    int predictedClusters,
    int goldClusters) {

  /** Scores parallel lists: {@code predicted.get(i)} and {@code gold.get(i)} label item i. */
  public static ClusterMetrics score(List<String> predicted, List<String> gold) {
    if (predicted.size() != gold.size()) {
      throw new IllegalArgumentException("label lists differ in length");
    }
    Map<String, Map<String, Integer>> cells = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    for (int i = 0; i < predicted.size(); i++) {
      cells
          .computeIfAbsent(predicted.get(i), k -> new HashMap<>())
          .merge(gold.get(i), 1, Integer::sum);
      predSize.merge(predicted.get(i), 1, Integer::sum);
      goldSize.merge(gold.get(i), 1, Integer::sum);
    }
    double tp = 0;
    double bp = 0;
    double br = 0;
    for (Map.Entry<String, Map<String, Integer>> p : cells.entrySet()) {
      for (Map.Entry<String, Integer> cell : p.getValue().entrySet()) {
        int n = cell.getValue();
        tp += pairs(n);
        // each of the n items in this cell has overlap n with its own cluster and story
        bp += n * (double) n / predSize.get(p.getKey());
        br += n * (double) n / goldSize.get(cell.getKey());
      }
    }
    double predPairs = predSize.values().stream().mapToDouble(ClusterMetrics::pairs).sum();
    double goldPairs = goldSize.values().stream().mapToDouble(ClusterMetrics::pairs).sum();
    double pp = predPairs == 0 ? 1 : tp / predPairs;
    double pr = goldPairs == 0 ? 1 : tp / goldPairs;
    int n = predicted.size();
    double bP = n == 0 ? 0 : bp / n;
    double bR = n == 0 ? 0 : br / n;
    return new ClusterMetrics(
        pp, pr, f1(pp, pr), bP, bR, f1(bP, bR), n, predSize.size(), goldSize.size());
  }

  private static double pairs(double n) {
    return n * (n - 1) / 2;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
