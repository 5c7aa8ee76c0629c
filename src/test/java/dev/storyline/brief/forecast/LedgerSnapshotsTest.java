package dev.storyline.brief.forecast;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.forecast.ForecastScorecardTest.APRIL;
import static dev.storyline.brief.forecast.ForecastScorecardTest.JANUARY;
import static dev.storyline.brief.forecast.ForecastScorecardTest.brief;
import static dev.storyline.brief.forecast.ForecastScorecardTest.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.ForecastCheck.Status;
import dev.storyline.domain.LedgerSnapshot;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A ledger stored and restored in a new process reads what the ledger it was taken from reads, and
 * goes on finding evidence as that one does; without a pass over the history.
 */
class LedgerSnapshotsTest {
  /** June, a third story: the union elected its president. */
  static final AnalyzedArticle JUNE =
      article("c1", "Harbor Times", "2026-06-05T09:00:00Z")
          .title("Union picks a leader")
          .sentence("Union leaders elected a new president at the harbour hall.")
          .build();

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, String> storyOf =
      new HashMap<>(Map.of(JANUARY.id(), "s1", APRIL.id(), "s2", JUNE.id(), "s3"));
  private final Map<String, StoryThread> threads =
      new HashMap<>(
          Map.of(
              "s1", new StoryThread("s1", List.of(JANUARY)),
              "s2", new StoryThread("s2", List.of(APRIL)),
              "s3", new StoryThread("s3", List.of(JUNE))));
  private final Map<String, AnalyzedArticle> articles =
      new HashMap<>(Map.of(JANUARY.id(), JANUARY, APRIL.id(), APRIL, JUNE.id(), JUNE));

  private ForecastLedger original() {
    ForecastLedger ledger = new ForecastLedger();
    ledger.order(List.of("s1", "s2"));
    ledger.put(
        threads.get("s1"),
        brief("s1", item(null, JANUARY, 0), item(null, JANUARY, 1), item(null, JANUARY, 2)));
    ledger.offer(JANUARY);
    ledger.offer(APRIL);
    return ledger;
  }

  private ForecastLedger stored(ForecastLedger ledger) throws Exception {
    String text = json.writeValueAsString(LedgerSnapshots.of(ledger));
    ForecastLedger restored =
        LedgerSnapshots.restore(
            json.readValue(text, LedgerSnapshot.class), threads::get, articles::get);
    restored.order(List.of("s1", "s2"));
    return restored;
  }

  @Test
  void aRestoredLedgerReadsWhatTheOriginalReadsAndKeepsMatching() throws Exception {
    ForecastLedger original = original();
    List<ForecastCheck> before = original.checks(storyOf::get);
    assertThat(before)
        .extracting(ForecastCheck::status)
        .containsExactly(Status.CONFIRMED, Status.CONTRADICTED, Status.OPEN);

    ForecastLedger restored = stored(original);
    assertThat(restored.checks(storyOf::get)).isEqualTo(before);
    assertThat(restored.offered(APRIL.id())).isTrue();
    assertThat(restored.offered(JUNE.id())).isFalse();

    // both go on: a later story settles the union forecast in each alike
    for (ForecastLedger l : List.of(original, restored)) {
      l.order(List.of("s1", "s2", "s3"));
      l.offer(JUNE);
    }
    List<ForecastCheck> after = original.checks(storyOf::get);
    assertThat(after.get(2).status()).isEqualTo(Status.CONFIRMED);
    assertThat(restored.checks(storyOf::get)).isEqualTo(after);
  }

  @Test
  void theRestoredLedgerFollowsTheStoriesAsTheyStandNow() throws Exception {
    ForecastLedger original = original();
    // the April article left the storyline since: its matches are not brought back
    articles.remove(APRIL.id());
    storyOf.remove(APRIL.id());
    ForecastLedger restored = stored(original);
    assertThat(restored.checks(storyOf::get))
        .extracting(ForecastCheck::status)
        .containsOnly(Status.OPEN);
    assertThat(restored.checks(storyOf::get)).isEqualTo(original.checks(storyOf::get));

    // the forecasts' story is gone: nothing of it is restored
    threads.remove("s1");
    assertThat(stored(original).stories()).isEmpty();
  }

  @Test
  void drainSaysWhatChangedSinceItWasLastCalled() {
    ForecastLedger ledger = original();
    ForecastLedger.Changes first = ledger.drain();
    assertThat(first.stories()).containsExactly("s1");
    assertThat(first.offered()).containsExactly(JANUARY.id(), APRIL.id());
    ledger.offer(APRIL); // offered before, found before: nothing new
    assertThat(ledger.drain()).isEqualTo(new ForecastLedger.Changes(Set.of(), List.of()));
    ledger.offer(JUNE); // a new article; it settles the union forecast of s1
    assertThat(ledger.drain()).isEqualTo(new ForecastLedger.Changes(Set.of("s1"), List.of("c1")));
    ledger.remove("s1");
    assertThat(ledger.drain().stories()).containsExactly("s1");
  }
}
