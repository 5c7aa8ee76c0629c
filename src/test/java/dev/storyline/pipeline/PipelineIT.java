package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import dev.storyline.app.StorylineApplication;
import dev.storyline.domain.Brief;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.SourceRef;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.JdbcStoryQueries;
import dev.storyline.store.StoryCard;
import dev.storyline.store.StoryDetail;
import dev.storyline.store.StoryQueries;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole pipeline on a real database with the real models: import, de-duplicate, cluster, brief.
 */
@SpringBootTest(
    classes = StorylineApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "storyline.sample.import-on-start=false",
      TestDatabases.H2_URL + "pipeline-it" + TestDatabases.H2_OPTIONS
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {
  static final Path SMALL = Path.of("src/test/resources/pipeline/small.jsonl");

  @Autowired PipelineRunner runner;
  @Autowired StoryQueries queries;
  @Autowired ArticleRepository articles;
  @Autowired JdbcTemplate jdbc;

  @Test
  @Order(1)
  void importStoresEachArticleOnceAndRejectsBrokenLines() throws Exception {
    PipelineRunner.ImportReport report = runner.importFiles(List.of(SMALL), Progress.silent());
    assertThat(report.stored()).isEqualTo(6);
    assertThat(report.duplicates()).isEqualTo(2);
    assertThat(report.rejected()).singleElement().asString().contains("MALFORMED_JSON");
    assertThat(articles.count()).isEqualTo(6);
  }

  @Test
  @Order(2)
  void articlesOfOneEventShareAStoryAndDifferentEventsDoNot() {
    Map<String, String> storyOf = new HashMap<>();
    jdbc.query(
        "select id, story_id from article",
        rs -> {
          storyOf.put(rs.getString(1), rs.getString(2));
        });
    assertThat(storyOf.values()).doesNotContainNull();
    assertThat(storyOf.get("t-a2")).isEqualTo(storyOf.get("t-a1"));
    assertThat(storyOf.get("t-a3")).isEqualTo(storyOf.get("t-a1"));
    assertThat(storyOf.get("t-b2")).isEqualTo(storyOf.get("t-b1"));
    assertThat(storyOf.get("t-b3")).isEqualTo(storyOf.get("t-b1"));
    assertThat(storyOf.get("t-b1")).isNotEqualTo(storyOf.get("t-a1"));
  }

  @Test
  @Order(3)
  void everyBriefLineCitesASentenceOfItsOwnStory() {
    List<StoryCard> cards = queries.recentStories(10);
    assertThat(cards).hasSize(2);
    for (StoryCard card : cards) {
      StoryDetail detail = queries.story(card.id()).orElseThrow();
      Set<String> members = new HashSet<>(articles.idsOfStory(card.id()));
      Brief brief = detail.brief();
      assertThat(brief.forecast().disclaimer())
          .isEqualTo("Based on current signals. Events may develop differently.");
      JdbcStoryQueries.forEachLine(
          brief,
          line -> {
            for (SourceRef ref : line.refs()) {
              if (brief.timeline().stream().noneMatch(t -> t.line() == line)) {
                assertThat(members).contains(ref.articleId());
              }
              String cited =
                  detail.sentences().get(StoryDetail.key(ref.articleId(), ref.sentence()));
              assertThat(cited).as("cited sentence of %s", line.text()).isNotNull();
              assertThat(normalise(cited))
                  .contains(
                      normalise(line.text())
                          .substring(0, Math.min(20, normalise(line.text()).length())));
            }
          });
    }
  }

  @Test
  @Order(4)
  void importingTheSameFileAgainChangesNothing() throws Exception {
    Integer storiesBefore = jdbc.queryForObject("select count(*) from story", Integer.class);
    PipelineRunner.ImportReport again = runner.importFiles(List.of(SMALL), Progress.silent());
    assertThat(again.stored()).isZero();
    assertThat(again.duplicates()).isEqualTo(8);
    assertThat(articles.count()).isEqualTo(6);
    assertThat(jdbc.queryForObject("select count(*) from story", Integer.class))
        .isEqualTo(storiesBefore);
  }

  @Test
  @Order(5)
  void eachStorylineHasAStoredScorecardOfItsStoriesForecasts() {
    List<StoryCard> cards = queries.recentStories(10);
    Integer rows = jdbc.queryForObject("select count(*) from forecast_scorecard", Integer.class);
    assertThat(rows).isEqualTo((int) cards.stream().map(StoryCard::storylineId).distinct().count());
    for (StoryCard card : cards) {
      StoryDetail detail = queries.story(card.id()).orElseThrow();
      List<ForecastCheck> checks = queries.scorecard(card.storylineId());
      Set<String> forecasts = new HashSet<>();
      detail
          .storyline()
          .stories()
          .forEach(
              s ->
                  queries
                      .story(s.id())
                      .orElseThrow()
                      .brief()
                      .forecast()
                      .items()
                      .forEach(f -> forecasts.add(f.line().text())));
      assertThat(checks)
          .extracting(c -> c.claim().text())
          .containsExactlyInAnyOrderElementsOf(forecasts);
      for (ForecastCheck c : checks) {
        assertThat(c.checkBy())
            .isAfter(c.claimSource().published().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        if (detail.storyline().stories().size() == 1) {
          assertThat(c.status()).as("no later story").isEqualTo(ForecastCheck.Status.OPEN);
        }
      }
    }
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
