package dev.storyline.eval;

import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.app.StorylineProperties;
import dev.storyline.cluster.StorylineLinker;
import dev.storyline.domain.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Developer tool (not a test): clusters streams once with the default story settings, then prints
 * storyline BCubed/pairwise F1 for a range of linker thresholds. Gold is {@code meta.storyline}
 * when present (the sample corpus), else the stream's {@code story} (timeline17's topics). Usage:
 * StorylineSweep FILE...
 */
public final class StorylineSweep {
  public static void main(String[] args) throws Exception {
    StorylineProperties.Cluster c = StorylineProperties.defaults().cluster();
    StorylineLinker.Settings d = Stages.storylineSettings(c);
    try (MiniLmEmbedder embedder = Stages.embedder()) {
      ArticleAnalyzer analyzer = Stages.analyzer(embedder, false);
      for (String f : args) {
        List<Article> stream = StreamFile.read(Path.of(f), Stages.json());
        List<Article> golden = new ArrayList<>();
        for (Article a : stream) {
          String line = a.meta().get("storyline");
          java.util.Map<String, String> meta = new java.util.HashMap<>(a.meta());
          meta.put("story", line != null ? line : a.meta().getOrDefault("story", ""));
          golden.add(
              new Article(a.id(), a.source(), a.url(), a.published(), a.title(), a.text(), meta));
        }
        ClusterEval eval =
            new ClusterEval(
                analyzer, Stages.storySettings(c), Stages.repairSettings(), Stages.json());
        ClusterEval.Result result = eval.run(golden, dev.storyline.pipeline.Progress.silent());
        for (double t : new double[] {0.30, 0.35, 0.40, 0.45, 0.52, 0.60}) {
          for (int central : new int[] {5, 8, 12}) {
            ClusterMetrics m =
                ClusterEval.storylines(
                    golden,
                    result,
                    new StorylineLinker.Settings(
                        t,
                        central,
                        d.minTopic(),
                        d.gapScale(),
                        d.gapWeight(),
                        d.genericCoherence(),
                        d.sagaNameShare()));
            System.out.printf(
                Locale.ROOT,
                "%s t=%.2f central=%d lines=%d gold=%d | B %.3f (P %.3f R %.3f) | pair F1 %.3f%n",
                Path.of(f).getFileName(),
                t,
                central,
                m.predictedClusters(),
                m.goldClusters(),
                m.bcubedF1(),
                m.bcubedPrecision(),
                m.bcubedRecall(),
                m.pairF1());
          }
        }
      }
    }
  }
}
