package dev.storyline.eval;

import dev.storyline.app.Stages;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryScorer;
import dev.storyline.domain.AnalyzedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Developer tool (not a test): prints BCubed/pairwise F1 of the shipped story scorer over a range
 * of probability thresholds, on streams analyzed once and cached (see {@link AnalyzedCache}). For
 * looking only: the threshold is chosen by the scorer trainer on neus-train. Usage: ClusterSweep
 * CACHE_DIR FILE... (-Dscorer=FILE to read another weights file, -Dthresholds=0.2,0.4 for other
 * thresholds).
 */
public final class ClusterSweep {
  private ClusterSweep() {}

  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args[0]);
    List<List<AnalyzedArticle>> streams = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      streams.add(
          AnalyzedCache.load(
              Path.of(args[i]), cache, () -> Stages.analyzer(Stages.embedder(), false)));
    }
    String file = System.getProperty("scorer");
    StoryScorer scorer;
    if (file == null) {
      scorer = StoryScorer.defaults();
    } else {
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(Path.of(file))) {
        scorer = StoryScorer.read(in);
      }
    }
    String grid = System.getProperty("thresholds", "0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9");
    for (String g : grid.split(",")) {
      double t = Double.parseDouble(g);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "t=%.2f", t));
      for (List<AnalyzedArticle> s : streams) {
        StoryClusterer c =
            new StoryClusterer(
                new StoryClusterer.Settings(t, Stages.storySettings().window(), scorer));
        List<String> pred = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (AnalyzedArticle a : s) {
          pred.add(c.assign(a).storyId());
          gold.add(StreamFile.gold(a.article()));
        }
        ClusterMetrics m = ClusterMetrics.score(pred, gold);
        line.append(
            String.format(
                Locale.ROOT,
                " | B %.3f (P %.3f R %.3f) pair %.3f",
                m.bcubedF1(),
                m.bcubedPrecision(),
                m.bcubedRecall(),
                m.pairF1()));
      }
      System.out.println(line);
    }
  }
}
