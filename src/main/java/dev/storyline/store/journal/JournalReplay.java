package dev.storyline.store.journal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores journaled rows the database does not have, in journal order. Idempotent: a row already
 * there (same key, or for articles the same canonical URL or text fingerprint) is skipped, and rows
 * whose parent is missing (the entry of a source that is gone) are skipped too. Remembers in {@code
 * app_state} how far the journal has been checked, so a normal restart reads only what was appended
 * since; a fresh or recovered database has no such mark and replays everything.
 */
public final class JournalReplay {
  static final String CHECKED = "ingest_journal_checked";
  private final JdbcTemplate jdbc;
  private final Map<String, Integer> restored = new TreeMap<>();
  private int records;

  public JournalReplay(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replays what follows the checkpoint and moves the checkpoint to the journal's end. */
  public Result replay(FileIngestJournal journal) {
    return replay(journal, false);
  }

  /**
   * Replays the journal from its start ({@code all}: after a recovery, when rows before the
   * checkpoint may be missing too) or from the checkpoint, and moves the checkpoint to its end.
   */
  public Result replay(FileIngestJournal journal, boolean all) {
    long from =
        all
            ? 0
            : jdbc
                .queryForList(
                    "select state_value from app_state where state_key = ?", String.class, CHECKED)
                .stream()
                .findFirst()
                .map(Long::parseLong)
                .orElse(0L);
    long end = journal.read(from, this::apply);
    jdbc.update("delete from app_state where state_key = ?", CHECKED);
    jdbc.update(
        "insert into app_state (state_key, state_value) values (?, ?)",
        CHECKED,
        Long.toString(end));
    return new Result(from, end, records, Map.copyOf(restored));
  }

  /**
   * What a replay did.
   *
   * @param from the journal offset it started at (0: everything)
   * @param end the offset after the last intact record
   * @param records records read
   * @param restored rows stored again, by table (tables with none are left out)
   */
  public record Result(long from, long end, int records, Map<String, Integer> restored) {
    public int restored(String table) {
      return restored.getOrDefault(table, 0);
    }
  }

  void apply(JournalRecord record) {
    records++;
    if (record instanceof JournalRecord.ArticleRow a) {
      count(
          "article",
          jdbc.update(
              "insert into article (id, source, url, canonical_url, published, title, body, text_hash, meta,"
                  + " ingested_at) values (?,?,?,?,?,?,?,?,?,?) on conflict do nothing",
              a.id(),
              a.source(),
              a.url(),
              a.canonicalUrl(),
              time(a.published()),
              a.title(),
              a.body(),
              a.textHash(),
              a.meta(),
              time(a.ingestedAt())));
    } else if (record instanceof JournalRecord.SimhashRow h && exists("article", h.articleId())) {
      count(
          "article_simhash",
          jdbc.update(
              "insert into article_simhash (article_id, simhash, published)"
                  + " values (?,?,?) on conflict do nothing",
              h.articleId(),
              h.simhash(),
              time(h.published())));
    } else if (record instanceof JournalRecord.SightingRow s && exists("article", s.articleId())) {
      count(
          "article_sighting",
          jdbc.update(
              "insert into article_sighting (article_id, url_hash, url, outlet,"
                  + " kind, seen_at) values (?,?,?,?,?,?) on conflict do nothing",
              s.articleId(),
              s.urlHash(),
              s.url(),
              s.outlet(),
              s.kind(),
              time(s.seenAt())));
    } else if (record instanceof JournalRecord.SourceRow s) {
      count(
          "source",
          jdbc.update(
              "insert into source (id, url, url_hash, title, interval_seconds, paused, error_count, next_fetch_at,"
                  + " stored_count, created_at) values (?,?,?,?,?,false,0,?,0,?) on conflict do nothing",
              s.id(),
              s.url(),
              s.urlHash(),
              s.title(),
              s.intervalSeconds(),
              time(s.createdAt()),
              time(s.createdAt())));
    } else if (record instanceof JournalRecord.SourceRemoved r) {
      jdbc.update("delete from source_entry where source_id = ?", r.id());
      jdbc.update("delete from source where id = ?", r.id());
    } else if (record instanceof JournalRecord.SeenRow e && exists("source", e.sourceId())) {
      count(
          "source_entry",
          jdbc.update(
              "insert into source_entry (source_id, entry_key, article_id, seen_at)"
                  + " values (?,?,?,?) on conflict do nothing",
              e.sourceId(),
              e.entryKey(),
              e.articleId(),
              time(e.seenAt())));
    }
  }

  private boolean exists(String table, String id) {
    Integer n =
        jdbc.queryForObject("select count(*) from " + table + " where id = ?", Integer.class, id);
    return n != null && n > 0;
  }

  private void count(String table, int n) {
    if (n > 0) {
      restored.merge(table, n, Integer::sum);
    }
  }

  static OffsetDateTime time(String iso) {
    return iso == null ? null : Instant.parse(iso).atOffset(ZoneOffset.UTC);
  }
}
