package dev.storyline.cluster;

import static dev.storyline.cluster.StoryClustererTest.article;
import static dev.storyline.cluster.StoryClustererTest.unit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.app.Stages;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoryRepairTest {
  private static final Instant DAY0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final long HOUR = 3600;

  private final StoryClusterer clusterer = new StoryClusterer(Stages.storySettings());
  private final StoryRepair repair = new StoryRepair(Stages.repairSettings());

  private StoryRepair.Plan run() {
    return repair.run(clusterer, id -> false);
  }

  private int size(String storyId) {
    return clusterer.profile(storyId).map(StoryProfile::articles).orElse(0);
  }

  @Test
  void twoStoriesOfOneEventMergeIntoTheLargerAndNewArticlesFollow() {
    clusterer.replay(
        article("a1", DAY0, unit(1, 0.10f, 0, 0), "Meridian Port", "Harbor Union"), "sA");
    clusterer.replay(
        article(
            "a2",
            DAY0.plusSeconds(HOUR),
            unit(1, 0.12f, 0.02f, 0),
            "Harbor Union",
            "Meridian Port"),
        "sA");
    clusterer.replay(
        article(
            "b1",
            DAY0.plusSeconds(30 * HOUR),
            unit(1, 0.08f, 0.03f, 0),
            "Meridian Port",
            "Harbor Union"),
        "sB");
    clusterer.replay(
        article("c1", DAY0.plusSeconds(2 * HOUR), unit(0, 0, 1, 0.1f), "Lysaria Cup"), "sC");

    StoryRepair.Plan plan = run();

    assertThat(plan.merges()).containsExactly(new StoryRepair.Merge("sA", "sB"));
    assertThat(plan.splits()).isEmpty();
    assertThat(size("sA")).isEqualTo(3);
    assertThat(clusterer.profile("sB")).isEmpty();
    assertThat(size("sC")).isEqualTo(1);
    var next =
        clusterer.assign(
            article("b2", DAY0.plusSeconds(31 * HOUR), unit(1, 0.08f, 0.035f, 0), "Harbor Union"));
    assertThat(next.storyId()).isEqualTo("sA");
    assertThat(run().isEmpty()).as("nothing left to repair").isTrue();
  }

  /** Three articles of one event: a1 and a2 into {@code a}, b1 into {@code b}. */
  private static void oneEvent(StoryClusterer into, String a, String b) {
    into.replay(article("a1", DAY0, unit(1, 0.10f, 0, 0), "Meridian Port", "Harbor Union"), a);
    into.replay(
        article(
            "a2",
            DAY0.plusSeconds(HOUR),
            unit(1, 0.12f, 0.02f, 0),
            "Harbor Union",
            "Meridian Port"),
        a);
    into.replay(
        article(
            "b1",
            DAY0.plusSeconds(30 * HOUR),
            unit(1, 0.08f, 0.03f, 0),
            "Meridian Port",
            "Harbor Union"),
        b);
  }

  @Test
  void anArticleAModeratorMovedOutIsNeverMergedBackAlsoAfterARebuildThatReadsTheMoveBack() {
    oneEvent(clusterer, "sA", "sA");
    var split =
        StoryRepair.detach(clusterer, "b1", "sA", java.util.List.of("a1", "a2"), id -> false);
    assertThat(split).isPresent();
    String own = split.get().newStoryId();
    assertThat(size("sA")).isEqualTo(2);
    assertThat(size(own)).isEqualTo(1);
    assertThat(run().merges()).as("the repair pass keeps it apart").isEmpty();

    // a clusterer rebuilt from the stored assignments alone would merge it back...
    StoryClusterer forgetful = new StoryClusterer(dev.storyline.app.Stages.storySettings());
    oneEvent(forgetful, "sA", own);
    assertThat(repair.run(forgetful, id -> false).merges()).hasSize(1);
    // ...so the rebuild reads the moves back (ClusterStep) and keeps them apart
    StoryClusterer rebuilt = new StoryClusterer(dev.storyline.app.Stages.storySettings());
    oneEvent(rebuilt, "sA", own);
    rebuilt.keepApart("b1", java.util.List.of("a1", "a2"));
    assertThat(repair.run(rebuilt, id -> false).merges()).isEmpty();
  }

  @Test
  void onEqualSizesTheOlderStorySurvives() {
    clusterer.replay(
        article("late", DAY0.plusSeconds(5 * HOUR), unit(1, 0.1f, 0, 0), "Meridian Port"), "sZ");
    clusterer.replay(article("early", DAY0, unit(1, 0.11f, 0, 0), "Meridian Port"), "sY");
    assertThat(run().merges()).containsExactly(new StoryRepair.Merge("sY", "sZ"));
  }

  @Test
  void aStoryWhosePartnerMergedElsewhereIsMergedByTheNextPass() {
    clusterer.replay(article("m1", DAY0, unit(1, 0.10f, 0, 0), "Meridian Port"), "sM1");
    clusterer.replay(
        article("m2", DAY0.plusSeconds(HOUR), unit(1, 0.11f, 0, 0), "Meridian Port"), "sM2");
    clusterer.replay(
        article("m3", DAY0.plusSeconds(2 * HOUR), unit(1, 0.12f, 0, 0), "Meridian Port"), "sM3");

    assertThat(run().merges()).hasSize(1); // each story takes part in one merge per pass
    StoryRepair.Plan next = run(); // no new article: only the story left waiting is examined again

    assertThat(next.merges()).hasSize(1);
    assertThat(java.util.List.of(size("sM1"), size("sM2"), size("sM3")))
        .as("one story holds all three")
        .containsExactlyInAnyOrder(3, 0, 0);
    assertThat(run().isEmpty()).isTrue();
  }

  private static dev.storyline.domain.AnalyzedArticle report(
      String id, int hours, float[] vector, String... names) {
    return article(id, DAY0.plusSeconds(hours * HOUR), vector, names);
  }

  /** The repair pass with one merge rule only: similarity, or rejoins. */
  private static StoryRepair.Settings only(boolean similarity, boolean rejoins) {
    StoryRepair.Settings d = Stages.repairSettings();
    return new StoryRepair.Settings(
        similarity ? 0.72 : 1.01,
        d.mergeEntities(),
        d.mergeGap(),
        d.splitSimilarity(),
        d.splitEntities(),
        d.splitMinPart(),
        rejoins ? d.rejoinProbability() : 1.01,
        d.rejoinArticles());
  }

  /**
   * One event's reports arriving in order: a1, then x, which names other people and reads
   * differently, so with one report to go by the scorer keeps it apart (x founds a story), then a2
   * and a3, each between the two, a2 joining a1 and a3 joining x.
   */
  private StoryClusterer.Assignment[] reportsOfOneEventInTwoStories(StoryClusterer c) {
    var a1 = c.assign(report("a1", 0, unit(1, 2, 0, 0), "Meridian Port", "Harbor Union"));
    var x = c.assign(report("x", 1, unit(1, 0, 2, 0), "Tomas Reyk", "Osk"));
    var a2 =
        c.assign(report("a2", 2, unit(1, 1, 1, 0), "Meridian Port", "Harbor Union", "Tomas Reyk"));
    var a3 =
        c.assign(report("a3", 3, unit(1, 0.67f, 1.33f, 0), "Meridian Port", "Tomas Reyk", "Osk"));
    var other = c.assign(report("c1", 2, unit(0, 0, 0, 1), "Lysaria Cup"));
    return new StoryClusterer.Assignment[] {a1, x, a2, a3, other};
  }

  @Test
  void aReportThatFoundedAStoryOfItsOwnRejoinsItsEventOnceLaterReportsTieThemTogether() {
    StoryClusterer c = new StoryClusterer(Stages.storySettings());
    var got = reportsOfOneEventInTwoStories(c);
    assertThat(got[1].newStory()).as("x was kept apart when it arrived").isTrue();
    assertThat(got[2].storyId()).isEqualTo(got[0].storyId());
    assertThat(got[3].storyId()).isEqualTo(got[1].storyId());

    StoryRepair.Plan plan = new StoryRepair(Stages.repairSettings()).run(c, id -> false);

    // equal sizes: the older story survives
    assertThat(plan.merges())
        .containsExactly(new StoryRepair.Merge(got[0].storyId(), got[1].storyId()));
    assertThat(c.profile(got[0].storyId()).orElseThrow().articles()).isEqualTo(4);
    assertThat(c.profile(got[4].storyId()).orElseThrow().articles())
        .as("an unrelated story stays as it is")
        .isEqualTo(1);
  }

  /**
   * A story that takes in two articles between passes: the first close to a one-report story, the
   * second (the last it took in) amid 30 other one-report stories, which fill its nearest
   * neighbours. The pass looks for small stories to rejoin near every article the story took in,
   * not near the last one only, so the report near the first rejoins it.
   */
  @Test
  void aSmallStoryNearAnyArticleAStoryTookInIsExaminedForARejoin() {
    StoryClusterer c = new StoryClusterer(Stages.storySettings());
    StoryRepair pass = new StoryRepair(Stages.repairSettings());
    c.replay(report("t1", 0, axes(0, 1f), "Lysaria Cup"), "sT");
    c.replay(report("f1", 2, axes(1, 1f), "Meridian Port", "Harbor Union"), "sF");
    for (int i = 0; i < 30; i++) {
      c.replay(report("n" + i, 1, axes(0, 0.7f, 2 + i, 0.7f), "Name " + i), "sN" + i);
    }
    assertThat(pass.run(c, id -> false).merges())
        .as("before: the report has nothing to rejoin")
        .noneMatch(m -> m.absorbed().equals("sF") || m.survivor().equals("sF"));

    c.replay(
        report("t2", 3, axes(1, 1f, 0, 0.1f), "Meridian Port", "Harbor Union", "Lysaria Cup"),
        "sT");
    c.replay(report("t3", 4, axes(0, 1f), "Lysaria Cup"), "sT");

    assertThat(pass.run(c, id -> false).merges()).contains(new StoryRepair.Merge("sT", "sF"));
  }

  /** A unit vector of 40 dimensions from (axis, weight) pairs. */
  private static float[] axes(Object... pairs) {
    float[] v = new float[40];
    for (int i = 0; i < pairs.length; i += 2) {
      v[(Integer) pairs[i]] = (Float) pairs[i + 1];
    }
    return unit(v);
  }

  /**
   * A pass examines what changed since the last one; a rejoin that it did not examine (here: the
   * last pass ran with rejoins off) waits until a pass over every story held, which {@link
   * RepairScope#everyStory} asks for (the scheduled pass, and the end of an import or poll).
   */
  @Test
  void aPassOverEveryStoryFindsARejoinThatTheChangedStoriesAloneDoNot() {
    StoryClusterer c = new StoryClusterer(Stages.storySettings());
    var got = reportsOfOneEventInTwoStories(c);
    assertThat(new StoryRepair(only(false, false)).run(c, id -> false).isEmpty()).isTrue();
    StoryRepair pass = new StoryRepair(Stages.repairSettings());
    assertThat(pass.run(c, id -> false).isEmpty()).as("nothing changed since").isTrue();

    RepairScope.everyStory(c);

    assertThat(pass.run(c, id -> false).merges())
        .containsExactly(new StoryRepair.Merge(got[0].storyId(), got[1].storyId()));
  }

  @Test
  void withoutRejoinsTheSimilarityRuleAloneLeavesTheTwoApart() {
    StoryClusterer c = new StoryClusterer(Stages.storySettings());
    reportsOfOneEventInTwoStories(c);
    assertThat(new StoryRepair(only(true, false)).run(c, id -> false).merges()).isEmpty();
  }

  @Test
  void storiesLargerThanTheRejoinSizeAreNotExamined() {
    StoryClusterer c = new StoryClusterer(Stages.storySettings());
    reportsOfOneEventInTwoStories(c);
    StoryRepair.Settings d = only(false, true);
    StoryRepair.Settings oneArticle =
        new StoryRepair.Settings(
            d.mergeSimilarity(),
            d.mergeEntities(),
            d.mergeGap(),
            d.splitSimilarity(),
            d.splitEntities(),
            d.splitMinPart(),
            d.rejoinProbability(),
            1);
    assertThat(new StoryRepair(oneArticle).run(c, id -> false).merges()).isEmpty();
  }

  @Test
  void aReportAModeratorMovedOutIsNeverRejoined() {
    StoryClusterer c = new StoryClusterer(Stages.storySettings());
    reportsOfOneEventInTwoStories(c);
    c.keepApart("x", java.util.List.of("a1", "a2"));
    assertThat(new StoryRepair(only(false, true)).run(c, id -> false).merges()).isEmpty();
  }

  /**
   * The similarity rule wants shared names. (Two such reports in stories of their own, as replay
   * can force, would be rejoined: the scorer joins them online too.)
   */
  @Test
  void similarArticlesWithoutSharedNamesStayApart() {
    StoryRepair similarityOnly = new StoryRepair(only(true, false));
    clusterer.replay(article("q1", DAY0, unit(1, 0.1f, 0, 0), "Varn Valley", "Orel Dam"), "sQ1");
    clusterer.replay(
        article(
            "q2",
            DAY0.plusSeconds(20 * HOUR),
            unit(1, 0.1f, 0.01f, 0),
            "Lysaria Coast",
            "Pell Bridge"),
        "sQ2");
    assertThat(similarityOnly.run(clusterer, id -> false).isEmpty()).isTrue();
    assertThat(size("sQ1")).isEqualTo(1);
    assertThat(size("sQ2")).isEqualTo(1);
  }

  @Test
  void theSameNamesDaysApartAreTwoEvents() {
    clusterer.replay(article("r1", DAY0, unit(1, 0.1f, 0, 0), "Harbor Union"), "sR1");
    clusterer.replay(
        article("r2", DAY0.plusSeconds(100 * HOUR), unit(1, 0.1f, 0, 0), "Harbor Union"), "sR2");
    assertThat(run().isEmpty()).isTrue();
  }

  @Test
  void aStoryOfTwoFarApartGroupsSplitsAndTheFoundersGroupKeepsTheId() {
    String id = StableIds.of("s", "x1");
    clusterer.replay(article("y1", DAY0, unit(0, 0, 1, 0.05f), "Lysaria Cup"), id);
    clusterer.replay(
        article("x1", DAY0.plusSeconds(HOUR), unit(1, 0.05f, 0, 0), "Meridian Port"), id);
    clusterer.replay(
        article("y2", DAY0.plusSeconds(2 * HOUR), unit(0, 0.05f, 1, 0), "Lysaria Cup"), id);
    clusterer.replay(
        article("x2", DAY0.plusSeconds(3 * HOUR), unit(1, 0, 0.05f, 0), "Meridian Port"), id);
    clusterer.replay(
        article("y3", DAY0.plusSeconds(4 * HOUR), unit(0, 0, 1, 0.1f), "Lysaria Cup"), id);
    clusterer.replay(
        article("x3", DAY0.plusSeconds(5 * HOUR), unit(1, 0.1f, 0, 0), "Meridian Port"), id);

    StoryRepair.Plan plan = run();

    String newId = StableIds.of("s", "y1");
    assertThat(plan.merges()).isEmpty();
    assertThat(plan.splits())
        .containsExactly(new StoryRepair.Split(id, newId, java.util.List.of("y1", "y2", "y3")));
    assertThat(size(id)).isEqualTo(3);
    assertThat(size(newId)).isEqualTo(3);
    assertThat(
            clusterer
                .assign(
                    article(
                        "y4", DAY0.plusSeconds(6 * HOUR), unit(0, 0.02f, 1, 0.05f), "Lysaria Cup"))
                .storyId())
        .isEqualTo(newId);
  }

  @Test
  void aSplitOffStoryNeverTakesAnIdInUse() {
    String id = StableIds.of("s", "x1");
    for (int i = 1; i <= 3; i++) {
      clusterer.replay(
          article("x" + i, DAY0.plusSeconds(i * HOUR), unit(1, 0.05f * i, 0, 0), "Meridian Port"),
          id);
      clusterer.replay(
          article(
              "y" + i, DAY0.plusSeconds(i * HOUR + 60), unit(0, 0, 1, 0.05f * i), "Lysaria Cup"),
          id);
    }
    String first = StableIds.of("s", "y1");
    StoryRepair.Plan plan = repair.run(clusterer, first::equals);
    assertThat(plan.splits())
        .singleElement()
        .extracting(StoryRepair.Split::newStoryId)
        .isEqualTo(StableIds.of("s", "y1#2"));
  }

  @Test
  void twoAnglesOfOneEventStayOneStory() {
    // groups about 0.7 apart in cosine, sharing their names: one event told two ways
    for (int i = 1; i <= 3; i++) {
      clusterer.replay(
          article(
              "p" + i,
              DAY0.plusSeconds(i * HOUR),
              unit(1, 0.05f * i, 0, 0),
              "Meridian Port",
              "Harbor Union"),
          "sP");
      clusterer.replay(
          article(
              "v" + i,
              DAY0.plusSeconds(i * HOUR + 60),
              unit(1, 1, 0, 0.05f * i),
              "Harbor Union",
              "Meridian Port"),
          "sP");
    }
    assertThat(run().isEmpty()).isTrue();
    assertThat(size("sP")).isEqualTo(6);
  }

  @Test
  void aGroupTooSmallToStandAloneIsNotSplitOff() {
    for (int i = 1; i <= 5; i++) {
      clusterer.replay(
          article("m" + i, DAY0.plusSeconds(i * HOUR), unit(1, 0.03f * i, 0, 0), "Meridian Port"),
          "sM");
    }
    clusterer.replay(
        article("o1", DAY0.plusSeconds(7 * HOUR), unit(0, 0, 1, 0), "Lysaria Cup"), "sM");
    clusterer.replay(
        article("o2", DAY0.plusSeconds(8 * HOUR), unit(0, 0, 1, 0.05f), "Lysaria Cup"), "sM");
    assertThat(run().isEmpty()).isTrue();
    assertThat(size("sM")).isEqualTo(7);
  }

  @Test
  void separationNeedsLowSimilarityAndFewSharedNames() {
    StoryRepair r = new StoryRepair(Stages.repairSettings());
    EntityStats idf = new EntityStats();
    var far =
        java.util.List.of(
            member("a", unit(1, 0, 0), "k1"),
            member("b", unit(1, 0.1f, 0), "k1"),
            member("c", unit(1, 0, 0.1f), "k1"));
    var farOther =
        java.util.List.of(
            member("d", unit(0, 0, 1), "k2"),
            member("e", unit(0, 0.1f, 1), "k2"),
            member("f", unit(0.1f, 0, 1), "k2"));
    var farSameNames =
        java.util.List.of(
            member("g", unit(0, 0, 1), "k1"),
            member("h", unit(0, 0.1f, 1), "k1"),
            member("i", unit(0.1f, 0, 1), "k1"));
    assertThat(r.separate(far, farOther, idf)).isTrue();
    assertThat(r.separate(far, farSameNames, idf)).isFalse();
    assertThat(r.separate(far, far, idf)).isFalse();
  }

  private static Member member(String id, float[] v, String entity) {
    return new Member(id, v, ArticleEvidence.entitiesOnly(java.util.Map.of(entity, 2)), DAY0);
  }
}
