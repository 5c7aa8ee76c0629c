package dev.storyline.brief.forecast;

import static dev.storyline.brief.forecast.ForecastScorecardTest.APRIL;
import static dev.storyline.brief.forecast.ForecastScorecardTest.JANUARY;
import static dev.storyline.brief.forecast.ForecastScorecardTest.brief;
import static dev.storyline.brief.forecast.ForecastScorecardTest.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.ForecastCheck.Status;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A repair moves articles between stories and changes the stories' order; the ledger follows it
 * without a new pass over the history, and reads what a ledger built from scratch reads.
 */
class ForecastLedgerMovesTest {
  private final Map<String, String> storyOf = new HashMap<>();

  @Test
  void evidenceCountsOnlyFromAStoryAfterTheForecastsAsTheStoriesStandNow() {
    ForecastLedger ledger = new ForecastLedger();
    ledger.order(List.of("s1", "s2"));
    ledger.put(new StoryThread("s1", List.of(JANUARY)), brief("s1", item(null, JANUARY, 0)));
    storyOf.put(JANUARY.id(), "s1");
    storyOf.put(APRIL.id(), "s2");
    ledger.offer(JANUARY);
    ledger.offer(APRIL);
    assertThat(status(ledger)).isEqualTo(Status.CONFIRMED);
    assertThat(ledger.checks(storyOf::get).get(0).evidenceStoryId()).isEqualTo("s2");

    // a repair merges the April story into the January one: same story, no longer evidence
    storyOf.put(APRIL.id(), "s1");
    ledger.order(List.of("s1"));
    assertThat(status(ledger)).isEqualTo(Status.OPEN);
    assertThat(ledger.checks(storyOf::get)).isEqualTo(fromScratch(List.of("s1")));

    // a split moves it out again, to a story that comes after: evidence again, no new offer
    storyOf.put(APRIL.id(), "s3");
    ledger.order(List.of("s1", "s3"));
    assertThat(status(ledger)).isEqualTo(Status.CONFIRMED);
    assertThat(ledger.checks(storyOf::get).get(0).evidenceStoryId()).isEqualTo("s3");
    assertThat(ledger.checks(storyOf::get)).isEqualTo(fromScratch(List.of("s1", "s3")));

    // the April story now sorts before the forecast's story: not later coverage
    ledger.order(List.of("s3", "s1"));
    assertThat(status(ledger)).isEqualTo(Status.OPEN);
    assertThat(ledger.checks(storyOf::get)).isEqualTo(fromScratch(List.of("s3", "s1")));

    // and an article that left the storyline counts for nothing
    storyOf.remove(APRIL.id());
    ledger.order(List.of("s1"));
    assertThat(status(ledger)).isEqualTo(Status.OPEN);
  }

  private Status status(ForecastLedger ledger) {
    List<ForecastCheck> checks = ledger.checks(storyOf::get);
    assertThat(checks).hasSize(1);
    return checks.get(0).status();
  }

  /** The scorecard a ledger built from the stories as they stand computes. */
  private List<ForecastCheck> fromScratch(List<String> order) {
    ForecastLedger fresh = new ForecastLedger();
    fresh.order(order);
    fresh.put(new StoryThread("s1", List.of(JANUARY)), brief("s1", item(null, JANUARY, 0)));
    fresh.offer(JANUARY);
    fresh.offer(APRIL);
    return fresh.checks(storyOf::get);
  }
}
