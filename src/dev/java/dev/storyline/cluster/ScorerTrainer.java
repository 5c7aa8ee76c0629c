package dev.storyline.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.eval.AnalyzedCache;
import dev.storyline.eval.ClusterMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Developer tool (not a test) that regenerates {@code src/main/resources/cluster/scorer.json}:
 * replays a gold-labelled stream online several times with windows of different widths (each
 * article's candidates scored against the gold stories as they stand when it arrives: the positive
 * is its gold story, the negatives the other candidates), fits a logistic regression on those
 * pairs, then picks the probability threshold with the best BCubed F1 when the clusterer runs on
 * that same stream. Other streams given after the training stream are only reported, never used to
 * choose anything.
 *
 * <p>Usage: ScorerTrainer CACHE_DIR OUT_JSON TRAIN_STREAM [REPORT_STREAM...]; analyzed articles are
 * cached in CACHE_DIR (see {@link AnalyzedCache}).
 */
public final class ScorerTrainer {
  static final double GAP_COSINE_PER_DAY = ScorerFit.GAP_COSINE_PER_DAY;

  private ScorerTrainer() {}

  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<List<AnalyzedArticle>> streams = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      streams.add(
          AnalyzedCache.load(
              Path.of(args[i]), cache, () -> Stages.analyzer(Stages.embedder(), false)));
    }
    ScorerFit.Pairs pairs = ScorerFit.pairs(streams.get(0), ScorerTrainer::gold);
    System.err.printf(
        Locale.ROOT,
        "%d pairs, %d positive%n",
        pairs.rows().size(),
        pairs.labels().stream().filter(b -> b).count());
    StoryScorer fitted = ScorerFit.fit(pairs, java.util.Set.of(), 0.5);
    double[] w = new double[StoryFeatures.NAMES.size() + 1];
    for (int i = 0; i < StoryFeatures.NAMES.size(); i++) {
      w[i] = fitted.weights().get(StoryFeatures.NAMES.get(i));
    }
    w[w.length - 1] = fitted.bias();
    write(w, 0.5, out);
    double best = pickThreshold(w, streams.get(0));
    write(w, best, out);
    for (List<AnalyzedArticle> s : streams.subList(1, streams.size())) {
      ClusterMetrics m = run(s, scorer(w, best), best);
      System.err.printf(
          Locale.ROOT,
          "report at t=%.2f: BCubed %.3f pairwise %.3f%n",
          best,
          m.bcubedF1(),
          m.pairF1());
    }
  }

  static String gold(AnalyzedArticle a) {
    return a.article().meta().getOrDefault("story", "");
  }

  static StoryScorer scorer(double[] w, double threshold) {
    return ScorerFit.scorer(w, threshold);
  }

  static ClusterMetrics run(List<AnalyzedArticle> stream, StoryScorer scorer, double threshold) {
    StoryClusterer c =
        new StoryClusterer(
            new StoryClusterer.Settings(threshold, Stages.storySettings().window(), scorer));
    List<String> pred = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (AnalyzedArticle a : stream) {
      pred.add(c.assign(a).storyId());
      gold.add(gold(a));
    }
    return ClusterMetrics.score(pred, gold);
  }

  /** The threshold with the best BCubed F1 on the training stream (coarse grid, then refined). */
  static double pickThreshold(double[] w, List<AnalyzedArticle> stream) {
    double best = 0.5;
    double bestF1 = -1;
    for (double t : new double[] {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
      double f1 = f1(w, stream, t);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    double centre = best;
    for (double t : new double[] {centre - 0.05, centre + 0.05}) {
      double f1 = f1(w, stream, t);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return Math.round(best * 100) / 100.0;
  }

  private static double f1(double[] w, List<AnalyzedArticle> stream, double t) {
    ClusterMetrics m = run(stream, scorer(w, t), t);
    System.err.printf(
        Locale.ROOT, "train t=%.2f: BCubed %.3f pairwise %.3f%n", t, m.bcubedF1(), m.pairF1());
    return m.bcubedF1();
  }

  static void write(double[] w, double threshold, Path out) throws Exception {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put(
        "_comment",
        "Story scorer: logistic regression over (article, candidate story) features, trained by "
            + "dev.storyline.cluster.ScorerTrainer on gold replays of neus-train with windows of 6 to all articles open; "
            + "threshold = best BCubed F1 of the clusterer on neus-train. "
            + "gap_days is fixed, not learned (neus-train has no dates): "
            + GAP_COSINE_PER_DAY
            + " cosine per day, as the earlier hand-set score.");
    root.put("threshold", threshold);
    root.put("bias", round(w[w.length - 1]));
    ObjectNode weights = root.putObject("weights");
    for (int i = 0; i < StoryFeatures.NAMES.size(); i++) {
      weights.put(StoryFeatures.NAMES.get(i), round(w[i]));
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    json.writeValue(out.toFile(), root);
    System.err.println("wrote " + out + " threshold " + threshold);
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
