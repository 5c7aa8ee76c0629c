package dev.storyline.discussion;

import dev.storyline.store.PageVersions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Comments and reports in the database. Thread-safe. */
@Repository
class CommentRepository {
  private static final String SELECT =
      "select c.id, c.story_id, c.parent_id, c.author_id, a.display_name, c.body, c.status,"
          + " c.created_at, c.edited_at,"
          + " (select count(*) from comment_report r where r.comment_id = c.id) as reports"
          + " from story_comment c left join account a on a.id = c.author_id ";

  private final JdbcTemplate jdbc;
  private final PageVersions pages;

  CommentRepository(JdbcTemplate jdbc, PageVersions pages) {
    this.jdbc = jdbc;
    this.pages = pages;
  }

  /** The story page that shows comment {@code id} changed. */
  private void touchStoryOf(long id) {
    jdbc.queryForList("select story_id from story_comment where id = ?", String.class, id)
        .forEach(story -> pages.touch(PageVersions.story(story)));
  }

  long insert(String storyId, Long parentId, long authorId, String body, Instant now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "insert into story_comment (story_id, parent_id, author_id, body,"
                      + " status, created_at) values (?, ?, ?, ?, 'VISIBLE', ?)",
                  new String[] {"id"});
          ps.setString(1, storyId);
          ps.setObject(2, parentId);
          ps.setLong(3, authorId);
          ps.setString(4, body);
          ps.setTimestamp(5, Timestamp.from(now));
          return ps;
        },
        keys);
    pages.touch(PageVersions.story(storyId));
    return keys.getKey().longValue();
  }

  Optional<Comment> byId(long id) {
    return jdbc.query(SELECT + "where c.id = ?", CommentRepository::row, id).stream().findFirst();
  }

  /** The story's comments, oldest first. */
  List<Comment> ofStory(String storyId) {
    return jdbc.query(
        SELECT + "where c.story_id = ? order by c.created_at, c.id",
        CommentRepository::row,
        storyId);
  }

  /** Reported visible comments and hidden ones, most reported first. */
  List<Comment> queue(int limit) {
    return jdbc.query(
        SELECT
            + "where c.status = 'HIDDEN' or (c.status = 'VISIBLE' and exists"
            + " (select 1 from comment_report r where r.comment_id = c.id))"
            + " order by reports desc, c.created_at desc limit ?",
        CommentRepository::row,
        limit);
  }

  int countSince(long authorId, Instant since) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from story_comment where author_id = ? and created_at > ?",
            Integer.class,
            authorId,
            Timestamp.from(since));
    return n == null ? 0 : n;
  }

  void edit(long id, String body, Instant now) {
    jdbc.update(
        "update story_comment set body = ?, edited_at = ? where id = ?",
        body,
        Timestamp.from(now),
        id);
    touchStoryOf(id);
  }

  void setStatus(long id, Comment.Status status) {
    jdbc.update("update story_comment set status = ? where id = ?", status.name(), id);
    touchStoryOf(id);
  }

  void markDeleted(long id, Instant now) {
    jdbc.update(
        "update story_comment set status = 'DELETED', body = '', edited_at = ? where id = ?",
        Timestamp.from(now),
        id);
    touchStoryOf(id);
  }

  /** Records a report; false when this reader reported the comment before. */
  boolean report(long commentId, long reporterId, String reason, Instant now) {
    try {
      jdbc.update(
          "insert into comment_report (comment_id, reporter_id, reason, created_at) values (?, ?, ?, ?)",
          commentId,
          reporterId,
          reason,
          Timestamp.from(now));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private static Comment row(ResultSet rs, int i) throws SQLException {
    long parent = rs.getLong("parent_id");
    Long parentId = rs.wasNull() ? null : parent;
    long author = rs.getLong("author_id");
    Long authorId = rs.wasNull() ? null : author;
    Timestamp edited = rs.getTimestamp("edited_at");
    return new Comment(
        rs.getLong("id"),
        rs.getString("story_id"),
        parentId,
        authorId,
        rs.getString("display_name"),
        rs.getString("body"),
        Comment.Status.valueOf(rs.getString("status")),
        rs.getTimestamp("created_at").toInstant(),
        edited == null ? null : edited.toInstant(),
        rs.getInt("reports"));
  }

  /** The comments on story {@code from} now belong to story {@code to} (a repair merged them). */
  void moveStory(String from, String to) {
    jdbc.update("update story_comment set story_id = ? where story_id = ?", to, from);
  }
}
