package dev.storyline.store.work;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Briefs waiting to be written ({@code brief_request}): the clustering writer adds a row per
 * storyline and changed story; a brief writer takes a storyline (under the lock {@link #lockName}),
 * writes its briefs and deletes the rows it read, so rows added meanwhile stay for the next round.
 * Thread-safe (stateless over JDBC).
 */
public final class BriefRequests {
  private final JdbcTemplate jdbc;

  public BriefRequests(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The lock a brief writer holds while it writes a storyline's briefs. */
  public static String lockName(String storylineId) {
    return "brief:" + storylineId;
  }

  /**
   * Asks for the briefs of these storylines: storyline id to the stories that changed in it (an
   * empty set: the storyline changed as a whole, e.g. it lost a story).
   */
  public void request(Map<String, Set<String>> storylines, Instant now) {
    Timestamp at = Timestamp.from(now);
    for (Map.Entry<String, Set<String>> e : storylines.entrySet()) {
      if (e.getValue().isEmpty()) {
        jdbc.update(
            "insert into brief_request (storyline_id, story_id, requested_at) values (?, null, ?)",
            e.getKey(),
            at);
      }
      for (String story : e.getValue()) {
        jdbc.update(
            "insert into brief_request (storyline_id, story_id, requested_at) values (?, ?, ?)",
            e.getKey(),
            story,
            at);
      }
    }
  }

  /**
   * Asks for the briefs of every storyline linked to a story whose brief is stored under another
   * revision of the writer than {@code revision} (the part of its basis after "@", none before
   * revisions were stored); returns how many storylines. Read through {@code story_link}, the links
   * the brief writers serve from, so a story that left a storyline is not asked for under it.
   */
  public int requestOutdated(String revision, Instant now) {
    List<String> lines =
        jdbc.queryForList(
            "select distinct l.storyline_id from story_link l join story s on s.id = l.story_id"
                + " where s.brief is not null and (s.brief_basis is null or s.brief_basis not like ?)",
            String.class,
            "%@" + revision);
    Map<String, Set<String>> whole = new java.util.LinkedHashMap<>();
    lines.forEach(line -> whole.put(line, Set.of()));
    request(whole, now);
    return lines.size();
  }

  /** Storylines with requests, longest waiting first, at most {@code limit}. */
  public List<String> due(int limit) {
    return jdbc.queryForList(
        "select storyline_id from brief_request group by storyline_id order by min(seq)"
            + " fetch first "
            + limit
            + " rows only",
        String.class);
  }

  /** What is asked of one storyline now. */
  public record Pending(long maxSeq, Set<String> stories) {
    public boolean isEmpty() {
      return maxSeq < 0;
    }
  }

  /** The requests of a storyline as they stand: the newest row and the stories named. */
  public Pending pending(String storylineId) {
    long[] max = {-1};
    Set<String> stories = new LinkedHashSet<>();
    jdbc.query(
        "select seq, story_id from brief_request where storyline_id = ? order by seq",
        rs -> {
          max[0] = Math.max(max[0], rs.getLong(1));
          if (rs.getString(2) != null) {
            stories.add(rs.getString(2));
          }
        },
        storylineId);
    return new Pending(max[0], stories);
  }

  /** Deletes the storyline's requests up to {@code maxSeq} (those that were just served). */
  public void done(String storylineId, long maxSeq) {
    jdbc.update(
        "delete from brief_request where storyline_id = ? and seq <= ?", storylineId, maxSeq);
  }

  /** The newest request's number, or 0 when there is none. */
  public long newest() {
    Long n = jdbc.queryForObject("select max(seq) from brief_request", Long.class);
    return n == null ? 0 : n;
  }

  /** How many requests numbered up to {@code seq} are still waiting. */
  public long waitingUpTo(long seq) {
    Long n =
        jdbc.queryForObject("select count(*) from brief_request where seq <= ?", Long.class, seq);
    return n == null ? 0 : n;
  }
}
