package dev.storyline.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.TestDatabases;
import dev.storyline.store.JdbcStoryQueries;
import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryRepairEvent;
import dev.storyline.store.StoryRepairRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A merge publishes what it did and discussion moves its own rows (comments, follows, visits) of
 * the absorbed story to the survivor, in the merge's transaction: if discussion fails, the merge is
 * not stored either.
 */
class StoryRepairListenerTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private final JdbcTemplate jdbc = TestDatabases.migratedH2();
  private final PageVersions pages = new PageVersions(jdbc);
  private final StoryRepairListener listener =
      new StoryRepairListener(
          new CommentRepository(jdbc, pages),
          new FollowRepository(jdbc, Clock.fixed(NOW, ZoneOffset.UTC)),
          new VisitRepository(jdbc, new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC)),
          new JdbcStoryQueries(jdbc, new ObjectMapper()));

  @Test
  void theAbsorbedStorysCommentsFollowersAndVisitsMoveToTheSurvivor() {
    long ana = account("ana@example.test");
    long bo = account("bo@example.test");
    stories("s-absorbed", "s-survivor");
    comment("s-absorbed", ana, "First.");
    comment("s-survivor", bo, "Second.");
    follow(ana, "s-absorbed");
    follow(bo, "s-absorbed");
    follow(bo, "s-survivor");
    visit(ana, "s-absorbed");
    visit(bo, "s-absorbed");
    visit(bo, "s-survivor");

    repairs(this::deliver).merge("s-absorbed", "s-survivor", NOW);

    assertThat(jdbc.queryForList("select story_id from story_comment", String.class))
        .containsOnly("s-survivor")
        .hasSize(2);
    assertThat(
            jdbc.queryForList(
                "select item_id from follow where kind = 'story' order by account_id",
                String.class))
        .as("one follow each, the reader who followed both keeps one")
        .containsExactly("s-survivor", "s-survivor");
    assertThat(jdbc.queryForList("select story_id from story_visit", String.class))
        .containsExactly("s-survivor", "s-survivor");
  }

  @Test
  void whenDiscussionFailsTheMergeIsNotStoredEither() {
    long ana = account("ana@example.test");
    stories("s-absorbed", "s-survivor");
    comment("s-absorbed", ana, "First.");
    Consumer<StoryRepairEvent> failing =
        e -> {
          deliver(e);
          throw new IllegalStateException("discussion failed");
        };

    assertThatThrownBy(() -> repairs(failing).merge("s-absorbed", "s-survivor", NOW))
        .hasMessage("discussion failed");

    assertThat(jdbc.queryForList("select story_id from article order by id", String.class))
        .containsExactly("s-absorbed", "s-survivor");
    assertThat(jdbc.queryForObject("select count(*) from story_redirect", Integer.class)).isZero();
    assertThat(jdbc.queryForList("select story_id from story_comment", String.class))
        .containsExactly("s-absorbed");
  }

  @Test
  void theStoreAloneLeavesDiscussionsRowsAlone() {
    long ana = account("ana@example.test");
    stories("s-absorbed", "s-survivor");
    comment("s-absorbed", ana, "First.");

    new StoryRepairRepository(jdbc).merge("s-absorbed", "s-survivor", NOW);

    assertThat(jdbc.queryForList("select to_id from story_redirect", String.class))
        .containsExactly("s-survivor");
    assertThat(jdbc.queryForList("select story_id from story_comment", String.class))
        .containsExactly("s-absorbed");
  }

  private void deliver(StoryRepairEvent e) {
    if (e instanceof StoryRepairEvent.Merged m) {
      listener.merged(m);
    } else if (e instanceof StoryRepairEvent.Relinked r) {
      listener.relinked(r);
    }
  }

  private StoryRepairRepository repairs(Consumer<StoryRepairEvent> events) {
    return new StoryRepairRepository(jdbc, pages, events);
  }

  private long account(String email) {
    jdbc.update(
        "insert into account (email, display_name, password_hash, role, created_at)"
            + " values (?, ?, 'x', 'READER', current_timestamp)",
        email,
        email);
    return jdbc.queryForObject("select id from account where email = ?", Long.class, email);
  }

  private void stories(String... ids) {
    for (String id : List.of(ids)) {
      jdbc.update(
          "insert into story (id, headline, slug, first_published, last_published, article_count,"
              + " outlets, noise_score, updated_at) values (?, ?, ?, current_timestamp,"
              + " current_timestamp, 1, '', 0, current_timestamp)",
          id,
          id,
          id);
      jdbc.update(
          "insert into article (id, title, body, text_hash, meta, published, ingested_at,"
              + " story_id) values (?, ?, 'text', ?, '{}', current_timestamp, current_timestamp,"
              + " ?)",
          "a-" + id,
          id,
          "hash-" + id,
          id);
    }
  }

  private void comment(String storyId, long author, String body) {
    jdbc.update(
        "insert into story_comment (story_id, author_id, body, status, created_at)"
            + " values (?, ?, ?, 'VISIBLE', current_timestamp)",
        storyId,
        author,
        body);
  }

  private void follow(long account, String storyId) {
    jdbc.update(
        "insert into follow (account_id, kind, item_id, created_at)"
            + " values (?, 'story', ?, current_timestamp)",
        account,
        storyId);
  }

  private void visit(long account, String storyId) {
    jdbc.update(
        "insert into story_visit (account_id, story_id, visited_at, snapshot)"
            + " values (?, ?, current_timestamp, '{}')",
        account,
        storyId);
  }
}
