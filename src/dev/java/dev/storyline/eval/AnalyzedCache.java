package dev.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Developer tool (not a test): analyzes a stream once and keeps the analyzed articles as gzipped
 * JSON lines (in stream order), so sweeps and the scorer trainer can rerun in seconds. Usage:
 * AnalyzedCache STREAM_FILE CACHE_DIR.
 */
public final class AnalyzedCache {
  private AnalyzedCache() {}

  /** The cache file of a stream inside {@code dir}. */
  static Path cacheFile(Path stream, Path dir) {
    return dir.resolve(
        stream.getFileName().toString().replace(".jsonl.gz", "").replace(".jsonl", "")
            + ".analyzed.json.gz");
  }

  /** The analyzed articles of a stream, from the cache when present, else analyzed and cached. */
  public static List<AnalyzedArticle> load(Path stream, Path dir, ArticleAnalyzerSupplier analyzer)
      throws Exception {
    ObjectMapper json = Stages.json();
    Path cache = cacheFile(stream, dir);
    List<AnalyzedArticle> out = new ArrayList<>();
    if (Files.isReadable(cache)) {
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(cache)), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          out.add(json.readValue(line, AnalyzedArticle.class));
        }
      }
      return out;
    }
    List<Article> s = StreamFile.read(stream, json);
    ArticleAnalyzer a = analyzer.get();
    for (int i = 0; i < s.size(); i += 64) {
      out.addAll(a.analyzeAll(s.subList(i, Math.min(s.size(), i + 64))));
      System.err.println(stream.getFileName() + " " + out.size() + "/" + s.size());
    }
    write(out, cache, json);
    return out;
  }

  private static void write(List<AnalyzedArticle> articles, Path cache, ObjectMapper json)
      throws IOException {
    Files.createDirectories(cache.getParent());
    Path tmp = cache.resolveSibling(cache.getFileName() + ".tmp");
    try (BufferedWriter w =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8))) {
      for (AnalyzedArticle a : articles) {
        w.write(json.writeValueAsString(a));
        w.newLine();
      }
    }
    Files.move(tmp, cache);
  }

  /** Lazily builds an analyzer (only needed when a cache is missing). */
  public interface ArticleAnalyzerSupplier {
    ArticleAnalyzer get() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[args.length - 1]);
    try (MiniLmEmbedder embedder = Stages.embedder()) {
      for (int i = 0; i < args.length - 1; i++) {
        List<AnalyzedArticle> list =
            load(Path.of(args[i]), dir, () -> Stages.analyzer(embedder, false));
        System.err.println("cached " + args[i] + ": " + list.size());
      }
    }
  }
}
