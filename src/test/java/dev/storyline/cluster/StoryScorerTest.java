package dev.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.DateMention;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryScorerTest {
  private static final Instant T = Instant.parse("2026-04-03T09:00:00Z");
  private static final float[] QUAKE = StoryClustererTest.unit(1, 0.2f, 0, 0);

  /**
   * One-sentence article; every article has the same embedding and time, so only the text differs.
   */
  private static AnalyzedArticle article(
      String id, String title, String sentence, LocalDate day, String... places) {
    List<EntityMention> mentions = new ArrayList<>();
    for (String p : places) {
      int at = sentence.indexOf(p);
      mentions.add(new EntityMention(p, p.toLowerCase(), EntityKind.PLACE, at, at + p.length()));
    }
    int at = sentence.indexOf(" on ");
    List<DateMention> dates =
        List.of(
            new DateMention(
                sentence.substring(at + 1, at + 11), at + 1, at + 11, day, DateGranularity.DAY));
    AnalyzedSentence s =
        new AnalyzedSentence(0, 0, sentence.length(), sentence, mentions, dates, new float[0]);
    Article a = new Article(id, "Outlet", null, T, title, sentence, Map.of());
    return new AnalyzedArticle(a, List.of(s), List.of(), QUAKE);
  }

  @Test
  void theShippedWeightsLoadWithAThresholdBetweenZeroAndOne() {
    StoryScorer scorer = StoryScorer.defaults();
    assertThat(scorer.threshold()).isGreaterThan(0).isLessThan(1);
    assertThat(StoryScorer.featureNames())
        .contains("centroid", "nearest", "numbers_clash", "days_clash");
  }

  @Test
  void sameEarthquakeOutranksAnEarlierEarthquakeInTheSameValley() {
    StoryClusterer c =
        new StoryClusterer(
            new StoryClusterer.Settings(0.5, Duration.ofDays(60), StoryScorer.defaults()));
    c.replay(
        article(
            "march",
            "Magnitude 6.1 earthquake shakes Varn Valley",
            "A magnitude 6.1 earthquake struck Varn Valley on March 3rd, damaging 40 homes in Talby.",
            LocalDate.of(2026, 3, 3),
            "Varn Valley",
            "Talby"),
        "s-march");
    c.replay(
        article(
            "april",
            "Magnitude 5.4 earthquake cuts power near Corlen",
            "A magnitude 5.4 earthquake hit Varn Valley on April 2nd, cutting power to 1200 homes in Corlen.",
            LocalDate.of(2026, 4, 2),
            "Varn Valley",
            "Corlen"),
        "s-april");
    AnalyzedArticle next =
        article(
            "next",
            "Corlen counts the damage after 5.4 earthquake",
            "The 5.4 earthquake in Varn Valley on April 2nd left 1200 homes in Corlen without power.",
            LocalDate.of(2026, 4, 2),
            "Varn Valley",
            "Corlen");

    Map<String, Double> p = new java.util.HashMap<>();
    for (StoryClusterer.Candidate k : c.candidates(next, ArticleEvidence.of(next))) {
      p.put(k.story().id, StoryScorer.defaults().probability(k.features()));
    }
    assertThat(p).containsOnlyKeys("s-march", "s-april");
    assertThat(p.get("s-april")).isGreaterThan(p.get("s-march"));
  }

  @Test
  void aWeightsFileNamingAnUnknownFeatureIsRejected() {
    String json =
        "{\"bias\": 0, \"threshold\": 0.5, \"weights\": {\"centroid\": 1, \"moon_phase\": 2}}";
    assertThatThrownBy(
            () -> StoryScorer.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("moon_phase");
  }
}
