package dev.storyline.discussion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Readers' reports that an article is about something else than its story ({@code article_report}),
 * and the moderators' queue of them. Thread-safe.
 */
@Repository
public class ArticleReports {

  /**
   * An article in the queue: reported and not yet handled.
   *
   * @param moving true once a moderator asked to move it out (the pipeline applies it shortly)
   */
  public record Reported(
      String articleId,
      String title,
      String outlet,
      String storyId,
      String storyHeadline,
      int reports,
      Instant first,
      boolean moving) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  ArticleReports(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records a reader's report that the article does not belong in its story. False when the article
   * is not in that story, or the reader reported it already.
   */
  public boolean report(long readerId, String storyId, String articleId) {
    Integer inStory =
        jdbc.queryForObject(
            "select count(*) from article where id = ? and story_id = ?",
            Integer.class,
            articleId,
            storyId);
    if (inStory == null || inStory == 0) {
      return false;
    }
    try {
      jdbc.update(
          "insert into article_report (article_id, story_id, reporter_id, status, created_at)"
              + " values (?, ?, ?, 'open', ?)",
          articleId,
          storyId,
          readerId,
          Timestamp.from(clock.instant()));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** Reported articles not yet handled, most reported first (one query). */
  public List<Reported> queue(int limit) {
    return jdbc.query(
        "select r.article_id, a.title, a.source, a.story_id, s.headline, count(*) as n,"
            + " min(r.created_at) as first,"
            + " max(case when p.article_id is not null then 1 else 0 end) as moving"
            + " from article_report r join article a on a.id = r.article_id"
            + " left join story s on s.id = a.story_id"
            + " left join article_apart p on p.article_id = r.article_id and p.applied_at is null"
            + " where r.status = 'open'"
            + " group by r.article_id, a.title, a.source, a.story_id, s.headline"
            + " order by n desc, first, r.article_id fetch first "
            + Math.max(1, limit)
            + " rows only",
        (rs, i) ->
            new Reported(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getTimestamp(7).toInstant(),
                rs.getInt(8) == 1));
  }

  /** The moderator decided the article belongs where it is. */
  public int dismiss(String articleId) {
    return jdbc.update(
        "update article_report set status = 'dismissed' where article_id = ? and status = 'open'",
        articleId);
  }
}
