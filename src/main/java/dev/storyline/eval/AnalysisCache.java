package dev.storyline.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import dev.storyline.domain.DateMention;
import dev.storyline.domain.EntityMention;
import dev.storyline.pipeline.Progress;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps the analysis of an evaluation stream on disk (gzip; JSON for structure, float32 for
 * vectors), so that evaluations of later stages rerun in a minute instead of re-analysing. A cache
 * is used only while it still matches: the same articles (id, title and text, as the reader gives
 * them now) and the same analysis of the first {@value #PROBES} articles when they are analysed
 * again with the current analyzer; anything else re-analyses the whole stream and rewrites it.
 */
final class AnalysisCache {
  static final int PROBES = 3;
  private static final int MAGIC = 0x534c4143; // "SLAC"
  private static final TypeReference<List<EntityMention>> ENTITIES = new TypeReference<>() {};
  private static final TypeReference<List<DateMention>> DATES = new TypeReference<>() {};

  /**
   * Names the analysis a cache holds, for changes its probes cannot see: "v3" is the analysis as
   * stored (a site's own lines in, as the clustering reads it; caches named "v2" left them out).
   */
  static final String VERSION = "v3";

  private final Path dir;
  private final ObjectMapper json;

  AnalysisCache(Path dir, ObjectMapper json) {
    this.dir = dir;
    this.json = json;
  }

  /** The analysis of {@code stream} ({@code name} names its cache file), from cache or fresh. */
  List<AnalyzedArticle> analyse(String name, List<Article> stream, ArticleAnalyzer analyzer)
      throws IOException {
    Path file = dir.resolve(name + "." + VERSION + ".analysis.gz");
    List<AnalyzedArticle> cached = Files.isReadable(file) ? read(file) : null;
    if (cached != null && matches(cached, stream, analyzer)) {
      return cached;
    }
    List<AnalyzedArticle> out = new ArrayList<>(stream.size());
    Progress progress = Progress.console();
    progress.start("analyze " + name, stream.size());
    for (int i = 0; i < stream.size(); i += 32) {
      List<Article> batch = stream.subList(i, Math.min(stream.size(), i + 32));
      out.addAll(analyzer.analyzeAll(batch));
      progress.step(batch.size());
    }
    progress.finish();
    write(file, out);
    return out;
  }

  private static boolean matches(
      List<AnalyzedArticle> cached, List<Article> stream, ArticleAnalyzer analyzer) {
    if (cached.size() != stream.size()) {
      return false;
    }
    for (int i = 0; i < stream.size(); i++) {
      Article a = stream.get(i);
      Article c = cached.get(i).article();
      if (!a.equals(c)) {
        return false;
      }
    }
    List<AnalyzedArticle> again =
        analyzer.analyzeAll(stream.subList(0, Math.min(PROBES, stream.size())));
    for (int i = 0; i < again.size(); i++) {
      if (!same(again.get(i), cached.get(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean same(AnalyzedArticle a, AnalyzedArticle b) {
    if (!a.titleEntities().equals(b.titleEntities())
        || a.sentences().size() != b.sentences().size()
        || !close(a.embedding(), b.embedding())) {
      return false;
    }
    for (int i = 0; i < a.sentences().size(); i++) {
      AnalyzedSentence x = a.sentences().get(i);
      AnalyzedSentence y = b.sentences().get(i);
      boolean equal =
          x.index() == y.index()
              && x.start() == y.start()
              && x.end() == y.end()
              && x.text().equals(y.text())
              && x.entities().equals(y.entities())
              && x.dates().equals(y.dates())
              && close(x.embedding(), y.embedding());
      if (!equal) {
        return false;
      }
    }
    return true;
  }

  private static boolean close(float[] a, float[] b) {
    if (a == null || b == null || a.length != b.length) {
      return Arrays.equals(a, b);
    }
    for (int i = 0; i < a.length; i++) {
      if (Math.abs(a[i] - b[i]) > 1e-4) {
        return false;
      }
    }
    return true;
  }

  private List<AnalyzedArticle> read(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16)))) {
      if (in.readInt() != MAGIC) {
        return null;
      }
      int n = in.readInt();
      List<AnalyzedArticle> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Article article = json.readValue(string(in), Article.class);
        List<EntityMention> title = json.readValue(string(in), ENTITIES);
        float[] embedding = floats(in);
        int m = in.readInt();
        List<AnalyzedSentence> sentences = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
          int index = in.readInt();
          int start = in.readInt();
          int end = in.readInt();
          String text = string(in);
          List<EntityMention> entities = json.readValue(string(in), ENTITIES);
          List<DateMention> dates = json.readValue(string(in), DATES);
          sentences.add(new AnalyzedSentence(index, start, end, text, entities, dates, floats(in)));
        }
        out.add(new AnalyzedArticle(article, sentences, title, embedding));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return null; // an unreadable cache is rebuilt
    }
  }

  private void write(Path file, List<AnalyzedArticle> articles) throws IOException {
    Files.createDirectories(dir);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)))) {
      out.writeInt(MAGIC);
      out.writeInt(articles.size());
      for (AnalyzedArticle a : articles) {
        string(out, json.writeValueAsString(a.article()));
        string(out, json.writeValueAsString(a.titleEntities()));
        floats(out, a.embedding());
        out.writeInt(a.sentences().size());
        for (AnalyzedSentence s : a.sentences()) {
          out.writeInt(s.index());
          out.writeInt(s.start());
          out.writeInt(s.end());
          string(out, s.text());
          string(out, json.writeValueAsString(s.entities()));
          string(out, json.writeValueAsString(s.dates()));
          floats(out, s.embedding());
        }
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String string(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = Objects.requireNonNull(s).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static float[] floats(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = in.readFloat();
    }
    return v;
  }

  private static void floats(DataOutputStream out, float[] v) throws IOException {
    out.writeInt(v == null ? -1 : v.length);
    if (v != null) {
      for (float f : v) {
        out.writeFloat(f);
      }
    }
  }
}
