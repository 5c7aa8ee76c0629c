package dev.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryProfile;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.domain.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code eval cluster}: runs the real analyze + cluster path over a stream in publication order,
 * never reading the gold {@code story}, then scores the result against it.
 */
final class ClusterEval {
  /** The outcome of one run. */
  record Result(
      ClusterMetrics metrics,
      Map<String, String> predictions,
      double articlesPerSecond,
      long peakHeapBytes,
      Map<String, StoryProfile> profiles,
      int[] repairs) {}

  private final ArticleAnalyzer analyzer;
  private final StoryClusterer.Settings settings;
  private final StoryRepair.Settings repair;
  private final ObjectMapper json;

  /**
   * With repair passes after every batch of 64 articles, as the pipeline runs them, when {@code
   * repair} is set (null: online assignment alone).
   */
  ClusterEval(
      ArticleAnalyzer analyzer,
      StoryClusterer.Settings settings,
      StoryRepair.Settings repair,
      ObjectMapper json) {
    this.analyzer = analyzer;
    this.settings = settings;
    this.repair = repair;
    this.json = json;
  }

  Result run(List<Article> stream, dev.storyline.pipeline.Progress progress) {
    Clustering clustering = new Clustering(settings, repair);
    Heap.resetPeak();
    long start = System.nanoTime();
    progress.start("cluster", stream.size());
    for (int i = 0; i < stream.size(); i += Clustering.BATCH) {
      List<Article> batch = stream.subList(i, Math.min(stream.size(), i + Clustering.BATCH));
      clustering.batch(analyzer.analyzeAll(batch));
      progress.step(batch.size());
    }
    clustering.end();
    progress.finish();
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, String> predictions = clustering.predictions();
    List<String> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (Article a : stream) {
      predicted.add(predictions.get(a.id()));
      gold.add(StreamFile.gold(a));
    }
    return new Result(
        ClusterMetrics.score(predicted, gold),
        predictions,
        stream.size() / Math.max(seconds, 1e-9),
        Heap.peakBytes(),
        clustering.profiles(),
        repair == null ? null : new int[] {clustering.merges(), clustering.splits()});
  }

  /** Clusters articles analysed beforehand (speed then counts clustering alone). */
  Result runAnalyzed(List<dev.storyline.domain.AnalyzedArticle> stream) {
    Clustering clustering = new Clustering(settings, repair);
    Heap.resetPeak();
    long start = System.nanoTime();
    clustering.batches(stream);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, String> predictions = clustering.predictions();
    List<String> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (dev.storyline.domain.AnalyzedArticle a : stream) {
      predicted.add(predictions.get(a.id()));
      gold.add(StreamFile.gold(a.article()));
    }
    return new Result(
        ClusterMetrics.score(predicted, gold),
        predictions,
        stream.size() / Math.max(seconds, 1e-9),
        Heap.peakBytes(),
        clustering.profiles(),
        repair == null ? null : new int[] {clustering.merges(), clustering.splits()});
  }

  /**
   * Links the stories of a finished run into storylines (oldest story first, as the pipeline does)
   * and scores the storyline of each article against the gold labels.
   */
  static ClusterMetrics storylines(
      List<Article> stream,
      Result result,
      dev.storyline.cluster.StorylineLinker.Settings settings) {
    dev.storyline.cluster.StorylineLinker linker =
        new dev.storyline.cluster.StorylineLinker(settings);
    List<dev.storyline.cluster.StoryProfile> stories = new ArrayList<>();
    new java.util.LinkedHashSet<>(result.predictions().values())
        .forEach(id -> stories.add(result.profiles().get(id)));
    stories.sort(java.util.Comparator.comparing(dev.storyline.cluster.StoryProfile::first));
    Map<String, String> line = new java.util.HashMap<>();
    stories.forEach(p -> line.put(p.storyId(), linker.link(p)));
    List<String> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (Article a : stream) {
      predicted.add(line.get(result.predictions().get(a.id())));
      gold.add(StreamFile.gold(a));
    }
    return ClusterMetrics.score(predicted, gold);
  }

  void writePredictions(Result result, Path out) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      for (Map.Entry<String, String> e : result.predictions().entrySet()) {
        w.write(json.writeValueAsString(Map.of("id", e.getKey(), "cluster", e.getValue())));
        w.newLine();
      }
    }
  }

  static void print(String name, Result r, PrintStream out) {
    ClusterMetrics m = r.metrics();
    out.printf(Locale.ROOT, "stream            %s%n", name);
    out.printf(
        Locale.ROOT,
        "articles          %d (gold stories %d, predicted %d)%n",
        m.items(),
        m.goldClusters(),
        m.predictedClusters());
    out.printf(
        Locale.ROOT,
        "pairwise  P/R/F1  %.3f / %.3f / %.3f%n",
        m.pairPrecision(),
        m.pairRecall(),
        m.pairF1());
    out.printf(
        Locale.ROOT,
        "BCubed    P/R/F1  %.3f / %.3f / %.3f%n",
        m.bcubedPrecision(),
        m.bcubedRecall(),
        m.bcubedF1());
    if (r.repairs() != null) {
      out.printf(
          Locale.ROOT, "repair            %d merges, %d splits%n", r.repairs()[0], r.repairs()[1]);
    }
    out.printf(
        Locale.ROOT,
        "speed             %.1f articles/s (analyze + cluster)%n",
        r.articlesPerSecond());
    out.printf(Locale.ROOT, "peak heap         %d MB%n", r.peakHeapBytes() / (1024 * 1024));
  }
}
