package dev.storyline.eval;

import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.domain.Article;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench cluster}: articles per second of embedding alone (title + first 400 characters) and
 * of the full analyze + cluster path (with the repair passes after each batch), on the same
 * articles and the same embedder threads.
 *
 * <p>The two are measured batch by batch in turn (embedding of a batch, then the full path on the
 * same batch), so on a shared machine both see the same load; measured one after the other, a
 * change of load during the run skewed the ratio by 10 % and more. Process CPU time is printed too,
 * as it depends much less on other work on the machine. Analysis keeps no state between articles
 * apart from the tokenizer's word cache, and embedding a text first makes its later embedding no
 * cheaper, so the interleaving favours neither figure.
 */
final class ClusterBench {
  private static final int BATCH = Clustering.BATCH; // the pipeline's batches

  private final Embedder embedder;
  private final ArticleAnalyzer analyzer;
  private final StoryClusterer.Settings settings;
  private final StoryRepair.Settings repair;

  ClusterBench(
      Embedder embedder,
      ArticleAnalyzer analyzer,
      StoryClusterer.Settings settings,
      StoryRepair.Settings repair) {
    this.embedder = embedder;
    this.analyzer = analyzer;
    this.settings = settings;
    this.repair = repair;
  }

  void run(List<Article> stream, PrintStream out) {
    // Warm-up: both figures are for a running service, so the JIT compiles the analysis code before
    // timing, as the embedding model is loaded before.
    for (int i = 0; i < Math.min(2 * BATCH, stream.size()); i += BATCH) {
      analyzer.analyzeAll(batch(stream, i));
    }
    Clustering clustering = new Clustering(settings, repair);
    Heap.resetPeak();
    long[] embed = new long[2];
    long[] full = new long[2];
    for (int i = 0; i < stream.size(); i += BATCH) {
      List<Article> batch = batch(stream, i);
      long[] t = now();
      embedder.embedAll(batch.stream().map(ClusterBench::lead).toList());
      long[] u = now();
      // assignment and the repair passes after the batch, as the pipeline runs them
      clustering.batch(analyzer.analyzeAll(batch));
      long[] v = now();
      add(embed, t, u);
      add(full, u, v);
    }
    long[] t = now();
    clustering.end(); // the passes over every story as the import ends
    add(full, t, now());
    print(out, stream.size(), embed, full);
  }

  /** What embedding alone embeds for an article. */
  static String lead(Article a) {
    return a.title() + ". " + a.text().substring(0, Math.min(400, a.text().length()));
  }

  private static void print(PrintStream out, int n, long[] embed, long[] full) {
    double embedRate = n / (embed[0] / 1e9);
    double fullRate = n / (full[0] / 1e9);
    out.printf(Locale.ROOT, "articles              %d%n", n);
    out.printf(Locale.ROOT, "embedding only        %.1f articles/s%n", embedRate);
    out.printf(
        Locale.ROOT,
        "analyze + cluster     %.1f articles/s (%.2f x embedding only)%n",
        fullRate,
        fullRate / embedRate);
    if (embed[1] >= 0) {
      out.printf(
          Locale.ROOT,
          "CPU seconds           %.1f embedding only, %.1f analyze + cluster" + " (%.2f x)%n",
          embed[1] / 1e9,
          full[1] / 1e9,
          (double) embed[1] / full[1]);
    }
    out.printf(Locale.ROOT, "peak heap             %d MB%n", Heap.peakBytes() / (1024 * 1024));
  }

  private static List<Article> batch(List<Article> stream, int from) {
    return stream.subList(from, Math.min(stream.size(), from + BATCH));
  }

  private static void add(long[] sum, long[] from, long[] to) {
    sum[0] += to[0] - from[0];
    sum[1] = from[1] < 0 || sum[1] < 0 ? -1 : sum[1] + to[1] - from[1];
  }

  /** Wall time and process CPU time (all cores; -1 when the JVM does not report it). */
  private static long[] now() {
    long cpu =
        ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getProcessCpuTime()
            : -1;
    return new long[] {System.nanoTime(), cpu};
  }
}
