package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.TestDatabases;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.ingest.JsonLinesReader;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.SightingRepository;
import dev.storyline.store.StoryRepairRepository;
import dev.storyline.store.StoryRepository;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shipped sample corpus brought in as a feed brings it, a few articles at a time in publication
 * order, through the whole pipeline (real analysis, clustering, repair, linking and the incremental
 * brief step): at checkpoints, and at the end, every stored story row and brief, every storyline
 * row and every forecast scorecard equal what a full rewrite from scratch stores. After each
 * comparison the storylines get back the stamps the pipeline left, so the pipeline goes on from
 * what it keeps in memory (the comparison does not make it read the storylines again).
 */
class IncrementalSampleTest {
  /** Corpus figures held still, so a full rewrite sees what each run saw. */
  private static final StoryMaterial.Coverage COVERAGE = new StoryMaterial.Coverage(50, 3, 2, 9);

  /** Articles per arrival, in turn: a feed brings one, a few, sometimes more. */
  private static final int[] ARRIVALS = {1, 2, 1, 3, 5, 1, 2, 8};

  private static MiniLmEmbedder embedder;

  private final ObjectMapper json = Stages.json();
  private final JdbcTemplate jdbc = TestDatabases.migratedH2();
  private final ArticleRepository articles = new ArticleRepository(jdbc, json);
  private final StoryRepository stories =
      new StoryRepository(jdbc, json) {
        @Override
        public StoryMaterial.Coverage coverage() {
          return COVERAGE;
        }
      };
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private int checks;

  @BeforeAll
  static void loadModel() {
    embedder = MiniLmEmbedder.load(2);
  }

  @AfterAll
  static void closeModel() {
    embedder.close();
  }

  @Test
  void theSampleCorpusFedAFewArticlesAtATimeStoresWhatAFullRewriteStores() throws IOException {
    PipelineRunner runner =
        new PipelineRunner(
            new JsonLinesReader(json, 5_000_000),
            Stages.analyzer(embedder, true),
            Stages.storySettings(),
            Stages.storylineSettings(),
            Stages.repairSettings(),
            new ExtractiveBriefWriter(),
            articles,
            stories,
            new StoryRepairRepository(jdbc),
            new ArticleIntake(
                articles, new SightingRepository(jdbc), meters, clock, Duration.ofDays(14)),
            meters,
            clock,
            Stages.workSettings());
    List<String> corpus = corpus();
    int next = 0;
    int checkpoint = 60;
    for (int turn = 0; next < corpus.size(); turn++) {
      int n = Math.min(ARRIVALS[turn % ARRIVALS.length], corpus.size() - next);
      bring(runner, corpus.subList(next, next + n));
      next += n;
      if (next >= checkpoint) {
        assertSameAsFullRewrite(next);
        checkpoint += 60;
      }
    }
    assertSameAsFullRewrite(next);
    assertThat(checks).isGreaterThanOrEqualTo(4);
    assertThat(jdbc.queryForObject("select count(distinct storyline_id) from story", Integer.class))
        .as("storylines briefed")
        .isGreaterThan(10);
    assertThat(jdbc.queryForObject("select count(*) from forecast_scorecard", Integer.class))
        .as("scorecards")
        .isPositive();
  }

  private void bring(PipelineRunner runner, List<String> lines) throws IOException {
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      runner.importStream("sample", in, new PipelineRunner.ImportReport());
    }
    runner.processUntilSettled(clock.instant(), Progress.silent());
  }

  private void assertSameAsFullRewrite(int brought) {
    checks++;
    Map<String, String> incremental = StoredBriefs.snapshot(jdbc);
    Map<String, String> stamps = new LinkedHashMap<>();
    jdbc.query(
        "select id, brief_stamp from storyline",
        rs -> {
          stamps.put(rs.getString(1), rs.getString(2));
        });
    Map<String, List<String>> lines = new LinkedHashMap<>();
    jdbc.query(
        "select storyline_id, story_id from story_link order by storyline_id, story_id",
        rs -> {
          lines.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
    Set<String> all = Set.copyOf(lines.values().stream().flatMap(List::stream).toList());
    jdbc.update("update story set brief_basis = null");
    new BriefStep(new ExtractiveBriefWriter(), articles, stories, clock, new SimpleMeterRegistry())
        .rewrite(lines, all, Progress.silent());
    Map<String, String> full = StoredBriefs.snapshot(jdbc);
    stamps.forEach(stories::stampBriefs);

    assertThat(incremental.keySet()).as("after %d articles", brought).isEqualTo(full.keySet());
    full.forEach(
        (key, value) ->
            assertThat(incremental.get(key))
                .as("%s after %d articles", key, brought)
                .isEqualTo(value));
  }

  /** The sample corpus's lines, oldest first. */
  private List<String> corpus() throws IOException {
    record Dated(String published, String line) {}
    List<Dated> lines = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/sample/corpus.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          lines.add(new Dated(json.readTree(line).path("published").asText(), line));
        }
      }
    }
    lines.sort(Comparator.comparing(Dated::published));
    return lines.stream().map(Dated::line).toList();
  }
}
