package dev.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.Article;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.JsonLinesReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads an article stream of the common format in {@code published} order (file order if undated).
 */
final class StreamFile {
  private StreamFile() {}

  static List<Article> read(Path file, ObjectMapper json) throws IOException {
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException(
          "cannot read "
              + file
              + " (the shared evaluation data lives in ../shared/data; see its README.md)");
    }
    List<Article> out = new ArrayList<>();
    List<Long> order = new ArrayList<>();
    try (InputStream in = JsonLinesReader.open(file)) {
      // Undated records keep file order: each gets the epoch plus its line number in seconds.
      new JsonLinesReader(json, 50_000_000)
          .read(
              in,
              Instant.EPOCH::plusSeconds,
              outcome -> {
                if (outcome instanceof Ingested.Accepted a) {
                  out.add(a.article());
                  order.add(a.line());
                }
              });
    }
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      idx.add(i);
    }
    idx.sort(Comparator.comparing((Integer i) -> out.get(i).published()).thenComparing(order::get));
    return idx.stream().map(out::get).toList();
  }

  /** The gold story label of an article (kept in meta by the reader). */
  static String gold(Article a) {
    return a.meta().getOrDefault("story", "");
  }
}
