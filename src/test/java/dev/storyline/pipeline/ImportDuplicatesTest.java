package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.TestDatabases;
import dev.storyline.app.Stages;
import dev.storyline.app.StorylineProperties;
import dev.storyline.ingest.JsonLinesReader;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.SightingRepository;
import dev.storyline.store.StoryRepairRepository;
import dev.storyline.store.StoryRepository;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JSON Lines import de-duplicates as a feed poll does: the same address or text is a sighting of
 * the stored article, and so is a near-duplicate text (here also within one batch); the stage
 * metrics are the feeds' ones. A second import of the same file stores and records nothing new.
 */
class ImportDuplicatesTest {
  private static final String WIRE =
      "Engineers found cracks in the northern dam on Monday and the regional water board ordered"
          + " the reservoir lowered by two metres while divers inspect the concrete wall. Residents"
          + " downstream were told there is no immediate danger, but the board closed the road"
          + " across the crest and asked farmers to move livestock away from the river banks until"
          + " the inspection ends later this week.";
  private static final String BUDGET =
      "The city council passed next year's budget shortly after midnight, with money for two new"
          + " schools, a second bridge over the canal and more buses on the night routes, after the"
          + " opposition withdrew its amendment on parking fees. The mayor said the vote showed the"
          + " council could still agree on the things residents care about most in the city.";

  private final ObjectMapper json = new ObjectMapper();
  private final JdbcTemplate jdbc = TestDatabases.migratedH2();
  private final ArticleRepository articles = new ArticleRepository(jdbc, json);
  private final SightingRepository sightings = new SightingRepository(jdbc);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final PipelineRunner runner =
      new PipelineRunner(
          new JsonLinesReader(json, 1_000_000),
          null,
          Stages.storySettings(),
          Stages.storylineSettings(),
          null,
          null,
          articles,
          new StoryRepository(jdbc, json),
          new StoryRepairRepository(jdbc),
          new ArticleIntake(
              articles,
              sightings,
              meters,
              Clock.systemUTC(),
              StorylineProperties.defaults().ingest().nearDuplicateWindow()),
          meters,
          Clock.systemUTC(),
          Stages.workSettings());

  private String line(String id, String source, String url, String text) {
    ObjectNode n = json.createObjectNode();
    n.put("id", id).put("source", source).put("url", url).put("published", "2026-03-01");
    n.put("title", "Headline " + id.charAt(0)).put("text", text);
    return n.toString();
  }

  private PipelineRunner.ImportReport importLines(List<String> lines) throws Exception {
    PipelineRunner.ImportReport report = new PipelineRunner.ImportReport();
    runner.importStream(
        "test.jsonl",
        new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
        report);
    return report;
  }

  @Test
  void exactAndNearDuplicatesBecomeSightingsOfTheStoredArticle() throws Exception {
    List<String> file =
        List.of(
            line("d1", "Wire", "https://wire.example/dam", WIRE),
            line("d2", "Copy", "https://wire.example/dam?utm_source=x", "Copied. " + WIRE),
            line("d3", "Daily", "https://daily.example/dam", "By a staff reporter. " + WIRE),
            line("b1", "Council", "https://council.example/budget", BUDGET),
            line("b2", "Mirror", "https://mirror.example/budget", "(Updated) " + BUDGET));

    PipelineRunner.ImportReport first = importLines(file);

    assertThat(first.stored()).isEqualTo(2);
    assertThat(first.duplicates()).isEqualTo(3);
    assertThat(first.nearDuplicates()).isEqualTo(2);
    assertThat(jdbc.queryForList("select id from article order by id", String.class))
        .containsExactly("b1", "d1");
    assertThat(sightings.of("d1"))
        .extracting(SightingRepository.Sighting::kind)
        .containsExactlyInAnyOrder("exact", "near");
    assertThat(sightings.of("b1"))
        .singleElement()
        .satisfies(s -> assertThat(s.outlet()).isEqualTo("Mirror"));
    assertThat(
            meters.counter("storyline.stage.items", "stage", "ingest", "outcome", "stored").count())
        .isEqualTo(2);
    assertThat(
            meters
                .counter("storyline.stage.items", "stage", "ingest", "outcome", "near_duplicate")
                .count())
        .isEqualTo(2);

    PipelineRunner.ImportReport again = importLines(file);
    assertThat(again.stored()).isZero();
    assertThat(again.duplicates()).isEqualTo(5);
    assertThat(jdbc.queryForObject("select count(*) from article_sighting", Integer.class))
        .as("importing the same file twice records nothing new")
        .isEqualTo(3);
  }
}
