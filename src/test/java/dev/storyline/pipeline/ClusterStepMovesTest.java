package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryRepairRepository;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.work.Coordination;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A moderator's move through the clustering writer: applied with the repair machinery's split
 * before the repair pass, with the clusterer's evidence kept for the articles it placed, and still
 * apart after the writer rebuilds its state from the store (a restart, or another process taking
 * the role over).
 */
class ClusterStepMovesTest {
  private static final Instant DAY0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final long HOUR = 3600;

  private final JdbcTemplate jdbc = dev.storyline.TestDatabases.migratedH2();
  private final ArticleRepository articles = new ArticleRepository(jdbc, Stages.json());
  private final PageVersions pages = new PageVersions(jdbc);
  private final StoryRepository stories = new StoryRepository(jdbc, Stages.json(), pages);
  private final StoryRepairRepository repairs = new StoryRepairRepository(jdbc, pages, event -> {});
  private final Clock clock = Clock.fixed(DAY0.plusSeconds(40 * HOUR), ZoneOffset.UTC);
  private final ClusterStep step =
      new ClusterStep(
          Stages.storySettings(),
          Stages.storylineSettings(),
          Stages.repairSettings(),
          articles,
          stories,
          repairs,
          Coordination.local(jdbc),
          Stages.workSettings(),
          clock,
          new SimpleMeterRegistry());

  private void store(String id, long hours, float... head) {
    float[] v = new float[384];
    System.arraycopy(head, 0, v, 0, head.length);
    double n = 0;
    for (float f : v) {
      n += f * f;
    }
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (v[i] / Math.sqrt(n));
    }
    Article a =
        new Article(
            id,
            "Outlet " + id,
            null,
            DAY0.plusSeconds(hours * HOUR),
            "Meridian Port and Harbor Union " + id,
            "Body " + id,
            Map.of());
    articles.insert(a, "https://outlet.example/" + id, "hash-" + id, DAY0);
    articles.saveAnalysis(
        new AnalyzedArticle(
            a,
            List.of(),
            List.of(
                new EntityMention("Meridian Port", "meridian port", EntityKind.OTHER, 0, 13),
                new EntityMention("Harbor Union", "harbor union", EntityKind.OTHER, 18, 30)),
            v));
  }

  private String storyOf(String id) {
    return jdbc.queryForObject("select story_id from article where id = ?", String.class, id);
  }

  @Test
  void aMovedArticleLeavesItsStoryAndStaysApartAfterTheStateIsRebuilt() {
    store("a1", 0, 1, 0.10f, 0, 0);
    store("a2", 1, 1, 0.12f, 0.02f, 0);
    store("b1", 30, 1, 0.08f, 0.03f, 0);
    assertThat(step.run(Progress.silent(), true, false)).isTrue();
    String story = storyOf("a1");
    assertThat(List.of(storyOf("a2"), storyOf("b1"))).containsOnly(story);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from article_why where article_id in ('a1', 'a2', 'b1')",
                Integer.class))
        .as("the clusterer's evidence is stored at assignment")
        .isEqualTo(3);

    assertThat(repairs.apart().request("b1", null, clock.instant())).isTrue();
    step.run(Progress.silent(), false, false);
    String own = storyOf("b1");
    assertThat(own).isNotEqualTo(story);
    assertThat(storyOf("a1")).isEqualTo(story);
    assertThat(repairs.apart().pending()).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select kind from article_why where article_id = 'b1'", String.class))
        .isEqualTo("moved");

    step.run(Progress.silent(), false, false);
    assertThat(storyOf("b1")).as("the repair pass does not put it back").isEqualTo(own);

    step.release(); // a restart or a take-over: the next holder rebuilds the state from the store
    step.run(Progress.silent(), false, false);
    assertThat(storyOf("b1")).as("nor after the state is rebuilt").isEqualTo(own);
  }
}
