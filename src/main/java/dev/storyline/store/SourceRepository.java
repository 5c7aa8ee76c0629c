package dev.storyline.store;

import dev.storyline.store.journal.IngestJournal;
import dev.storyline.store.journal.JournalRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Feed sources, their polling state and the entries already handled. A source is claimed before a
 * fetch ({@link #claim}) so that at most one fetch per source runs at a time, across threads and
 * processes. Thread-safe (stateless over JDBC).
 */
public class SourceRepository {
  private final JdbcTemplate jdbc;
  private final IngestJournal journal;

  public SourceRepository(JdbcTemplate jdbc) {
    this(jdbc, IngestJournal.NONE);
  }

  /**
   * A repository that journals sources and handled entries before storing them (the embedded
   * database).
   */
  public SourceRepository(JdbcTemplate jdbc, IngestJournal journal) {
    this.jdbc = jdbc;
    this.journal = journal;
  }

  /** Adds a source due now; returns the existing one when the address is already listed. */
  public Source add(String url, String title, Duration interval, Instant now) {
    Optional<Source> existing = byUrl(url);
    if (existing.isPresent()) {
      return existing.get();
    }
    String hash = sha256(url);
    journal.append(
        new JournalRecord.SourceRow(
            hash.substring(0, 12),
            url,
            hash,
            title == null ? "" : title,
            (int) interval.toSeconds(),
            now.toString()));
    jdbc.update(
        "insert into source (id, url, url_hash, title, interval_seconds, paused, error_count,"
            + " next_fetch_at, stored_count, created_at) values (?,?,?,?,?,false,0,?,0,?) on conflict do nothing",
        hash.substring(0, 12),
        url,
        hash,
        title == null ? "" : title,
        (int) interval.toSeconds(),
        ArticleRepository.utc(now),
        ArticleRepository.utc(now));
    return byUrl(url).orElseThrow();
  }

  public Optional<Source> byUrl(String url) {
    return one("select * from source where url_hash = ?", sha256(url));
  }

  public Optional<Source> find(String id) {
    return one("select * from source where id = ?", id);
  }

  public List<Source> list() {
    return jdbc.query("select * from source order by title, url", (rs, i) -> source(rs));
  }

  /** Unpaused sources due at {@code now}, soonest first. */
  public List<Source> due(Instant now) {
    return jdbc.query(
        "select * from source where paused = false and next_fetch_at <= ? order by next_fetch_at",
        (rs, i) -> source(rs),
        ArticleRepository.utc(now));
  }

  public boolean setPaused(String id, boolean paused, Instant now) {
    return jdbc.update(
            "update source set paused = ?, next_fetch_at = ? where id = ?",
            paused,
            ArticleRepository.utc(now),
            id)
        == 1;
  }

  public boolean remove(String id) {
    journal.append(new JournalRecord.SourceRemoved(id));
    jdbc.update("delete from source_entry where source_id = ?", id);
    return jdbc.update("delete from source where id = ?", id) == 1;
  }

  /** Claims a source for one fetch until {@code until}; false when another fetch holds it. */
  public boolean claim(String id, Instant now, Instant until) {
    return claim(id, now, until, null);
  }

  /**
   * Claims a source for one fetch until {@code until} on behalf of {@code owner} (see {@link
   * #claimHolder}); false when another fetch holds it.
   */
  public boolean claim(String id, Instant now, Instant until, String owner) {
    return jdbc.update(
            "update source set claimed_until = ?, claimed_by = ? where id = ?"
                + " and (claimed_until is null or claimed_until < ?)",
            ArticleRepository.utc(until),
            owner,
            id,
            ArticleRepository.utc(now))
        == 1;
  }

  /** Who holds the source's claim at {@code now}, when someone does and said who. */
  public Optional<String> claimHolder(String id, Instant now) {
    return jdbc
        .query(
            "select claimed_by from source where id = ? and claimed_until >= ?",
            (rs, i) -> rs.getString(1),
            id,
            ArticleRepository.utc(now))
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /**
   * Takes over the claim {@code holder} still has (a process that ended without releasing it);
   * false when the claim changed hands meanwhile.
   */
  public boolean takeOver(String id, String holder, Instant until, String owner) {
    return jdbc.update(
            "update source set claimed_until = ?, claimed_by = ? where id = ? and claimed_by = ?",
            ArticleRepository.utc(until),
            owner,
            id,
            holder)
        == 1;
  }

  /** Records a successful poll and releases the claim. */
  public void succeeded(
      String id,
      String title,
      String siteUrl,
      String etag,
      String lastModified,
      int stored,
      Instant now,
      Instant next) {
    jdbc.update(
        "update source set title = case when title = '' then ? else title end, site_url = coalesce(?, site_url),"
            + " etag = ?, last_modified = ?, last_fetch_at = ?, last_success_at = ?, last_error = null,"
            + " error_count = 0, next_fetch_at = ?, claimed_until = null, claimed_by = null,"
            + " stored_count = stored_count + ? where id = ?",
        title == null ? "" : cut(title, 1000),
        siteUrl == null ? null : cut(siteUrl, 4000),
        etag == null ? null : cut(etag, 1000),
        lastModified == null ? null : cut(lastModified, 200),
        ArticleRepository.utc(now),
        ArticleRepository.utc(now),
        ArticleRepository.utc(next),
        stored,
        id);
  }

  /** Records a failed poll (error in words) and releases the claim. */
  public void failed(String id, String error, Instant now, Instant next) {
    jdbc.update(
        "update source set last_fetch_at = ?, last_error = ?, error_count = error_count + 1,"
            + " next_fetch_at = ?, claimed_until = null, claimed_by = null where id = ?",
        ArticleRepository.utc(now),
        cut(error, 2000),
        ArticleRepository.utc(next),
        id);
  }

  /** True when the source already handled the entry. */
  public boolean seen(String sourceId, String entryKey) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from source_entry where source_id = ? and entry_key = ?",
            Integer.class,
            sourceId,
            entryKey);
    return n != null && n > 0;
  }

  public void markSeen(String sourceId, String entryKey, String articleId, Instant now) {
    journal.append(new JournalRecord.SeenRow(sourceId, entryKey, articleId, now.toString()));
    jdbc.update(
        "insert into source_entry (source_id, entry_key, article_id, seen_at) values (?,?,?,?)"
            + " on conflict do nothing",
        sourceId,
        entryKey,
        articleId,
        ArticleRepository.utc(now));
  }

  private Optional<Source> one(String sql, Object arg) {
    return jdbc.query(sql, (rs, i) -> source(rs), arg).stream().findFirst();
  }

  private static Source source(ResultSet rs) throws SQLException {
    return new Source(
        rs.getString("id"),
        rs.getString("url"),
        rs.getString("title"),
        rs.getString("site_url"),
        Duration.ofSeconds(rs.getInt("interval_seconds")),
        rs.getBoolean("paused"),
        rs.getString("etag"),
        rs.getString("last_modified"),
        instant(rs, "last_fetch_at"),
        instant(rs, "last_success_at"),
        rs.getString("last_error"),
        rs.getInt("error_count"),
        instant(rs, "next_fetch_at"),
        rs.getInt("stored_count"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
