package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import dev.storyline.app.Stages;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.brief.section.TimelineWriter;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.eval.SyntheticSaga;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.StoryRepository;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A long synthetic saga fed to the brief step article by article, with the disturbances real
 * streams bring (a late article for an old story, a story older than the ones before it, a merge, a
 * split, a restart with nothing kept in memory, two processes serving the storyline in turn): at
 * each checkpoint every stored story row and brief, the storyline row and the forecast scorecard
 * equal what a full rewrite from scratch stores, and an article at the end of the saga rewrites
 * only a few briefs.
 */
class IncrementalBriefsTest {
  private static final Instant START = Instant.parse("2024-01-01T06:00:00Z");
  private static final String LINE = "line-velmar";
  private static final int STORIES = 120;
  private static final StoryMaterial.Coverage COVERAGE = new StoryMaterial.Coverage(50, 3, 2, 9);

  private final JdbcTemplate jdbc = TestDatabases.migratedH2();
  private final ArticleRepository articles = new ArticleRepository(jdbc, Stages.json());
  private final StoryRepository stories =
      new StoryRepository(jdbc, Stages.json()) {
        @Override
        public StoryMaterial.Coverage coverage() {
          return COVERAGE; // corpus figures held still, so a full rewrite sees what each run saw
        }
      };
  private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private final SyntheticSaga saga = new SyntheticSaga(11);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final Map<String, List<String>> members = new LinkedHashMap<>();
  private BriefStep step = newStep();
  private final BriefStep other = newStep(); // a second process on the same database
  private boolean byOther;
  private int stored;

  private BriefStep newStep() {
    return new BriefStep(new ExtractiveBriefWriter(), articles, stories, clock, meters);
  }

  @Test
  void aLongSagaFedArticleByArticleStoresWhatAFullRewriteStores() {
    for (int k = 0; k < STORIES; k++) {
      int n = 1 + k % 3;
      for (int j = 0; j < n; j++) {
        byOther = k >= 70 && k < 80 && j == n - 1; // the other process ends stories 70 to 79
        add(k, j, START.plus(Duration.ofDays(2L * k)).plus(Duration.ofHours(5L * j)));
        if (k == 60 && j == 0) {
          add(20, 9, START.plus(Duration.ofDays(41))); // late: an old story's article
        }
        if (k == 90 && j == 0) {
          add(1000, 0, START.plus(Duration.ofDays(101))); // a story older than its neighbours
        }
      }
      if (k == 40 || k == 80 || k == 105) {
        assertSameAsFullRewrite();
      }
      if (k == 100) {
        step = newStep(); // a restart: nothing kept in memory
      }
      if (k == 110) {
        merge("s-95", "s-96");
        split("s-98");
        long early = written();
        merge("s-5", "s-6"); // a repair far back in the saga
        assertThat(written() - early)
            .as("briefs rewritten for a merge of two early stories of a %d-story saga", k)
            .isBetween(1L, (long) TimelineWriter.MAX_MILESTONES + 2);
      }
    }
    long before = written();
    add(STORIES - 1, 5, START.plus(Duration.ofDays(2L * STORIES)));
    assertThat(written() - before)
        .as("briefs rewritten for one article at the end of a %d-story saga", members.size())
        .isLessThanOrEqualTo(3);
    assertSameAsFullRewrite();
  }

  private void add(int story, int index, Instant published) {
    AnalyzedArticle a = saga.article(story, index, published);
    articles.insert(a.article(), a.article().url(), "hash-" + a.id(), START);
    articles.saveAnalysis(a);
    String storyId = "s-" + story;
    articles.assign(a.id(), storyId);
    stories.link(storyId, LINE);
    members.computeIfAbsent(storyId, k -> new ArrayList<>()).add(a.id());
    stored++;
    BriefStep serving = byOther ? other : step;
    serving.rewrite(lines(), Set.of(storyId), Progress.silent());
  }

  private Map<String, List<String>> lines() {
    return Map.of(LINE, List.copyOf(members.keySet()));
  }

  /** Every article of {@code absorbed} moves to {@code survivor}, as a repair merge does. */
  private void merge(String absorbed, String survivor) {
    jdbc.update("update article set story_id = ? where story_id = ?", survivor, absorbed);
    jdbc.update("delete from story where id = ?", absorbed);
    jdbc.update("delete from story_link where story_id = ?", absorbed);
    members.get(survivor).addAll(members.remove(absorbed));
    step.rewrite(lines(), Set.of(survivor), Progress.silent());
  }

  /** The last article of a story moves to a new story, as a repair split does. */
  private void split(String storyId) {
    List<String> ids = members.get(storyId);
    String moved = ids.remove(ids.size() - 1);
    jdbc.update("update article set story_id = ? where id = ?", storyId + "b", moved);
    stories.link(storyId + "b", LINE);
    members.put(storyId + "b", new ArrayList<>(List.of(moved)));
    step.rewrite(lines(), Set.of(storyId, storyId + "b"), Progress.silent());
  }

  private long written() {
    return (long)
        meters.counter("storyline.stage.items", "stage", "brief", "outcome", "written").count();
  }

  private void assertSameAsFullRewrite() {
    Map<String, String> incremental = snapshot();
    jdbc.update("update story set brief_basis = null");
    newStep().rewrite(lines(), Set.copyOf(members.keySet()), Progress.silent());
    Map<String, String> full = snapshot();
    assertThat(incremental).as("after %d articles", stored).hasSameSizeAs(full);
    full.forEach((key, value) -> assertThat(incremental.get(key)).as(key).isEqualTo(value));
  }

  private Map<String, String> snapshot() {
    return StoredBriefs.snapshot(jdbc);
  }
}
