package dev.storyline.discussion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' daily-digest settings and what each digest already covered, in the database. A reader
 * without a row has not opted in. Thread-safe.
 */
@Repository
public class DigestRepository {
  /** An opted-in reader whose digest is due: changes after {@code coveredUntil} are new to them. */
  record Due(long accountId, String email, String displayName, Instant coveredUntil) {}

  /** A new article of a followed item, with the story it belongs to. */
  record NewArticle(
      String articleId,
      String outlet,
      String title,
      String storyId,
      String storyHeadline,
      String storySlug) {}

  private static final String NEW_ARTICLES =
      "select a.id, a.source, a.title, s.id, s.headline, s.slug"
          + " from article a join story s on a.story_id = s.id where %s = ?"
          + " and a.ingested_at > ? and a.ingested_at <= ? order by a.published, a.id";

  private static final String NEW_IN_TOPIC =
      "select a.id, a.source, a.title, s.id, s.headline, s.slug"
          + " from article a join story s on a.story_id = s.id"
          + " join story_topic t on t.story_id = s.id where t.topic = ? and "
          + dev.storyline.store.TopicRepository.EFFECTIVE
          + " and a.ingested_at > ? and a.ingested_at <= ? order by a.published, a.id";

  private final JdbcTemplate jdbc;

  DigestRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether the reader gets the daily digest. */
  public boolean enabled(long accountId) {
    return jdbc
        .queryForList(
            "select enabled from reader_digest where account_id = ?", Boolean.class, accountId)
        .stream()
        .anyMatch(Boolean.TRUE::equals);
  }

  /**
   * Turns the digest on or off. Turning it on starts from {@code now}: the first digest lists what
   * changed after opting in, not the whole history.
   */
  @Transactional
  public void set(long accountId, boolean on, Instant now) {
    boolean was = enabled(accountId);
    if (was == on) {
      return;
    }
    Timestamp at = Timestamp.from(now);
    int updated =
        on
            ? jdbc.update(
                "update reader_digest set enabled = true, covered_until = ? where account_id = ?",
                at,
                accountId)
            : jdbc.update(
                "update reader_digest set enabled = false where account_id = ?", accountId);
    if (updated == 0 && on) {
      jdbc.update(
          "insert into reader_digest (account_id, enabled, covered_until) values (?, true, ?)",
          accountId,
          at);
    }
  }

  /**
   * Opted-in, not banned readers with a confirmed address whose last digest covered changes only up
   * to before {@code slot} (no daily mail to an address whose owner never confirmed it: someone
   * else may have signed it up).
   */
  List<Due> due(Instant slot) {
    return jdbc.query(
        "select a.id, a.email, a.display_name, d.covered_until from reader_digest d"
            + " join account a on a.id = d.account_id"
            + " where d.enabled and not a.banned and a.email_confirmed and d.covered_until < ?"
            + " order by a.id",
        (rs, i) ->
            new Due(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
        Timestamp.from(slot));
  }

  /**
   * Marks the reader's changes up to {@code now} as covered, only when no one else did since {@code
   * due} was read; returns whether this caller won (and so may send the digest).
   */
  boolean claim(Due due, Instant now) {
    return jdbc.update(
            "update reader_digest set covered_until = ? where account_id = ? and covered_until = ?",
            Timestamp.from(now),
            due.accountId(),
            Timestamp.from(due.coveredUntil()))
        == 1;
  }

  /** Records that a digest mail went to the reader. */
  void sent(long accountId, Instant now) {
    jdbc.update(
        "update reader_digest set last_sent_at = ? where account_id = ?",
        Timestamp.from(now),
        accountId);
  }

  /** When the reader's last digest mail was sent, if ever. */
  public java.util.Optional<Instant> lastSent(long accountId) {
    return jdbc
        .query(
            "select last_sent_at from reader_digest where account_id = ?",
            (rs, i) -> rs.getTimestamp(1),
            accountId)
        .stream()
        .filter(java.util.Objects::nonNull)
        .map(Timestamp::toInstant)
        .findFirst();
  }

  /** Articles stored in ({@code after}, {@code upTo}] in the story. */
  List<NewArticle> newInStory(String storyId, Instant after, Instant upTo) {
    return newArticles("s.id", storyId, after, upTo);
  }

  /** Articles stored in ({@code after}, {@code upTo}] in the storyline's stories. */
  List<NewArticle> newInStoryline(String storylineId, Instant after, Instant upTo) {
    return newArticles("s.storyline_id", storylineId, after, upTo);
  }

  /** Articles stored in ({@code after}, {@code upTo}] in the stories that carry the topic. */
  List<NewArticle> newInTopic(String slug, Instant after, Instant upTo) {
    return query(NEW_IN_TOPIC, slug, after, upTo);
  }

  private List<NewArticle> newArticles(String column, String id, Instant after, Instant upTo) {
    return query(NEW_ARTICLES.formatted(column), id, after, upTo);
  }

  private List<NewArticle> query(String sql, String id, Instant after, Instant upTo) {
    return jdbc.query(
        sql,
        (rs, i) ->
            new NewArticle(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6)),
        id,
        Timestamp.from(after),
        Timestamp.from(upTo));
  }
}
