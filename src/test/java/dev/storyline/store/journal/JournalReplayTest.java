package dev.storyline.store.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Replay stores what is missing, skips what is there, and remembers how far it has read. */
class JournalReplayTest {
  private static final String T = "2026-03-02T08:00:00Z";
  @TempDir Path dir;
  private JdbcTemplate jdbc;

  @BeforeEach
  void database() {
    String url = "jdbc:h2:mem:replay" + System.nanoTime() + dev.storyline.TestDatabases.H2_OPTIONS;
    DriverManagerDataSource ds = new DriverManagerDataSource(url, "sa", "");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(ds);
  }

  private static JournalRecord.ArticleRow article(String id, String hash) {
    return new JournalRecord.ArticleRow(
        id,
        "Outlet",
        "https://o.example/" + id,
        "https://o.example/" + id,
        T,
        "Title " + id,
        "Body of " + id,
        hash,
        "{}",
        T);
  }

  @Test
  void replayStoresMissingRowsOnceAndSkipsDuplicatesAndOrphans() throws Exception {
    try (FileIngestJournal journal = new FileIngestJournal(dir)) {
      journal.append(
          List.of(
              new JournalRecord.SourceRow("s1", "https://f.example/rss", "uh1", "Feed", 1800, T),
              article("a1", "h1"),
              article(
                  "a1-copy", "h1"), // same text as a1: a duplicate, stored once as the import did
              new JournalRecord.SimhashRow("a1", 7L, T),
              new JournalRecord.SeenRow("s1", "e1", "a1", T),
              new JournalRecord.SeenRow("gone", "e2", null, T), // its source is not there: skipped
              new JournalRecord.SightingRow("missing", "x", "https://x.example", "X", "exact", T)));

      JournalReplay.Result first = new JournalReplay(jdbc).replay(journal);
      assertThat(first.restored())
          .containsEntry("article", 1)
          .containsEntry("source", 1)
          .containsEntry("article_simhash", 1)
          .containsEntry("source_entry", 1)
          .doesNotContainKey("article_sighting");
      assertThat(first.records()).isEqualTo(7);

      JournalReplay.Result again = new JournalReplay(jdbc).replay(journal, true);
      assertThat(again.records()).isEqualTo(7);
      assertThat(again.restored()).isEmpty();

      journal.append(article("a2", "h2"));
      JournalReplay.Result next = new JournalReplay(jdbc).replay(journal);
      assertThat(next.from()).isEqualTo(again.end());
      assertThat(next.records()).isEqualTo(1);
      assertThat(next.restored()).containsEntry("article", 1);
    }
    assertThat(jdbc.queryForList("select id from article order by id", String.class))
        .containsExactly("a1", "a2");
  }

  @Test
  void aRemovedSourceStaysRemoved() throws Exception {
    try (FileIngestJournal journal = new FileIngestJournal(dir)) {
      journal.append(
          List.of(
              new JournalRecord.SourceRow("s1", "https://f.example/rss", "uh1", "Feed", 1800, T),
              new JournalRecord.SeenRow("s1", "e1", null, T),
              new JournalRecord.SourceRemoved("s1")));
      new JournalReplay(jdbc).replay(journal);
    }
    assertThat(jdbc.queryForObject("select count(*) from source", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from source_entry", Long.class)).isZero();
  }
}
