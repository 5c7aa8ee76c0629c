package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Facts read straight from the shipped sample corpus, so web tests derive their expectations from
 * the input rather than from the application's output. The gold {@code story} labels are read here
 * only to find a storyline's articles; the application never sees them.
 */
public final class SampleCorpus {

  /** One corpus article: id, publication time and gold story label. */
  public record Entry(String id, Instant published, String story) {}

  private static final List<Entry> ENTRIES = load();

  private SampleCorpus() {}

  public static List<Entry> entries() {
    return ENTRIES;
  }

  /** The UTC calendar day of the newest article. */
  public static LocalDate newestDay() {
    return ENTRIES.stream()
        .map(Entry::published)
        .max(Comparator.naturalOrder())
        .orElseThrow()
        .atOffset(ZoneOffset.UTC)
        .toLocalDate();
  }

  /** Articles whose gold story label starts with {@code prefix}, oldest first. */
  public static List<Entry> storyline(String prefix) {
    return ENTRIES.stream()
        .filter(e -> e.story() != null && e.story().startsWith(prefix))
        .sorted(Comparator.comparing(Entry::published))
        .toList();
  }

  private static List<Entry> load() {
    ObjectMapper json = new ObjectMapper();
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = SampleCorpus.class.getResourceAsStream("/sample/corpus.jsonl");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          JsonNode node = json.readTree(line);
          entries.add(
              new Entry(
                  node.path("id").asText(),
                  Instant.parse(node.path("published").asText()),
                  node.path("story").asText(null)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }
}
