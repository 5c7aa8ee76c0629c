package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storyline.app.Stages;
import dev.storyline.brief.BriefWriter;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StorylineLinker;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Brief;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.JdbcStoryQueries;
import dev.storyline.store.StoryRepairRepository;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.search.SearchIndex;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The storyline linker follows the repair pass within one run: after a merge it no longer counts
 * the absorbed story and holds the survivor's merged content, after a split it holds the smaller
 * story and has linked the split-off one; in each case its state is the one a restart restores from
 * the store, and the store's storyline memberships name only live stories. Articles are invented
 * (two topics on orthogonal embedding axes with disjoint entities), so only repairs move them.
 */
class RepairLinkingTest {
  private static final Instant DAY = Instant.parse("2026-05-09T00:00:00Z");
  private static final Map<String, Integer> TRAM =
      Map.of("varnholt", 0, "ilse brandvik", 0, "eastern tram", 0);
  private static final Map<String, Integer> DROUGHT =
      Map.of("kessel valley", 1, "kessel water board", 1);

  private final JdbcTemplate jdbc;
  private final ArticleRepository articles;
  private final StoryRepository stories;
  private final StoryRepairRepository repairs;
  private final SearchIndex search;
  private final Random noise = new Random(11);
  private int stored;

  RepairLinkingTest() {
    jdbc = dev.storyline.TestDatabases.migratedH2();
    articles = new ArticleRepository(jdbc, Stages.json());
    stories = new StoryRepository(jdbc, Stages.json());
    repairs = new StoryRepairRepository(jdbc);
    search =
        new SearchIndex(jdbc, new JdbcStoryQueries(jdbc, Stages.json()), Duration.ofSeconds(30));
  }

  @Test
  void anAbsorbedStoryThatWasLinkedLeavesTheLinkerAndItsEmptyStoryline() {
    PipelineRunner runner =
        runner(1.01); // nothing joins online: only the repair pass puts articles together
    store("x2", TRAM, DAY.plusSeconds(1800));
    store("y1", DROUGHT, DAY.plusSeconds(3600));
    runner.process(Progress.silent());
    String absorbed = storyOf("x2");
    String absorbedLine = lineOf(absorbed);
    assertThat(absorbedLine).isNotNull().isNotEqualTo(lineOf(storyOf("y1")));
    assertThat(found("x2"))
        .containsExactlyInAnyOrder("story:" + absorbed, "article:x2@" + absorbed);

    store("x1", TRAM, DAY); // older than x2, so its story survives the merge (one article each)
    runner.process(Progress.silent());

    String survivor = storyOf("x1");
    assertThat(storyOf("x2")).isEqualTo(survivor);
    assertThat(repairs.redirect(absorbed)).contains(survivor);
    assertThat(found("x2")).as("search").containsExactly("article:x2@" + survivor);
    assertThat(linkerHolds(runner, absorbedLine))
        .as("the absorbed story's storyline is gone")
        .isFalse();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from storyline where id = ?", Integer.class, absorbedLine))
        .isZero();
    assertLinkerMatchesARestart(runner);
    assertMembershipsAreLive();
  }

  @Test
  void aSurvivorThatWasLinkedTakesInTheArticlesItAbsorbed() {
    PipelineRunner runner = runner(1.01);
    store("x1", TRAM, DAY);
    runner.process(Progress.silent());
    String survivor = storyOf("x1");
    String line = lineOf(survivor);

    store(
        "x2",
        TRAM,
        DAY.plusSeconds(1800)); // founds a story, merged into x1's (the older) by the pass
    runner.process(Progress.silent());

    assertThat(storyOf("x2")).isEqualTo(survivor);
    assertThat(
            jdbc.queryForObject(
                "select article_count from story where id = ?", Integer.class, survivor))
        .isEqualTo(2);
    assertThat(lineOf(survivor)).isEqualTo(line);
    assertLinkerMatchesARestart(runner);
    assertMembershipsAreLive();
  }

  @Test
  void aSplitLeavesTheKeptStoryWithItsOwnContentAndLinksTheSplitOffOne() {
    PipelineRunner runner =
        runner(0.0); // every article joins the story found first: one story drifts
    store("t1", TRAM, DAY);
    store("t2", TRAM, DAY.plusSeconds(600));
    store("t3", TRAM, DAY.plusSeconds(1200));
    store("d1", DROUGHT, DAY.plusSeconds(1800));
    store("d2", DROUGHT, DAY.plusSeconds(2400));
    runner.process(Progress.silent()); // five articles: too few for a split (three a side)
    String drifting = storyOf("t1");
    assertThat(storyOf("d2")).isEqualTo(drifting);
    String line = lineOf(drifting);
    assertThat(found("d1")).containsExactly("article:d1@" + drifting);

    store("d3", DROUGHT, DAY.plusSeconds(3000));
    runner.process(Progress.silent());

    String splitOff = storyOf("d1");
    assertThat(splitOff).isNotEqualTo(drifting);
    assertThat(storyOf("d3")).isEqualTo(splitOff);
    assertThat(storyOf("t3")).isEqualTo(drifting);
    assertThat(lineOf(drifting)).isEqualTo(line);
    assertThat(lineOf(splitOff)).as("the split-off story is linked").isNotNull();
    assertThat(found("d1"))
        .as("search")
        .containsExactlyInAnyOrder("story:" + splitOff, "article:d1@" + splitOff);
    assertThat(found("t1"))
        .as("search")
        .containsExactlyInAnyOrder("story:" + drifting, "article:t1@" + drifting);
    assertThat(
            jdbc.queryForObject(
                "select article_count from story where id = ?", Integer.class, drifting))
        .isEqualTo(3);
    assertLinkerMatchesARestart(runner);
    assertMembershipsAreLive();
  }

  @Test
  void aPassOverEveryStoryIsLeftOutWhenNothingChangedSinceTheLastOne() {
    PipelineRunner runner = runner(1.01);
    store("x1", TRAM, DAY);
    store("y1", DROUGHT, DAY.plusSeconds(3600));
    runner.process(Progress.silent()); // a fresh state's first pass examines every story
    assertThat(runner.clusterState().settled()).isTrue();

    store("x2", TRAM, DAY.plusSeconds(1800));
    runner.process(Progress.silent()); // x2 arrives: the pass examines what changed only
    assertThat(storyOf("x2")).isEqualTo(storyOf("x1"));
    assertThat(runner.clusterState().settled()).isFalse();

    runner.repair(Progress.silent()); // the scheduled pass: over every story this time
    assertThat(runner.clusterState().settled()).isTrue();
    runner.process(Progress.silent()); // nothing new: the quiet pass leaves the state settled,
    assertThat(runner.clusterState().settled()).isTrue();
    runner.processUntilSettled(Progress.silent()); // so its pass over every story is left out
    assertThat(runner.clusterState().settled()).isTrue();
    assertLinkerMatchesARestart(runner);
  }

  /**
   * The live linker holds what a linker restored from the store holds (same lines, counts, topics).
   */
  private void assertLinkerMatchesARestart(PipelineRunner runner) {
    ClusterState restored =
        new ClusterState(settings(1.01), Stages.storylineSettings(), articles, stories);
    assertThat(restored.restore()).as("nothing stale after the run").isEmpty();
    ClusterState live = runner.clusterState();
    assertThat(live.linkerStories()).isEqualTo(restored.linkerStories());
    List<StorylineLinker.LineView> have = sorted(live.linkerLines());
    List<StorylineLinker.LineView> want = sorted(restored.linkerLines());
    assertThat(have)
        .extracting(StorylineLinker.LineView::id)
        .isEqualTo(want.stream().map(l -> l.id()).toList());
    for (int i = 0; i < have.size(); i++) {
      assertThat(have.get(i).stories())
          .as("stories of %s", have.get(i).id())
          .isEqualTo(want.get(i).stories());
      assertThat(have.get(i).entities()).isEqualTo(want.get(i).entities());
      for (int d = 0; d < want.get(i).topic().length; d++) {
        assertThat(have.get(i).topic()[d])
            .as("topic of %s", have.get(i).id())
            .isCloseTo(want.get(i).topic()[d], within(1e-4f));
      }
    }
  }

  /** Every story row is a story of some article, and each storyline counts its own stories. */
  private void assertMembershipsAreLive() {
    assertThat(
            jdbc.queryForObject(
                "select count(*) from story s where not exists"
                    + " (select 1 from article a where a.story_id = s.id)",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from storyline l where story_count <>"
                    + " (select count(*) from story s where s.storyline_id = l.id)",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from storyline l where not exists"
                    + " (select 1 from story s where s.storyline_id = l.id)",
                Integer.class))
        .isZero();
  }

  /** Search hits for a word, as "story:ID" and "article:ID@STORY". */
  private List<String> found(String word) {
    return search.search(word, null, null, null, 20).stream()
        .map(
            h ->
                h.kind().equals("story")
                    ? "story:" + h.id()
                    : "article:" + h.id() + "@" + h.storyId())
        .toList();
  }

  private static List<StorylineLinker.LineView> sorted(List<StorylineLinker.LineView> lines) {
    return lines.stream().sorted(Comparator.comparing(StorylineLinker.LineView::id)).toList();
  }

  private static boolean linkerHolds(PipelineRunner runner, String line) {
    return runner.clusterState().linkerLines().stream().anyMatch(l -> l.id().equals(line));
  }

  private PipelineRunner runner(double threshold) {
    BriefWriter writer = m -> brief(m.storyId(), m.articles().get(0));
    return new PipelineRunner(
        null,
        null,
        settings(threshold),
        Stages.storylineSettings(),
        Stages.repairSettings(),
        writer,
        articles,
        stories,
        repairs,
        null,
        new SimpleMeterRegistry(),
        Clock.systemUTC(),
        Stages.workSettings());
  }

  private static StoryClusterer.Settings settings(double threshold) {
    StoryClusterer.Settings d = Stages.storySettings();
    return new StoryClusterer.Settings(threshold, d.window(), d.scorer());
  }

  /** An article on one topic: its embedding is the topic's axis plus a little noise. */
  private void store(String id, Map<String, Integer> topic, Instant published) {
    int axis = topic.values().iterator().next();
    float[] v = new float[384];
    for (int d = 0; d < v.length; d++) {
      v[d] = (float) (0.01 * noise.nextGaussian());
    }
    v[axis] += 1;
    double n = 0;
    for (float f : v) {
      n += f * f;
    }
    for (int d = 0; d < v.length; d++) {
      v[d] /= (float) Math.sqrt(n);
    }
    List<EntityMention> entities =
        topic.keySet().stream()
            .sorted()
            .map(k -> new EntityMention(k, k, EntityKind.OTHER, 0, k.length()))
            .toList();
    // the title and text are the topic's own words (a title shared by both topics, "Report x1",
    // is a likeness the story scorer reads: the repair pass's rejoin rule asks it)
    String words = String.join(" ", topic.keySet().stream().sorted().toList());
    Article a =
        new Article(id, "Outlet " + id, null, published, words + " " + id, words + ".", Map.of());
    articles.insert(
        a,
        "https://outlet.example/" + id,
        "hash-" + id,
        DAY.plusSeconds(stored++)); // ingested in turn
    articles.saveAnalysis(new AnalyzedArticle(a, List.of(), entities, v));
  }

  private static Brief brief(String storyId, AnalyzedArticle first) {
    return new Brief(
        storyId,
        Line.of(first.article().title(), SourceRef.title(first.id())),
        List.of(),
        List.of(),
        List.of(),
        new Brief.Explainer(List.of(), List.of()),
        List.of(),
        new Brief.Noise(0, "Quiet", 1, 1, 0, "One article.", false),
        new Brief.Forecast(List.of(), Brief.Forecast.DISCLAIMER),
        List.of(),
        List.of(),
        Map.of(),
        DAY,
        "test");
  }

  private String storyOf(String articleId) {
    return jdbc.queryForObject(
        "select story_id from article where id = ?", String.class, articleId);
  }

  private String lineOf(String storyId) {
    return jdbc
        .queryForList("select storyline_id from story where id = ?", String.class, storyId)
        .stream()
        .findFirst()
        .orElse(null);
  }
}
