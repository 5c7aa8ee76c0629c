package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import dev.storyline.app.Stages;
import dev.storyline.brief.BriefWriter;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.eval.SyntheticSaga;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.StoryRepairRepository;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.work.Coordination;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A store whose pages an earlier version of the writer wrote: after an upgrade (another writer
 * revision) every storyline holding such a page is asked for again and its pages are written by the
 * new writer, though no article changed; the same revision asks for nothing.
 */
class OutdatedBriefsTest {
  private static final Instant START = Instant.parse("2024-01-01T06:00:00Z");
  private static final String LINE = "line-velmar";

  private final JdbcTemplate jdbc = TestDatabases.migratedH2();
  private final ArticleRepository articles = new ArticleRepository(jdbc, Stages.json());
  private final StoryRepository stories = new StoryRepository(jdbc, Stages.json());
  private final StoryRepairRepository repairs = new StoryRepairRepository(jdbc);
  private final Coordination coordination = Coordination.local(jdbc);
  private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  private BriefJobs jobs(BriefWriter writer) {
    BriefStep step = new BriefStep(writer, articles, stories, clock, meters);
    return new BriefJobs(step, stories, repairs, coordination, clock, writer.revision());
  }

  private List<String> bases() {
    return jdbc.queryForList("select brief_basis from story order by id", String.class);
  }

  @Test
  void pagesOfAnEarlierWriterAreWrittenAgainByTheNewOne() {
    SyntheticSaga saga = new SyntheticSaga(5);
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      AnalyzedArticle a = saga.article(k, 0, START.plus(Duration.ofDays(2L * k)));
      articles.insert(a.article(), a.article().url(), "hash-" + a.id(), START);
      articles.saveAnalysis(a);
      articles.assign(a.id(), "s-" + k);
      stories.link("s-" + k, LINE);
      ids.add("s-" + k);
    }
    BriefJobs old = jobs(new ExtractiveBriefWriter().withRevision("aaaaaaaaaaaa"));
    coordination.briefs().request(Map.of(LINE, Set.copyOf(ids)), clock.instant());
    assertThat(old.run(Progress.silent())).isEqualTo(1);
    assertThat(bases()).hasSize(4).allMatch(b -> b.endsWith("@aaaaaaaaaaaa"));
    assertThat(old.requestOutdated()).as("same revision").isZero();
    assertThat(old.run(Progress.silent())).isZero();

    // the upgrade: a new writer, whose pages differ, under a new revision
    BriefWriter upgraded =
        ((BriefWriter) m -> new ExtractiveBriefWriter().write(m)).withRevision("bbbbbbbbbbbb");
    BriefJobs now = jobs(upgraded);
    assertThat(now.requestOutdated()).as("storylines asked for again").isEqualTo(1);
    assertThat(now.run(Progress.silent())).isEqualTo(1);
    assertThat(bases()).hasSize(4).allMatch(b -> b.endsWith("@bbbbbbbbbbbb"));
    assertThat(now.requestOutdated()).isZero();

    // a store written before revisions were stored (bases without one) is asked for too
    jdbc.update("update story set brief_basis = substring(brief_basis, 1, 8)");
    assertThat(now.requestOutdated()).isEqualTo(1);
    // a writer that names no revision asks for nothing
    assertThat(jobs(new ExtractiveBriefWriter()).requestOutdated()).isZero();
  }
}
