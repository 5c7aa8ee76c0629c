package dev.storyline.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.analyze.entity.PosChunkEntityRecognizer;
import dev.storyline.analyze.sentence.OpenNlpSentenceSplitter;
import dev.storyline.analyze.time.NewsDateResolver;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.TextSpan;
import dev.storyline.ingest.PtbText;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Dev tool (not a test): the analyzer's rate on full-length articles as the pipeline runs it
 * (batches of 32, the default two embedding threads), with and without the two savings on sentence
 * embeddings: embeddings for the first {@value ArticleAnalyzer#EMBEDDED_SENTENCES} sentences only,
 * and repeated texts embedded once. Each configuration gets its own model; a warm-up batch first.
 * Then the parts on one thread (splitting, entities, dates) for where the rest of the time goes.
 * Texts are read as the importer reads them (treebank tokens undone).
 *
 * <p>{@code tools/dev dev.storyline.analyze.AnalysisRate STREAM.jsonl.gz COLLECTION_PREFIX LIMIT}
 */
final class AnalysisRate {
  private static final int BATCH = 32;

  private AnalysisRate() {}

  public static void main(String[] args) throws Exception {
    List<Article> articles = read(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
    OpenNlpSentenceSplitter splitter = OpenNlpSentenceSplitter.fromClasspath();
    PosChunkEntityRecognizer recognizer = PosChunkEntityRecognizer.fromClasspath();
    NewsDateResolver dates = new NewsDateResolver();
    long sentences = 0;
    long past = 0;
    for (Article a : articles) {
      int n = splitter.split(a.text()).size();
      sentences += n;
      past += Math.max(0, n - ArticleAnalyzer.EMBEDDED_SENTENCES);
    }
    System.out.printf(
        "%d articles, %d sentences (%.0f per article), %.0f %% of them past the first %d%n",
        articles.size(),
        sentences,
        sentences / (double) articles.size(),
        100.0 * past / sentences,
        ArticleAnalyzer.EMBEDDED_SENTENCES);
    System.out.printf(
        "%-44s %8s %11s %10s %9s%n", "configuration", "wall s", "articles/s", "CPU s", "texts");
    Object[][] configs = {
      {"every sentence, nothing remembered (before)", Integer.MAX_VALUE, 0},
      {"first 100 sentences, nothing remembered", ArticleAnalyzer.EMBEDDED_SENTENCES, 0},
      {"every sentence, repeated texts once", Integer.MAX_VALUE, 20_000},
      {"first 100 sentences, repeated texts once (now)", ArticleAnalyzer.EMBEDDED_SENTENCES, 20_000}
    };
    for (Object[] c : configs) {
      try (MiniLmEmbedder model = MiniLmEmbedder.load(2, (Integer) c[2])) {
        Counting counting = new Counting(model);
        ArticleAnalyzer analyzer =
            new ArticleAnalyzer(splitter, recognizer, dates, counting, true, (Integer) c[1]);
        analyzer.analyzeAll(articles.subList(0, Math.min(BATCH, articles.size()))); // warm-up
        counting.texts = 0;
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        List<AnalyzedArticle> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i += BATCH) {
          out.addAll(
              analyzer.analyzeAll(articles.subList(i, Math.min(articles.size(), i + BATCH))));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
            "%-44s %8.1f %11.1f %10.1f %9d%n",
            c[0], wall, articles.size() / wall, (cpu() - cpu0) / 1e9, counting.texts);
      }
    }
    long[] t = new long[3];
    for (Article a : articles) {
      LocalDate published = LocalDate.ofInstant(a.published(), ZoneOffset.UTC);
      long t0 = threadCpu();
      List<TextSpan> spans = splitter.split(a.text());
      List<String> texts = spans.stream().map(s -> s.of(a.text())).toList();
      long t1 = threadCpu();
      texts.forEach(recognizer::find);
      long t2 = threadCpu();
      texts.forEach(x -> dates.resolve(x, published));
      long t3 = threadCpu();
      t[0] += t1 - t0;
      t[1] += t2 - t1;
      t[2] += t3 - t2;
    }
    System.out.printf(
        "one thread, CPU s: splitting %.1f, entities (tokens, POS, chunks) %.1f, dates %.1f%n",
        t[0] / 1e9, t[1] / 1e9, t[2] / 1e9);
  }

  /** Counts the texts handed to the model. */
  private static final class Counting implements dev.storyline.analyze.embed.Embedder {
    private final MiniLmEmbedder model;
    long texts;

    Counting(MiniLmEmbedder model) {
      this.model = model;
    }

    @Override
    public int dimension() {
      return model.dimension();
    }

    @Override
    public float[] embed(String text) {
      texts++;
      return model.embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> list) {
      synchronized (this) {
        texts += list.size();
      }
      return model.embedAll(list);
    }
  }

  /** Process CPU time (the embedding threads and the splitting's parallel stream included). */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long threadCpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static List<Article> read(Path file, String prefix, int limit) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null && out.size() < limit; line = r.readLine()) {
        JsonNode n = json.readTree(line);
        if (n.path("meta").path("collection").asText().startsWith(prefix)) {
          String published = n.path("published").asText();
          String text = n.path("text").asText();
          boolean treebank = PtbText.looksTokenised(text);
          String title = n.path("title").asText();
          out.add(
              new Article(
                  n.path("id").asText(),
                  n.path("source").asText(),
                  null,
                  Instant.parse(published.length() == 10 ? published + "T12:00:00Z" : published),
                  treebank ? PtbText.detokenise(title) : title,
                  treebank ? PtbText.detokenise(text) : text,
                  Map.of()));
        }
      }
    }
    return out;
  }
}
