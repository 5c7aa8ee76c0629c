package dev.storyline.eval;

import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryScorer;
import dev.storyline.domain.AnalyzedArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Developer tool (not a test): prints BCubed/pairwise F1 of the shipped story scorer over a range of
 * probability thresholds, on streams analyzed once and cached (see {@link AnalyzedCache}). For
 * looking only: the threshold is chosen by the scorer trainer on neus-train. Usage: ClusterSweep
 * CACHE_DIR FILE...
 */
public final class ClusterSweep {
  private ClusterSweep() {}

  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args[0]);
    List<List<AnalyzedArticle>> streams = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      streams.add(AnalyzedCache.load(Path.of(args[i]), cache, () -> Stages.analyzer(MiniLmEmbedder.load(2), false)));
    }
    StoryScorer scorer = StoryScorer.defaults();
    for (double t = 0.1; t < 0.91; t += 0.05) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "t=%.2f", t));
      for (List<AnalyzedArticle> s : streams) {
        StoryClusterer c = new StoryClusterer(new StoryClusterer.Settings(t, Duration.ofDays(4), scorer));
        List<String> pred = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (AnalyzedArticle a : s) {
          pred.add(c.assign(a).storyId());
          gold.add(StreamFile.gold(a.article()));
        }
        ClusterMetrics m = ClusterMetrics.score(pred, gold);
        line.append(String.format(Locale.ROOT, " | B %.3f P %.3f", m.bcubedF1(), m.pairF1()));
      }
      System.out.println(line);
    }
  }
}
