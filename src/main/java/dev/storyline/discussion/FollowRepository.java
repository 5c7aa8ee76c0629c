package dev.storyline.discussion;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who follows which story, storyline or topic. Following a story is subscribing to it. Thread-safe.
 */
@Repository
public class FollowRepository {
  /** The kinds of thing a reader can follow. */
  public enum Kind {
    STORY,
    STORYLINE,
    TOPIC;

    String column() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One followed item. */
  public record Followed(Kind kind, String itemId) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  FollowRepository(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void follow(long accountId, Kind kind, String itemId) {
    try {
      jdbc.update(
          "insert into follow (account_id, kind, item_id, created_at) values (?, ?, ?, ?)",
          accountId,
          kind.column(),
          itemId,
          Timestamp.from(clock.instant()));
    } catch (DuplicateKeyException e) {
      // following twice is following
    }
  }

  public void unfollow(long accountId, Kind kind, String itemId) {
    jdbc.update(
        "delete from follow where account_id = ? and kind = ? and item_id = ?",
        accountId,
        kind.column(),
        itemId);
  }

  public boolean follows(long accountId, Kind kind, String itemId) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from follow where account_id = ? and kind = ? and item_id = ?",
            Integer.class,
            accountId,
            kind.column(),
            itemId);
    return n != null && n > 0;
  }

  /** What the reader follows, newest first. */
  public List<Followed> of(long accountId) {
    return jdbc.query(
        "select kind, item_id from follow where account_id = ? order by created_at desc",
        (rs, i) ->
            new Followed(
                Kind.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)), rs.getString(2)),
        accountId);
  }

  /**
   * Followers of {@code from} follow {@code to} instead (a repair merged the story, or a merge
   * emptied the storyline); a reader who already followed both keeps one follow.
   */
  void move(Kind kind, String from, String to) {
    jdbc.update(
        "delete from follow where kind = ? and item_id = ? and account_id in"
            + " (select account_id from follow where kind = ? and item_id = ?)",
        kind.column(),
        from,
        kind.column(),
        to);
    jdbc.update(
        "update follow set item_id = ? where kind = ? and item_id = ?", to, kind.column(), from);
  }

  /** Followed storylines that a merge emptied (they redirect, see {@code storyline_redirect}). */
  List<String> followedEmptiedStorylines() {
    return jdbc.queryForList(
        "select distinct f.item_id from follow f join storyline_redirect r"
            + " on r.from_id = f.item_id where f.kind = 'storyline'",
        String.class);
  }
}
