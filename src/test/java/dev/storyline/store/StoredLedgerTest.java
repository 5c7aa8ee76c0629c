package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import dev.storyline.app.Stages;
import dev.storyline.domain.Brief;
import dev.storyline.domain.LedgerSnapshot;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A storyline's stored forecast ledger is read back only while it holds: at the stamp it was stored
 * with, and not once a writer said briefs are about to change (a writer that stops half-way leaves
 * no ledger that misses its briefs).
 */
class StoredLedgerTest {
  private final JdbcTemplate db = TestDatabases.migratedH2();
  private final StoryRepository stories = new StoryRepository(db, Stages.json());
  private final LedgerSnapshot ledger =
      new LedgerSnapshot(
          List.of("a1", "b1"),
          List.of(
              new LedgerSnapshot.Entry(
                  "s1",
                  new Brief.ForecastItem(
                      "the port authority",
                      Line.of("The terminal will reopen in March.", new SourceRef("a1", 0))),
                  List.of(new LedgerSnapshot.Hit("b1", 0, 0.8125, false)))));

  StoredLedgerTest() {
    db.update(
        "insert into storyline (id, title, slug, first_published, last_published, story_count)"
            + " values ('l1', 'Velmar harbour', 'velmar-harbour', current_timestamp,"
            + " current_timestamp, 2)");
  }

  @Test
  void theLedgerHoldsAtItsStampOnly() {
    assertThat(stories.ledger("l1")).as("none stored").isNull();
    stories.stampBriefs("l1", "one", ledger, false);
    assertThat(stories.ledger("l1")).isEqualTo(ledger);

    stories.stampBriefs("l1", "two", null, true); // nothing changed in it: still holds
    assertThat(stories.briefStamp("l1")).isEqualTo("two");
    assertThat(stories.ledger("l1")).isEqualTo(ledger);

    stories.stampBriefs("l1", "three"); // a writer that kept no ledger
    assertThat(stories.ledger("l1")).isNull();
  }

  @Test
  void aWriterThatStopsAfterUnstampingLeavesNoLedger() {
    stories.stampBriefs("l1", "one", ledger, false);
    stories.unstampLedger("l1"); // briefs about to change; the writer dies before stamping
    assertThat(stories.briefStamp("l1")).isEqualTo("one");
    assertThat(stories.ledger("l1")).isNull();
  }
}
