package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.ingest.extract.ArticleExtractor;
import dev.storyline.ingest.extract.ExtractedPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code eval extract}: runs the article extractor over a folder laid out like the
 * article-extraction-benchmark ({@code html/<id>.html.gz}, optional {@code ground-truth.json}),
 * scores it with the benchmark's metric and reports pages per second (extraction only: the pages
 * are read and un-gzipped before the clock starts).
 */
final class ExtractEval {
  private final ObjectMapper json;
  private final PrintStream out;

  ExtractEval(ObjectMapper json, PrintStream out) {
    this.json = json;
    this.out = out;
  }

  int run(Path input, Path output, int threads, int repeat, Path rescore) throws Exception {
    JsonNode truth = readTruth(input.resolve("ground-truth.json"));
    if (rescore != null) {
      return rescore(truth, rescore);
    }
    Map<String, String> pages = readPages(input.resolve("html"));
    ArticleExtractor extractor = new ArticleExtractor(json);
    Map<String, ExtractedPage> result = extractAll(extractor, pages, truth, threads);
    long start = System.nanoTime();
    for (int i = 0; i < repeat; i++) {
      result = extractAll(extractor, pages, truth, threads);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (output != null) {
      write(result, output);
    }
    out.printf("pages             %d%n", pages.size());
    if (truth != null) {
      print(ShingleMetric.score(counts(truth, result)));
    }
    out.printf(
        "pages/s           %.1f (%d thread(s), %d timed pass(es) after one warm-up)%n",
        pages.size() * repeat / seconds, threads, repeat);
    return 0;
  }

  private Map<String, ExtractedPage> extractAll(
      ArticleExtractor ex, Map<String, String> pages, JsonNode truth, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Map<String, Future<ExtractedPage>> futures = new TreeMap<>();
      pages.forEach(
          (id, html) -> futures.put(id, pool.submit(() -> ex.extract(html, url(truth, id)))));
      Map<String, ExtractedPage> out = new TreeMap<>();
      for (var e : futures.entrySet()) {
        out.put(e.getKey(), e.getValue().get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<ShingleMetric.Counts> counts(JsonNode truth, Map<String, ExtractedPage> result) {
    List<ShingleMetric.Counts> counts = new ArrayList<>();
    truth
        .fieldNames()
        .forEachRemaining(
            id -> {
              ExtractedPage p = result.get(id);
              counts.add(
                  ShingleMetric.page(
                      truth.get(id).path("articleBody").asText(""), p == null ? "" : p.text()));
            });
    return counts;
  }

  private int rescore(JsonNode truth, Path file) throws IOException {
    if (truth == null) {
      throw new IllegalArgumentException("--rescore needs ground-truth.json in the input folder");
    }
    JsonNode pred;
    try (InputStream in = open(file)) {
      pred = json.readTree(in);
    }
    JsonNode output =
        pred.has("output") && pred.get("output").isObject() ? pred.get("output") : pred;
    List<ShingleMetric.Counts> counts = new ArrayList<>();
    truth
        .fieldNames()
        .forEachRemaining(
            id ->
                counts.add(
                    ShingleMetric.page(
                        truth.get(id).path("articleBody").asText(""),
                        output.path(id).path("articleBody").asText(""))));
    out.println("rescored          " + file.getFileName());
    print(ShingleMetric.score(counts));
    return 0;
  }

  private void print(ShingleMetric.Score s) {
    out.printf(
        "F1                %.3f%nprecision         %.3f%nrecall            %.3f%n",
        s.f1(), s.precision(), s.recall());
  }

  private void write(Map<String, ExtractedPage> result, Path output) throws IOException {
    ObjectNode root = json.createObjectNode();
    result.forEach(
        (id, p) -> root.putObject(id).put("articleBody", p.text()).put("headline", p.title()));
    json.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), root);
    out.println("output            " + output);
  }

  private JsonNode readTruth(Path file) throws IOException {
    return Files.isReadable(file) ? json.readTree(file.toFile()) : null;
  }

  private static String url(JsonNode truth, String id) {
    return truth == null ? null : truth.path(id).path("url").asText(null);
  }

  private static Map<String, String> readPages(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no html/ folder in the input: " + dir);
    }
    Map<String, String> pages = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith(".html.gz") || name.endsWith(".html")) {
          try (InputStream in = open(f)) {
            pages.put(
                name.replaceFirst("\\.html(\\.gz)?$", ""),
                new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
    return pages;
  }

  private static InputStream open(Path f) throws IOException {
    InputStream in = Files.newInputStream(f);
    return f.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
  }
}
