package dev.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class StoryClustererTest {
  private static final Instant DAY0 = Instant.parse("2026-03-02T08:00:00Z");

  public static float[] unit(float... v) {
    double n = 0;
    for (float f : v) {
      n += f * f;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / Math.sqrt(n));
    }
    return out;
  }

  public static AnalyzedArticle article(
      String id, Instant published, float[] vector, String... entities) {
    List<EntityMention> mentions = new ArrayList<>();
    for (String e : entities) {
      mentions.add(new EntityMention(e, e.toLowerCase(), EntityKind.OTHER, 0, e.length()));
    }
    Article a =
        new Article(id, "Outlet " + id, null, published, String.join(" ", entities), "", Map.of());
    return new AnalyzedArticle(a, List.of(), mentions, vector);
  }

  @Test
  void sameEventJoinsOneStoryAndAnUnrelatedEventFoundsAnother() {
    StoryClusterer c = new StoryClusterer(Stages.storySettings());
    var first = c.assign(article("a", DAY0, unit(1, 0.1f, 0, 0), "Meridian Port", "Harbor Union"));
    var second =
        c.assign(
            article(
                "b",
                DAY0.plusSeconds(3600),
                unit(1, 0.15f, 0.05f, 0),
                "Harbor Union",
                "Meridian Port"));
    var other = c.assign(article("c", DAY0.plusSeconds(7200), unit(0, 0, 1, 0.1f), "Lysaria Cup"));
    assertThat(first.newStory()).isTrue();
    assertThat(second.newStory()).isFalse();
    assertThat(second.storyId()).isEqualTo(first.storyId());
    assertThat(other.newStory()).isTrue();
    assertThat(other.storyId()).isNotEqualTo(first.storyId());
    assertThat(c.storyCount()).isEqualTo(2);
  }

  @Test
  void aSimilarEventAMonthLaterIsADifferentStory() {
    StoryClusterer c = new StoryClusterer(Stages.storySettings());
    var march = c.assign(article("q1", DAY0, unit(1, 0, 0, 0), "Varn Valley"));
    var april =
        c.assign(article("q2", DAY0.plusSeconds(31L * 86400), unit(1, 0, 0, 0), "Varn Valley"));
    assertThat(april.storyId()).isNotEqualTo(march.storyId());
  }

  @Test
  void idsAreStableAcrossRunsOfTheSameInput() {
    List<AnalyzedArticle> input =
        List.of(
            article("x1", DAY0, unit(1, 0, 0, 0), "A"),
            article("x2", DAY0.plusSeconds(60), unit(0, 1, 0, 0), "B"),
            article("x3", DAY0.plusSeconds(120), unit(1, 0.05f, 0, 0), "A"));
    List<String> run1 = new ArrayList<>();
    List<String> run2 = new ArrayList<>();
    StoryClusterer c1 = new StoryClusterer(Stages.storySettings());
    StoryClusterer c2 = new StoryClusterer(Stages.storySettings());
    input.forEach(a -> run1.add(c1.assign(a).storyId()));
    input.forEach(a -> run2.add(c2.assign(a).storyId()));
    assertThat(run1).isEqualTo(run2);
    assertThat(run1.get(0)).isEqualTo(run1.get(2)).startsWith("s").hasSize(13);
  }

  @Test
  void replayedStateReceivesNewArticlesOfTheSameEvent() {
    StoryClusterer c = new StoryClusterer(Stages.storySettings());
    c.replay(article("r1", DAY0, unit(0, 1, 0, 0), "Tidewater Capital"), "s-restored");
    var next =
        c.assign(article("r2", DAY0.plusSeconds(600), unit(0, 1, 0.02f, 0), "Tidewater Capital"));
    assertThat(next.storyId()).isEqualTo("s-restored");
    assertThat(c.profile("s-restored")).get().extracting(StoryProfile::articles).isEqualTo(2);
  }

  @Test
  void storiesOlderThanTheWindowAreEvictedButALateArticleWithinItStillJoins() {
    StoryClusterer c = new StoryClusterer(Stages.storySettings(), 1);
    List<String> evicted = new ArrayList<>();
    c.onEvict(p -> evicted.add(p.storyId()));
    String old = c.assign(article("o1", DAY0, unit(1, 0, 0, 0), "Varn Valley")).storyId();
    String recent =
        c.assign(
                article("n1", DAY0.plusSeconds(10 * 86400L), unit(0, 1, 0, 0), "Tidewater Capital"))
            .storyId();
    for (int i = 0; i < 3; i++) {
      c.assign(
          article(
              "f" + i,
              DAY0.plusSeconds(13 * 86400L + i * 60),
              unit(0, 0, 1, 0.1f * i),
              "Lysaria Cup"));
    }
    // newest seen is day 13: the day-0 story is past the 4-day window, the day-10 story is not
    assertThat(evicted).containsExactly(old);
    assertThat(c.profile(old)).isEmpty();
    assertThat(c.profile(recent)).isPresent();
    var late =
        c.assign(
            article(
                "n2",
                DAY0.plusSeconds(10 * 86400L + 3600),
                unit(0, 1, 0.02f, 0),
                "Tidewater Capital"));
    assertThat(late.storyId()).isEqualTo(recent);
    assertThat(late.newStory()).isFalse();
  }

  @Test
  void oneArticleDatedFarInTheFutureEvictsNothing() {
    StoryClusterer c = new StoryClusterer(Stages.storySettings(), 1);
    String story = c.assign(article("d1", DAY0, unit(1, 0, 0, 0), "Varn Valley")).storyId();
    c.assign(article("d2", DAY0.plusSeconds(60), unit(0, 1, 0, 0), "Orel Dam"));
    c.assign(
        article("bogus", Instant.parse("2099-01-01T00:00:00Z"), unit(0, 0, 1, 0), "Pell Bridge"));
    var next = c.assign(article("d3", DAY0.plusSeconds(120), unit(1, 0.02f, 0, 0), "Varn Valley"));
    assertThat(next.storyId()).isEqualTo(story);
  }

  @Test
  void replayedStoriesAreEvictedToo() {
    StoryClusterer c = new StoryClusterer(Stages.storySettings(), 1);
    c.replay(article("e1", DAY0, unit(1, 0, 0, 0), "Varn Valley"), "s-old");
    c.replay(article("e2", DAY0.plusSeconds(20 * 86400L), unit(0, 1, 0, 0), "Orel Dam"), "s-new");
    c.replay(
        article("e3", DAY0.plusSeconds(20 * 86400L + 60), unit(0, 1, 0.1f, 0), "Orel Dam"),
        "s-new");
    assertThat(c.profile("s-old")).isEmpty();
    assertThat(c.storyCount()).isEqualTo(1);
  }

  @Test
  void openStoriesCountsEveryStoryInTheWindowNotOnlyTheCandidates() {
    StoryClusterer c = new StoryClusterer(Stages.storySettings());
    c.replay(article("old", DAY0.minusSeconds(10 * 86400L), unit(1, 0, 0, 0), "Varn Valley"), "s0");
    for (int i = 1; i <= 30; i++) {
      c.replay(article("o" + i, DAY0.plusSeconds(60L * i), unit(1, 0.01f * i, 0, 0)), "s" + i);
    }
    AnalyzedArticle next = article("n", DAY0.plusSeconds(3600), unit(1, 0.1f, 0, 0));
    var candidates = c.candidates(next, ArticleEvidence.of(next));
    int open = StoryFeatures.NAMES.indexOf("open_stories");
    assertThat(candidates).hasSize(24);
    assertThat(candidates)
        .allSatisfy(k -> assertThat(k.features()[open]).isCloseTo(Math.log(31), within(1e-9)));
  }
}
