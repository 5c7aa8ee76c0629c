package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Fits the story scorer on a gold-labelled stream, for the offline trainer and for the held-out
 * (k-fold) and ablation figures of {@code eval}: replays the stream online with its gold stories
 * under windows of different widths, collects the (article, candidate story) feature rows with "is
 * its gold story" as the label, and fits a logistic regression. The time-gap weight is not learned
 * (the training stream is undated): it is fixed at {@value #GAP_COSINE_PER_DAY} cosine per day. Not
 * thread-safe; no I/O.
 */
public final class ScorerFit {
  /** Time-gap penalty, in cosine-similarity units per day, carried over from the hand-set score. */
  public static final double GAP_COSINE_PER_DAY = 0.16;

  static final double RIDGE = 1.0;

  /**
   * Windows of the gold replays, in seconds. An undated stream's articles are one second apart in
   * file order, so a window of w seconds keeps about w articles' stories open: from a quiet stream
   * (a handful of open stories) to a crowded one (all of neus-train at once), so the model sees how
   * crowding changes how sure a match must be.
   */
  static final long[] WINDOWS = {6, 15, 30, 60, 150, 400, 4 * 86400};

  private ScorerFit() {}

  /** The feature rows of gold replays and their labels. */
  public record Pairs(List<double[]> rows, List<Boolean> labels) {}

  /** The pairs of gold replays of {@code stream} under every window of {@link #WINDOWS}. */
  public static Pairs pairs(List<AnalyzedArticle> stream, Function<AnalyzedArticle, String> gold) {
    return pairs(stream, gold, WINDOWS);
  }

  /** The pairs of gold replays of {@code stream} under the given windows (seconds). */
  public static Pairs pairs(
      List<AnalyzedArticle> stream, Function<AnalyzedArticle, String> gold, long... windows) {
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (long w : windows) {
      StoryClusterer c =
          new StoryClusterer(
              new StoryClusterer.Settings(
                  0.5, Duration.ofSeconds(w), new StoryScorer(Map.of(), 0, 0.5)));
      for (AnalyzedArticle a : stream) {
        String g = gold.apply(a);
        c.replay(
            a,
            g,
            candidates ->
                candidates.forEach(
                    k -> {
                      rows.add(k.features());
                      labels.add(k.story().id.equals(g));
                    }));
      }
    }
    return new Pairs(rows, labels);
  }

  /**
   * A scorer fitted on the pairs with the named features left out (their weight 0), with the given
   * threshold.
   */
  public static StoryScorer fit(Pairs pairs, Set<String> without, double threshold) {
    boolean[] skip = new boolean[StoryFeatures.NAMES.size()];
    int gap = StoryFeatures.NAMES.indexOf("gap_days");
    skip[gap] = true;
    for (String f : without) {
      int i = StoryFeatures.NAMES.indexOf(f);
      if (i < 0) {
        throw new IllegalArgumentException("unknown feature " + f);
      }
      skip[i] = true;
    }
    double[] w = Logistic.fit(pairs.rows(), pairs.labels(), skip, RIDGE);
    w[gap] = -GAP_COSINE_PER_DAY * cosineWeight(w);
    return scorer(w, threshold);
  }

  /**
   * Logit gained when the centroid and nearest similarities both rise by 1 (the margin rises by 1
   * too): the scale that turns a penalty in cosine units into logits.
   */
  static double cosineWeight(double[] w) {
    return w[StoryFeatures.NAMES.indexOf("centroid")]
        + w[StoryFeatures.NAMES.indexOf("nearest")]
        + w[StoryFeatures.NAMES.indexOf("margin")];
  }

  /** The scorer of a weight vector (bias last). */
  static StoryScorer scorer(double[] w, double threshold) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < StoryFeatures.NAMES.size(); i++) {
      m.put(StoryFeatures.NAMES.get(i), w[i]);
    }
    return new StoryScorer(m, w[w.length - 1], threshold);
  }
}
