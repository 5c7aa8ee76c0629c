package dev.storyline.store;

import dev.storyline.store.journal.IngestJournal;
import dev.storyline.store.journal.JournalRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where else an article appeared (exact or near duplicates found at other addresses), and the
 * SimHash of every article for near-duplicate search. Thread-safe (stateless over JDBC).
 */
public class SightingRepository {

  /**
   * One other appearance.
   *
   * @param url its address
   * @param outlet the outlet name, or {@code null}
   * @param kind "exact" or "near"
   * @param seenAt when it was seen
   */
  public record Sighting(String url, String outlet, String kind, Instant seenAt) {}

  /** A stored SimHash. */
  public record Hash(String articleId, long simhash) {}

  private final JdbcTemplate jdbc;
  private final IngestJournal journal;
  private final PageVersions pages;

  public SightingRepository(JdbcTemplate jdbc) {
    this(jdbc, IngestJournal.NONE);
  }

  /**
   * A repository that journals sightings and SimHashes before storing them (the embedded database).
   */
  public SightingRepository(JdbcTemplate jdbc, IngestJournal journal) {
    this(jdbc, journal, new PageVersions(jdbc));
  }

  /**
   * A repository that also marks the story page of an article changed when a new appearance of it
   * is recorded ({@link PageVersions}).
   */
  public SightingRepository(JdbcTemplate jdbc, IngestJournal journal, PageVersions pages) {
    this.jdbc = jdbc;
    this.journal = journal;
    this.pages = pages;
  }

  /** Records an appearance; idempotent per article and address. */
  public void add(String articleId, String url, String outlet, String kind, Instant now) {
    String key = url == null ? "outlet:" + outlet : url;
    journal.append(
        new JournalRecord.SightingRow(
            articleId, SourceRepository.sha256(key), url, outlet, kind, now.toString()));
    int added =
        jdbc.update(
            "insert into article_sighting (article_id, url_hash, url, outlet, kind, seen_at)"
                + " values (?,?,?,?,?,?) on conflict do nothing",
            articleId,
            SourceRepository.sha256(key),
            url,
            outlet,
            kind,
            ArticleRepository.utc(now));
    if (added > 0) {
      // The story page and its API list where each source also appeared.
      jdbc.queryForList(
              "select story_id from article where id = ? and story_id is not null",
              String.class,
              articleId)
          .forEach(story -> pages.touch(PageVersions.story(story)));
    }
  }

  public List<Sighting> of(String articleId) {
    return jdbc.query(
        "select * from article_sighting where article_id = ? order by seen_at, url",
        (rs, i) ->
            new Sighting(
                rs.getString("url"),
                rs.getString("outlet"),
                rs.getString("kind"),
                rs.getObject("seen_at", OffsetDateTime.class).toInstant()),
        articleId);
  }

  /** The stored article with this id, canonical URL or text fingerprint, if any. */
  public Optional<String> existing(String id, String canonicalUrl, String textHash) {
    return jdbc
        .queryForList(
            "select id from article where id = ? or canonical_url = ? or text_hash = ?"
                + " fetch first 1 rows only",
            String.class,
            id,
            canonicalUrl,
            textHash)
        .stream()
        .findFirst();
  }

  /** A SimHash to store. */
  public record NewHash(String articleId, long simhash, Instant published) {}

  public void saveHash(String articleId, long simhash, Instant published) {
    saveHashes(List.of(new NewHash(articleId, simhash, published)));
  }

  /** Stores SimHashes, journaled together (one flush to disk for the batch). */
  public void saveHashes(List<NewHash> hashes) {
    if (hashes.isEmpty()) {
      return;
    }
    journal.append(
        hashes.stream()
            .<JournalRecord>map(
                h ->
                    new JournalRecord.SimhashRow(
                        h.articleId(), h.simhash(), h.published().toString()))
            .toList());
    jdbc.batchUpdate(
        "insert into article_simhash (article_id, simhash, published) values (?,?,?) on conflict do nothing",
        hashes.stream()
            .map(
                h ->
                    new Object[] {h.articleId(), h.simhash(), ArticleRepository.utc(h.published())})
            .toList());
  }

  /** SimHashes of articles published since {@code since}. */
  public List<Hash> hashesSince(Instant since) {
    return jdbc.query(
        "select article_id, simhash from article_simhash where published >= ?",
        (rs, i) -> new Hash(rs.getString(1), rs.getLong(2)),
        ArticleRepository.utc(since));
  }
}
