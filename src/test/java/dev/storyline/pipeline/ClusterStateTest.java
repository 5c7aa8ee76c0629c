package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.StoryRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Restoring cluster state from the store when the clusterer evicts old stories during the replay:
 * every story still gets linked, and a second restart keeps the stored storylines.
 */
class ClusterStateTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final int STORIES = 175;

  private final JdbcTemplate jdbc;
  private final ArticleRepository articles;
  private final StoryRepository stories;

  ClusterStateTest() {
    jdbc = dev.storyline.TestDatabases.migratedH2();
    articles = new ArticleRepository(jdbc, Stages.json());
    stories = new StoryRepository(jdbc, Stages.json());
  }

  /** Three articles a story, a story every 2.4 hours: 175 stories over 17.5 days. */
  private void storeStream() {
    Random random = new Random(7);
    for (int i = 0; i < 3 * STORIES; i++) {
      float[] v = new float[384];
      Random story = new Random(i / 3);
      for (int d = 0; d < v.length; d++) {
        v[d] = (float) (story.nextGaussian() + 0.1 * random.nextGaussian());
      }
      Article a =
          new Article(
              "e" + i,
              "Outlet",
              null,
              START.plusSeconds(i * 2880L),
              "Title " + i,
              "Body " + i,
              Map.of());
      articles.insert(a, "https://outlet.example/" + i, "hash" + i, START);
      articles.saveAnalysis(
          new AnalyzedArticle(
              a,
              List.of(),
              List.of(new EntityMention("Name" + i / 3, "name" + i / 3, EntityKind.OTHER, 0, 4)),
              unit(v)));
      articles.assign("e" + i, "st" + i / 3);
    }
  }

  private ClusterState state() {
    return new ClusterState(Stages.storySettings(), Stages.storylineSettings(), articles, stories);
  }

  @Test
  void everyStoryIsLinkedThoughOldOnesWereEvictedDuringTheReplay() {
    storeStream();
    ClusterState state = state();
    Set<String> stale = state.restore();
    assertThat(stale).hasSize(STORIES);

    Map<String, List<String>> lines = state.link(stale, Set.of());

    Set<String> linked = new HashSet<>();
    lines
        .values()
        .forEach(l -> l.forEach(s -> assertThat(linked.add(s)).as("linked once: %s", s).isTrue()));
    assertThat(linked).isEqualTo(stale);
  }

  @Test
  void aRestartKeepsTheStoredStorylinesOfEvictedStories() {
    storeStream();
    ClusterState first = state();
    Map<String, List<String>> lines = first.link(first.restore(), Set.of());
    Map<String, String> lineOf = new HashMap<>();
    lines.forEach(
        (line, ids) -> {
          stories.save(new StoryRepository.StorylineRow(line, "Line", START, START, ids.size()));
          ids.forEach(
              id -> {
                lineOf.put(id, line);
                stories.save(
                    new StoryRepository.StoryRow(
                        id,
                        line,
                        "Story " + id,
                        START,
                        START,
                        3,
                        List.of("Outlet"),
                        0,
                        null,
                        START));
              });
        });

    ClusterState second = state();
    Set<String> stale = second.restore();
    Map<String, List<String>> again = second.link(stale, Set.of());

    again.forEach((line, ids) -> ids.forEach(id -> assertThat(lineOf).containsEntry(id, line)));
    assertThat(again.values().stream().mapToInt(List::size).sum()).isEqualTo(STORIES);
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float f : v) {
      n += f * f;
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) Math.sqrt(n);
    }
    return v;
  }
}
