package dev.storyline.eval;

import dev.storyline.app.Stages;
import dev.storyline.app.StorylineProperties;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryScorer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Developer tool (not a test): story and storyline F1 of a story scorer over a range of thresholds,
 * from a stream analyzed once and cached (see {@link AnalyzedCache}), with the default storyline
 * linker, as {@code eval cluster --storylines} scores them. Usage: StorylineCacheSweep CACHE_DIR
 * FILE (-Dscorer=FILE for another weights file, -Dthresholds=0.3,0.5).
 */
public final class StorylineCacheSweep {
  private StorylineCacheSweep() {}

  public static void main(String[] args) throws Exception {
    List<AnalyzedArticle> stream =
        AnalyzedCache.load(
            Path.of(args[1]), Path.of(args[0]), () -> Stages.analyzer(Stages.embedder(), false));
    StorylineProperties.Cluster c = StorylineProperties.defaults().cluster();
    StoryScorer scorer = StoryScorer.defaults();
    String file = System.getProperty("scorer");
    if (file != null) {
      try (InputStream in = Files.newInputStream(Path.of(file))) {
        scorer = StoryScorer.read(in);
      }
    }
    List<Article> articles = stream.stream().map(AnalyzedArticle::article).toList();
    for (String g : System.getProperty("thresholds", "0.3,0.4,0.5,0.6").split(",")) {
      double t = Double.parseDouble(g);
      Clustering clustering =
          new Clustering(new StoryClusterer.Settings(t, c.window(), scorer), null);
      for (int i = 0; i < stream.size(); i += 64) {
        clustering.batch(stream.subList(i, Math.min(stream.size(), i + 64)));
      }
      Map<String, String> predictions = clustering.predictions();
      List<String> predicted = new ArrayList<>();
      List<String> gold = new ArrayList<>();
      for (Article a : articles) {
        predicted.add(predictions.get(a.id()));
        gold.add(StreamFile.gold(a));
      }
      ClusterEval.Result result =
          new ClusterEval.Result(
              ClusterMetrics.score(predicted, gold),
              predictions,
              0,
              0,
              clustering.profiles(),
              null);
      ClusterMetrics m = ClusterEval.storylines(articles, result, Stages.storylineSettings(c));
      System.out.printf(
          Locale.ROOT,
          "t=%.2f stories %d storylines B %.3f (P %.3f R %.3f) pair %.3f%n",
          t,
          new java.util.HashSet<>(predicted).size(),
          m.bcubedF1(),
          m.bcubedPrecision(),
          m.bcubedRecall(),
          m.pairF1());
    }
  }
}
