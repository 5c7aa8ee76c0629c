package dev.storyline.eval;

import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Developer tool (not a test): analyzes streams once, then prints BCubed/pairwise F1 for a grid of
 * clusterer settings, to choose one configuration for all streams. Usage: ClusterSweep FILE...
 */
public final class ClusterSweep {
  public static void main(String[] args) throws Exception {
    List<List<AnalyzedArticle>> streams = new ArrayList<>();
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(2)) {
      ArticleAnalyzer analyzer = Stages.analyzer(embedder, false);
      for (String f : args) {
        List<Article> s = StreamFile.read(Path.of(f), Stages.json());
        List<AnalyzedArticle> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i += 64) {
          out.addAll(analyzer.analyzeAll(s.subList(i, Math.min(s.size(), i + 64))));
        }
        streams.add(out);
        System.err.println("analyzed " + f);
      }
    }
    double[] thresholds = {0.44, 0.47, 0.50, 0.53, 0.56};
    double[] entityWeights = {0.0, 0.05, 0.1, 0.2};
    double[] penalties = {0.08, 0.12, 0.16, 0.2};
    for (double t : thresholds) {
      for (double e : entityWeights) {
        for (double p : penalties) {
          StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "t=%.2f e=%.2f p=%.3f", t, e, p));
          for (List<AnalyzedArticle> s : streams) {
            StoryClusterer c = new StoryClusterer(new StoryClusterer.Settings(t, Duration.ofDays(4), e, p));
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
  }
}
