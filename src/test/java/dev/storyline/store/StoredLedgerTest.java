package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import dev.storyline.app.Stages;
import dev.storyline.domain.Brief;
import dev.storyline.domain.LedgerSnapshot;
import dev.storyline.domain.LedgerSnapshot.Entry;
import dev.storyline.domain.LedgerSnapshot.Hit;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A storyline's stored forecast ledger is written story by story as it changes and read back whole,
 * only while it holds: at the stamp it was stored with, and not once a writer said briefs are about
 * to change (a writer that stops half-way leaves no ledger that misses its briefs).
 */
class StoredLedgerTest {
  private final JdbcTemplate db = TestDatabases.migratedH2();
  private final StoryRepository stories = new StoryRepository(db, Stages.json());
  private final LedgerRows ledgers = stories.ledgers();
  private final Entry reopen = entry("s1", "The terminal will reopen in March.", 0.8125);
  private final Entry dredge = entry("s2", "The council will approve the dredging.", 0.75);

  StoredLedgerTest() {
    db.update(
        "insert into storyline (id, title, slug, first_published, last_published, story_count)"
            + " values ('l1', 'Velmar harbour', 'velmar-harbour', current_timestamp,"
            + " current_timestamp, 2)");
  }

  private static Entry entry(String story, String text, double similarity) {
    return new Entry(
        story,
        new Brief.ForecastItem("the port authority", Line.of(text, new SourceRef("a1", 0))),
        List.of(new Hit("b1", 0, similarity, false)));
  }

  @Test
  void changesAreWrittenStoryByStoryAndReadBackWhole() {
    ledgers.save("l1", true, Map.of("s1", List.of(reopen)), List.of("a1"));
    stories.stampBriefs("l1", "one", true);
    assertThat(ledgers.read("l1")).isEqualTo(new LedgerSnapshot(List.of("a1"), List.of(reopen)));

    ledgers.save("l1", false, Map.of("s2", List.of(dredge)), List.of("b1"));
    stories.stampBriefs("l1", "two", true);
    assertThat(ledgers.read("l1"))
        .isEqualTo(new LedgerSnapshot(List.of("a1", "b1"), List.of(reopen, dredge)));

    ledgers.save("l1", false, Map.of("s1", List.of()), List.of()); // s1 lost its forecasts
    stories.stampBriefs("l1", "three", true);
    assertThat(ledgers.read("l1"))
        .isEqualTo(new LedgerSnapshot(List.of("a1", "b1"), List.of(dredge)));

    ledgers.save("l1", true, Map.of("s1", List.of(reopen)), List.of("c1")); // stored whole again
    stories.stampBriefs("l1", "four", true);
    assertThat(ledgers.read("l1")).isEqualTo(new LedgerSnapshot(List.of("c1"), List.of(reopen)));
  }

  @Test
  void theLedgerHoldsAtItsStampOnly() {
    assertThat(ledgers.read("l1")).as("never stamped").isNull();
    ledgers.save("l1", true, Map.of("s1", List.of(reopen)), List.of("a1"));
    stories.stampBriefs("l1", "one", true);
    assertThat(ledgers.read("l1")).isNotNull();
    stories.stampBriefs("l1", "two"); // a writer that kept no ledger
    assertThat(ledgers.read("l1")).isNull();
  }

  @Test
  void aWriterThatStopsAfterUnstampingLeavesNoLedger() {
    ledgers.save("l1", true, Map.of("s1", List.of(reopen)), List.of("a1"));
    stories.stampBriefs("l1", "one", true);
    ledgers.unstamp("l1"); // briefs about to change; the writer dies before stamping
    assertThat(stories.briefStamp("l1")).isEqualTo("one");
    assertThat(ledgers.read("l1")).isNull();
  }
}
