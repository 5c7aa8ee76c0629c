package dev.storyline.brief.forecast;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.date;
import static dev.storyline.brief.Fixture.org;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.ForecastCheck.Status;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForecastScorecardTest {

  /** January: three forecasts. */
  static final AnalyzedArticle JANUARY =
      article("a1", "Harbor Times", "2026-01-10T08:00:00Z")
          .title("Meridian terminal to reopen")
          .sentence(
              "Harbor officials said the Meridian terminal will reopen in March 2026.",
              date("March 2026", "2026-03-01", DateGranularity.MONTH))
          .sentence("The council is expected to approve the dredging budget.")
          .sentence("Union leaders are set to elect a new president.")
          .build();

  /** April, a later story: the terminal reopened, the budget was rejected, nothing on the union. */
  static final AnalyzedArticle APRIL =
      article("b1", "Coastal Ledger", "2026-04-02T09:00:00Z")
          .title("Terminal back in business")
          .sentence("The Meridian terminal reopened to container ships on Monday.")
          .sentence("The council rejected the dredging budget on Tuesday.")
          .sentence("Union leaders met on Friday.")
          .sentence("Harbor officials will review the dredging budget and the terminal next month.")
          .build();

  static List<StoryThread> storyline() {
    return List.of(new StoryThread("s1", List.of(JANUARY)), new StoryThread("s2", List.of(APRIL)));
  }

  static Brief brief(String storyId, Brief.ForecastItem... items) {
    return new Brief(
        storyId,
        Line.of("Headline", SourceRef.title("a1")),
        List.of(),
        List.of(),
        List.of(),
        new Brief.Explainer(List.of(), List.of()),
        List.of(),
        null,
        new Brief.Forecast(List.of(items), Brief.Forecast.DISCLAIMER),
        List.of(),
        List.of(),
        Map.of(),
        Instant.parse("2026-04-03T00:00:00Z"),
        "extractive");
  }

  static Brief.ForecastItem item(String attribution, AnalyzedArticle a, int sentence) {
    return new Brief.ForecastItem(
        attribution, Line.of(a.sentences().get(sentence).text(), new SourceRef(a.id(), sentence)));
  }

  static List<ForecastCheck> scorecard() {
    return ForecastScorecard.score(
        storyline(),
        List.of(
            brief(
                "s1",
                item("Harbor officials", JANUARY, 0),
                item(null, JANUARY, 1),
                item("", JANUARY, 2)),
            brief("s2")));
  }

  @Test
  void forecastThatCameTrueIsConfirmedByTheLaterSentence() {
    ForecastCheck reopen = scorecard().get(0);
    assertThat(reopen.status()).isEqualTo(Status.CONFIRMED);
    assertThat(reopen.attribution()).isEqualTo("Harbor officials");
    assertThat(reopen.claimSource().url()).isEqualTo(JANUARY.article().url());
    assertThat(reopen.storyId()).isEqualTo("s1");
    // "March 2026" resolved in the sentence: checked at the end of that month
    assertThat(reopen.checkBy()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(reopen.evidence().text()).startsWith("The Meridian terminal reopened");
    assertThat(reopen.evidence().refs()).containsExactly(new SourceRef("b1", 0));
    assertThat(reopen.evidenceSource().outlet()).isEqualTo("Coastal Ledger");
    assertThat(reopen.evidenceStoryId()).isEqualTo("s2");
  }

  @Test
  void forecastThatWasRejectedIsContradicted() {
    ForecastCheck budget = scorecard().get(1);
    assertThat(budget.status()).isEqualTo(Status.CONTRADICTED);
    assertThat(budget.evidence().text())
        .isEqualTo("The council rejected the dredging budget on Tuesday.");
    // no date in the sentence: publication (10 Jan) plus 90 days
    assertThat(budget.checkBy()).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(budget.attribution()).isNull();
  }

  @Test
  void forecastNoLaterSentenceSpeaksToStaysOpen() {
    ForecastCheck union = scorecard().get(2);
    // "Union leaders met on Friday." shares only the actors; the forward-looking review sentence
    // is never evidence.
    assertThat(union.status()).isEqualTo(Status.OPEN);
    assertThat(union.evidence()).isNull();
    assertThat(union.evidenceSource()).isNull();
    assertThat(union.attribution()).isNull();
  }

  @Test
  void earlierStoriesNeverResolveALaterForecastAndDuplicatesAreDropped() {
    Brief.ForecastItem reopen = item("Harbor officials", JANUARY, 0);
    List<ForecastCheck> checks =
        ForecastScorecard.score(
            List.of(new StoryThread("s2", List.of(APRIL)), new StoryThread("s1", List.of(JANUARY))),
            List.of(brief("s2"), brief("s1", reopen, reopen)));
    assertThat(checks).hasSize(1);
    assertThat(checks.get(0).status())
        .as("the April story comes before it here")
        .isEqualTo(Status.OPEN);
  }

  @Test
  void backgroundSpeechAndNameOnlyOverlapAreNotEvidence() {
    // each later sentence is close to the claim but fails one rule: an earlier date, quoted
    // speech, and (a negated report) only the terminal's name in common
    AnalyzedArticle claim =
        article("c1", "Harbor Times", "2026-01-10T08:00:00Z")
            .sentence(
                "Harbor officials said the Meridian terminal will reopen in March 2026.",
                org("Meridian terminal"),
                date("March 2026", "2026-03-01", DateGranularity.MONTH))
            .embedding(1, 0)
            .build();
    AnalyzedArticle later =
        article("d1", "Coastal Ledger", "2026-04-02T09:00:00Z")
            .sentence(
                "In January 2025, the Meridian terminal reopened after a storm.",
                date("January 2025", "2025-01-01", DateGranularity.MONTH))
            .sentence("\"The Meridian terminal reopened in good shape,\" the harbor master said.")
            .sentence(
                "Workers of the Meridian terminal were not paid on Monday.",
                org("Meridian terminal"))
            .embedding(1, 0)
            .build();
    List<ForecastCheck> checks =
        ForecastScorecard.score(
            List.of(new StoryThread("s1", List.of(claim)), new StoryThread("s2", List.of(later))),
            List.of(brief("s1", item(null, claim, 0))));
    assertThat(checks.get(0).status()).isEqualTo(Status.OPEN);
  }

  @Test
  void confirmingSentenceMustCarryThePredictedVerb() {
    assertThat(ClaimWords.predicate("Harbor officials said the terminal will reopen in March."))
        .isEqualTo(ClaimWords.stem("reopened"));
    assertThat(ClaimWords.predicate("Aster models will be built into the suite."))
        .isEqualTo(ClaimWords.stem("build"));
    assertThat(ClaimWords.predicate("Ferry service to the islands will resume."))
        .isEqualTo(ClaimWords.stem("resumed"));
    assertThat(ClaimWords.predicate("The K7 costs $849.")).isNull();
    AnalyzedArticle claim =
        article("c1", "Harbor Times", "2026-01-10T08:00:00Z")
            .sentence("Analysts say Kestrel will sell two million K7 phones in its first year.")
            .build();
    AnalyzedArticle later =
        article("d1", "Harbor Times", "2026-05-01T08:00:00Z")
            .sentence("Kestrel launched the K7 phones in its first week of trading.")
            .build();
    List<ForecastCheck> checks =
        ForecastScorecard.score(
            List.of(new StoryThread("s1", List.of(claim)), new StoryThread("s2", List.of(later))),
            List.of(brief("s1", item(null, claim, 0))));
    assertThat(checks.get(0).status()).isEqualTo(Status.OPEN);
  }

  @Test
  void closeEmbeddingsMatchWhenFewWordsAreShared() {
    // two shared words ("resume", "island") are not enough on their own
    assertThat(ferry(0.9f, 0.436f)).isEqualTo(Status.CONFIRMED);
    assertThat(ferry(0f, 1f)).isEqualTo(Status.OPEN);
  }

  static Status ferry(float x, float y) {
    AnalyzedArticle claim =
        article("c1", "Harbor Times", "2026-01-10T08:00:00Z")
            .sentence("Ferry service to the islands will resume in spring.")
            .embedding(1, 0)
            .build();
    AnalyzedArticle later =
        article("d1", "Harbor Times", "2026-05-01T08:00:00Z")
            .sentence("Boats resumed trips to the islands in April.")
            .embedding(x, y)
            .build();
    List<ForecastCheck> checks =
        ForecastScorecard.score(
            List.of(new StoryThread("s1", List.of(claim)), new StoryThread("s2", List.of(later))),
            List.of(brief("s1", item(null, claim, 0))));
    return checks.get(0).status();
  }
}
