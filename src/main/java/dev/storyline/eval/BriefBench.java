package dev.storyline.eval;

import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.brief.BriefWriter;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.StoryMaterial;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench brief}: briefs per second for stories of 5, 50 and 500 articles, each story being
 * the first N articles of the stream analysed as the service analyses them (with sentence
 * embeddings). Only the writing is timed; each size is written at least three times and for at
 * least two seconds after one warm-up.
 */
final class BriefBench {
  static final int[] SIZES = {5, 50, 500};

  private BriefBench() {}

  static int run(Map<String, String> opts, Toolkit toolkit, PrintStream out) throws IOException {
    List<Article> stream = StreamFile.read(Path.of(Options.require(opts, "input")), toolkit.json());
    int max = Math.min(stream.size(), SIZES[SIZES.length - 1]);
    Embedder embedder = toolkit.embedder().get();
    ArticleAnalyzer analyzer = toolkit.analyzer().apply(embedder, true);
    List<AnalyzedArticle> analysed = new ArrayList<>();
    for (int i = 0; i < max; i += 64) {
      analysed.addAll(analyzer.analyzeAll(stream.subList(i, Math.min(max, i + 64))));
    }
    BriefWriter writer = toolkit.briefs();
    StoryMaterial.Coverage coverage = new StoryMaterial.Coverage(100, 3, 3, 8);
    for (int size : SIZES) {
      if (size > analysed.size()) {
        out.printf(
            Locale.ROOT, "%3d articles       skipped (the stream has %d)%n", size, analysed.size());
        continue;
      }
      List<AnalyzedArticle> members = analysed.subList(0, size);
      StoryMaterial m = OneStory.material("bench-" + size, members, coverage);
      writer.write(m);
      long start = System.nanoTime();
      long slowest = 0;
      int runs = 0;
      while (runs < 3 || System.nanoTime() - start < 2_000_000_000L) {
        long t0 = System.nanoTime();
        writer.write(m);
        slowest = Math.max(slowest, System.nanoTime() - t0);
        runs++;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "%3d articles       %8.1f briefs/s  (%.0f ms per brief, slowest %.0f ms, %d runs)%n",
          size,
          runs / seconds,
          1000 * seconds / runs,
          slowest / 1e6,
          runs);
    }
    return 0;
  }
}
