package dev.storyline.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Developer tool (not a test): runs {@code eval timeline} with each topic's analysed articles
 * cached in a folder (analysed once, then read back), so that timeline generation can be tried
 * quickly. Usage: TimelineSweep DATA_DIR CACHE_DIR [topic,topic]
 */
public final class TimelineSweep {
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    Set<String> topics =
        args.length > 2 && !args[2].equals("all") ? Set.of(args[2].split(",")) : Set.of();
    ObjectMapper json = Stages.json();
    try (MiniLmEmbedder embedder = Stages.embedder()) {
      ArticleAnalyzer analyzer = Stages.analyzer(embedder, false);
      TimelineEval eval = new TimelineEval(analyzer, json);
      if (args.length > 3) {
        eval.stopWords(TimelineRouge.stopWords(Path.of(args[3])));
      }
      TimelineEval.print(
          eval.run(
              data,
              topics,
              System.out,
              (topic, articles) ->
                  cached(cache.resolve(topic + ".json.gz"), analyzer, articles, json)),
          System.out);
    }
  }

  static List<AnalyzedArticle> cached(
      Path file, ArticleAnalyzer analyzer, List<Article> articles, ObjectMapper json) {
    try {
      if (Files.exists(file)) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          return json.readValue(in, new TypeReference<List<AnalyzedArticle>>() {});
        }
      }
      List<AnalyzedArticle> out = new ArrayList<>();
      for (int i = 0; i < articles.size(); i += 64) {
        out.addAll(analyzer.analyzeAll(articles.subList(i, Math.min(articles.size(), i + 64))));
      }
      try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
        json.writeValue(o, out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
