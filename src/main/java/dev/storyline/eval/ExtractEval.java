package dev.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.ingest.extract.ArticleExtractor;
import dev.storyline.ingest.extract.ExtractedPage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code eval extract}: runs the article extractor over a set in the article-extraction-benchmark
 * layout ({@link ExtractSet}), scores it with the benchmark's metric, scores trafilatura's output
 * shipped with the set ({@code output/trafilatura.json.gz}) on the same pages by the same scorer,
 * and reports pages per second (extraction only: the pages are read and un-gzipped before the clock
 * starts).
 */
final class ExtractEval {
  /** The reference system whose output, where a set ships it, is scored beside ours. */
  static final String REFERENCE = "trafilatura";

  private final ObjectMapper json;
  private final PrintStream out;

  ExtractEval(ObjectMapper json, PrintStream out) {
    this.json = json;
    this.out = out;
  }

  /** What one run measured. */
  record Result(
      Map<String, String> predicted,
      ShingleMetric.Score ours,
      ShingleMetric.Score oursStrict,
      ShingleMetric.Score reference,
      ShingleMetric.Score referenceStrict,
      double pagesPerSecond,
      double pagesPerCpuSecond) {}

  /** The options of a run: see {@code eval extract --help}. */
  record Settings(int threads, int repeat, Path output, int worst) {}

  int run(ExtractSet set, Settings settings, Path rescore) throws Exception {
    if (rescore != null) {
      if (!set.hasTruth()) {
        throw new IllegalArgumentException("--rescore needs ground-truth.json in the input folder");
      }
      out.println("rescored          " + rescore.getFileName());
      ShingleMetric.Score s = scoreOn(set, ExtractSet.readOutput(rescore, json), false);
      out.printf(
          Locale.ROOT,
          "F1                %.3f%nprecision         %.3f%nrecall            %.3f%n",
          s.f1(),
          s.precision(),
          s.recall());
      return 0;
    }
    Result r = measure(set, settings.threads(), settings.repeat());
    if (settings.output() != null) {
      write(r.predicted(), settings.output());
    }
    print(set, r, settings);
    if (settings.worst() > 0 && set.hasTruth()) {
      Map<String, String> gold = new LinkedHashMap<>();
      set.ids().forEach(id -> gold.put(id, set.truth().getOrDefault(id, "")));
      ExtractFailures.print(gold, r.predicted(), settings.worst(), out);
    }
    return 0;
  }

  /** Extracts every page of the set (one warm-up pass, then {@code repeat} timed passes). */
  Result measure(ExtractSet set, int threads, int repeat) throws Exception {
    Map<String, String> pages = set.pages();
    ArticleExtractor extractor = new ArticleExtractor(json);
    Map<String, String> predicted = extractAll(extractor, pages, set, threads);
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    for (int i = 0; i < repeat; i++) {
      predicted = extractAll(extractor, pages, set, threads);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    double speed = repeat == 0 ? Double.NaN : pages.size() * repeat / seconds;
    double perCpu =
        repeat == 0 || cpuSeconds <= 0 ? Double.NaN : pages.size() * repeat / cpuSeconds;
    if (!set.hasTruth()) {
      return new Result(predicted, null, null, null, null, speed, perCpu);
    }
    Path ref = set.output(REFERENCE);
    Map<String, String> refOut = ref == null ? null : ExtractSet.readOutput(ref, json);
    return new Result(
        predicted,
        scoreOn(set, predicted, false),
        scoreOn(set, predicted, true),
        refOut == null ? null : scoreOn(set, refOut, false),
        refOut == null ? null : scoreOn(set, refOut, true),
        speed,
        perCpu);
  }

  /** Scores a prediction on the set's pages; a page missing from it counts as empty. */
  static ShingleMetric.Score scoreOn(
      ExtractSet set, Map<String, String> predicted, boolean emptyAsZero) {
    List<ShingleMetric.Counts> counts = new ArrayList<>();
    for (String id : set.ids()) {
      if (set.truth().containsKey(id)) {
        counts.add(ShingleMetric.page(set.truth().get(id), predicted.getOrDefault(id, "")));
      }
    }
    return ShingleMetric.score(counts, emptyAsZero);
  }

  private void print(ExtractSet set, Result r, Settings settings) {
    out.printf(Locale.ROOT, "set               %s%n", set.name());
    out.printf(Locale.ROOT, "pages             %d%n", set.ids().size());
    if (r.ours() != null) {
      boolean ref = r.reference() != null;
      out.printf(Locale.ROOT, "%-18s%-9s%s%n", "", "ours", ref ? REFERENCE + " (its output)" : "");
      row("F1", r.ours().f1(), ref ? r.reference().f1() : null);
      row("precision", r.ours().precision(), ref ? r.reference().precision() : null);
      row("recall", r.ours().recall(), ref ? r.reference().recall() : null);
      row("F1, empty = P 0", r.oursStrict().f1(), ref ? r.referenceStrict().f1() : null);
    }
    out.printf(
        Locale.ROOT,
        "pages/s           %.1f (%d thread(s), %d timed pass(es) after one warm-up)%n",
        r.pagesPerSecond(),
        settings.threads(),
        settings.repeat());
    out.printf(
        Locale.ROOT,
        "pages/CPU-second  %.1f (the process's CPU time over the timed passes, GC and JIT included:"
            + " the speed on one idle core, whatever the load)%n",
        r.pagesPerCpuSecond());
  }

  /** CPU time of the whole process (every thread), or -1 where the JVM does not tell. */
  private static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private void row(String name, double ours, Double reference) {
    out.printf(
        Locale.ROOT,
        "%-18s%-9s%s%n",
        name,
        String.format(Locale.ROOT, "%.3f", ours),
        reference == null ? "" : String.format(Locale.ROOT, "%.3f", reference));
  }

  private static Map<String, String> extractAll(
      ArticleExtractor ex, Map<String, String> pages, ExtractSet set, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Map<String, Future<ExtractedPage>> futures = new LinkedHashMap<>();
      pages.forEach(
          (id, html) -> futures.put(id, pool.submit(() -> ex.extract(html, set.urls().get(id)))));
      Map<String, String> out = new LinkedHashMap<>();
      for (var e : futures.entrySet()) {
        out.put(e.getKey(), e.getValue().get().text());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private void write(Map<String, String> predicted, Path output) throws IOException {
    ObjectNode root = json.createObjectNode();
    predicted.forEach((id, text) -> root.putObject(id).put("articleBody", text));
    json.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), root);
    out.println("output            " + output);
  }
}
