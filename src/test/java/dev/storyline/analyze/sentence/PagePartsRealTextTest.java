package dev.storyline.analyze.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link PageParts} on the Timeline17 pages where the ten-page reading found the defects: a BBC
 * live blog whose entries open with HHMM stamps (one with a video caption run into the stamp) and a
 * BBC blog with reader comments. Skipped when the shared data is absent.
 */
class PagePartsRealTextTest {
  private static final Path STREAM = Path.of("../shared/data/streams/timeline17.jsonl.gz");
  private static final String LIVE_BLOG = "t17-haiti_bbc-640";
  private static final String COMMENTED = "t17-haiti_bbc-1113";

  @Test
  void liveBlogStampsAndReaderCommentsStayOutOfTheSentences() throws IOException {
    assumeTrue(
        Files.isReadable(STREAM),
        "skipped: ../shared/data/streams/timeline17.jsonl.gz not found (shared data absent)");
    Map<String, String> texts = texts(Set.of(LIVE_BLOG, COMMENTED));
    OpenNlpSentenceSplitter splitter = OpenNlpSentenceSplitter.fromClasspath();

    String blog = texts.get(LIVE_BLOG);
    List<String> entries =
        PageParts.clean(blog, splitter.split(blog)).stream().map(s -> s.of(blog)).toList();
    assertThat(entries).isNotEmpty().noneMatch(s -> s.matches("^\\d{4} \\p{Lu}.*"));
    assertThat(entries).anyMatch(s -> s.startsWith("Louis Belanger"));
    assertThat(splitter.split(blog).stream().map(s -> s.of(blog)))
        .as("the raw split still has the stamps")
        .anyMatch(s -> s.matches("^\\d{4} \\p{Lu}.*"));

    String page = texts.get(COMMENTED);
    List<String> kept =
        PageParts.clean(page, splitter.split(page)).stream().map(s -> s.of(page)).toList();
    assertThat(kept).isNotEmpty().noneMatch(s -> s.contains("wrote :"));
    assertThat(splitter.split(page).size()).isGreaterThan(kept.size());
  }

  @Test
  void commentsUnderAWireStoryAndDatedCommentsStayOut() throws IOException {
    assumeTrue(
        Files.isReadable(STREAM),
        "skipped: ../shared/data/streams/timeline17.jsonl.gz not found (shared data absent)");
    // a Reuters story closed by its credit, then the site's invitation and readers' comments; a
    // BBC story whose comments open with their day and time ("2nd July 2011 - 13:45 …")
    String wire = "t17-LibyaWar_reuters-279";
    String dated = "t17-SyrianCrisis_bbc-168";
    Map<String, String> texts = texts(Set.of(wire, dated));
    OpenNlpSentenceSplitter splitter = OpenNlpSentenceSplitter.fromClasspath();

    String story = dev.storyline.ingest.PtbText.ifTokenised(texts.get(wire));
    List<String> kept =
        PageParts.clean(story, splitter.split(story)).stream().map(s -> s.of(story)).toList();
    assertThat(kept.get(kept.size() - 1)).contains("Reporting by");
    assertThat(kept)
        .noneMatch(s -> s.contains("Views expressed in the comments"))
        .noneMatch(s -> s.contains("Not sure if the man"));
    assertThat(splitter.split(story).size()).isGreaterThan(kept.size());

    String page = dev.storyline.ingest.PtbText.ifTokenised(texts.get(dated));
    List<String> body =
        PageParts.clean(page, splitter.split(page)).stream().map(s -> s.of(page)).toList();
    assertThat(body).isNotEmpty().noneMatch(s -> s.matches("(?s).*\\d{4} - \\d{1,2}:\\d{2}.*"));
    assertThat(body).anyMatch(s -> s.contains("says Jim Muir"));
  }

  private static Map<String, String> texts(Set<String> ids) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> out = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(STREAM)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null && out.size() < ids.size(); ) {
        JsonNode a = json.readTree(line);
        if (ids.contains(a.get("id").asText())) {
          out.put(a.get("id").asText(), a.get("text").asText());
        }
        line = r.readLine();
      }
    }
    assertThat(out)
        .as("pages of the reading in the stream")
        .containsKeys(ids.toArray(String[]::new));
    return out;
  }
}
