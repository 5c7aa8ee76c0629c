package dev.storyline.eval;

import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.pipeline.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs and prints {@code eval cluster}: ours on a stream (or on the hard-negative set built from
 * several), with the TF-IDF single-pass baseline tuned on the same articles beside it.
 */
final class ClusterReport {
  private ClusterReport() {}

  static int run(Map<String, String> opts, Toolkit toolkit, PrintStream out) throws IOException {
    Embedder embedder = toolkit.embedder().get();
    StoryClusterer.Settings settings = toolkit.stories();
    if (opts.containsKey("threshold")) {
      settings =
          new StoryClusterer.Settings(
              Double.parseDouble(opts.get("threshold")), settings.window(), settings.scorer());
    }
    StoryRepair.Settings repair = opts.containsKey("no-repair") ? null : toolkit.repair();
    ArticleAnalyzer analyzer = toolkit.analyzer().apply(embedder, false);
    ClusterEval eval = new ClusterEval(analyzer, settings, repair, toolkit.json());
    List<Article> stream;
    ClusterEval.Result result;
    String name;
    if (opts.containsKey("hard-negatives")) {
      List<List<AnalyzedArticle>> sources = new ArrayList<>();
      for (String f : Options.require(opts, "hard-negatives").split(",")) {
        sources.add(analyse(StreamFile.read(Path.of(f.strip()), toolkit.json()), analyzer));
      }
      List<AnalyzedArticle> set = HardNegatives.build(sources);
      stream = HardNegatives.articles(set);
      result = eval.runAnalyzed(set);
      name = "hard negatives (" + opts.get("hard-negatives") + ")";
    } else {
      Path input = Path.of(Options.require(opts, "input"));
      stream = StreamFile.read(input, toolkit.json());
      result = eval.run(stream, Progress.console());
      name = input.getFileName().toString();
    }
    ClusterEval.print(name, result, out);
    if (!opts.containsKey("no-baseline")) {
      baseline(TfIdfSinglePass.tuned(stream, settings.window()), out);
    }
    if (opts.containsKey("storylines")) {
      storylines(ClusterEval.storylines(stream, result, toolkit.storylines()), out);
    }
    if (opts.containsKey("predictions")) {
      eval.writePredictions(result, Path.of(opts.get("predictions")));
      out.println("predictions       " + opts.get("predictions"));
    }
    return 0;
  }

  /** Analyses a stream in batches of 64, with a progress bar. */
  static List<AnalyzedArticle> analyse(List<Article> stream, ArticleAnalyzer analyzer) {
    Progress progress = Progress.console();
    progress.start("analyze", stream.size());
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int i = 0; i < stream.size(); i += 64) {
      List<Article> batch = stream.subList(i, Math.min(stream.size(), i + 64));
      out.addAll(analyzer.analyzeAll(batch));
      progress.step(batch.size());
    }
    progress.finish();
    return out;
  }

  static void baseline(TfIdfSinglePass.Tuned b, PrintStream out) {
    ClusterMetrics m = b.metrics();
    out.printf(
        Locale.ROOT,
        "baseline          TF-IDF single-pass, cosine threshold %.2f tuned on this stream%n",
        b.threshold());
    out.printf(
        Locale.ROOT,
        "baseline  P/R/F1  pairwise %.3f / %.3f / %.3f, BCubed %.3f / %.3f / %.3f%n",
        m.pairPrecision(),
        m.pairRecall(),
        m.pairF1(),
        m.bcubedPrecision(),
        m.bcubedRecall(),
        m.bcubedF1());
  }

  private static void storylines(ClusterMetrics m, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "storylines        %d predicted, %d gold%n",
        m.predictedClusters(),
        m.goldClusters());
    out.printf(
        Locale.ROOT,
        "storyline pairwise P/R/F1  %.3f / %.3f / %.3f%n",
        m.pairPrecision(),
        m.pairRecall(),
        m.pairF1());
    out.printf(
        Locale.ROOT,
        "storyline BCubed   P/R/F1  %.3f / %.3f / %.3f%n",
        m.bcubedPrecision(),
        m.bcubedRecall(),
        m.bcubedF1());
  }
}
