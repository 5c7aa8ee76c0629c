package dev.storyline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.JoinEvidence;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Articles a moderator moved out of their story ({@code article_apart}). The web process records
 * the decision; the process that runs the pipeline applies it with the repair machinery's split at
 * its next pass and keeps the article apart from the story's other articles from then on.
 * Everything lives in the database, so any process may record and any may apply. Thread-safe.
 */
public class ApartRepository {

  /**
   * A move: the article, the story it is in now, and the articles it must stay apart from.
   *
   * @param appliedTo the story it was moved into, or null while pending
   */
  public record Apart(String articleId, String storyId, List<String> apartFrom, String appliedTo) {
    public Apart {
      apartFrom = List.copyOf(apartFrom);
    }
  }

  private final JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();
  private final AnalysisCodec codec = new AnalysisCodec(json);

  public ApartRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records that {@code articleId} must leave its story. Returns false when the article is unknown,
   * has no story, or is already the only article of its story, or the move was already asked for.
   */
  public boolean request(String articleId, Long moderatorId, Instant at) {
    List<String> story =
        jdbc.queryForList(
            "select story_id from article where id = ? and story_id is not null",
            String.class,
            articleId);
    if (story.isEmpty()) {
      return false;
    }
    List<String> others =
        jdbc.queryForList(
            "select id from article where story_id = ? and id <> ? order by published, id",
            String.class,
            story.get(0),
            articleId);
    if (others.isEmpty()) {
      return false;
    }
    try {
      jdbc.update(
          "insert into article_apart (article_id, from_story_id, apart_from, requested_by,"
              + " requested_at) values (?, ?, ?, ?, ?)",
          articleId,
          story.get(0),
          codec.write(others),
          moderatorId,
          Timestamp.from(at));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** Moves waiting to be applied, oldest first, each with the story its article is in now. */
  public List<Apart> pending() {
    return jdbc.query(
        "select p.article_id, a.story_id, p.apart_from from article_apart p"
            + " join article a on a.id = p.article_id"
            + " where p.applied_at is null order by p.requested_at, p.article_id",
        (rs, i) -> new Apart(rs.getString(1), rs.getString(2), ids(rs.getString(3)), null));
  }

  /** Every applied move (to keep the articles apart again after a restart). */
  public List<Apart> applied() {
    return jdbc.query(
        "select article_id, from_story_id, apart_from, new_story_id from article_apart"
            + " where applied_at is not null order by applied_at, article_id",
        (rs, i) ->
            new Apart(rs.getString(1), rs.getString(2), ids(rs.getString(3)), rs.getString(4)));
  }

  /** The move of one article, if one was asked for. */
  public Optional<Apart> of(String articleId) {
    return jdbc
        .query(
            "select article_id, from_story_id, apart_from, new_story_id from article_apart"
                + " where article_id = ?",
            (rs, i) ->
                new Apart(rs.getString(1), rs.getString(2), ids(rs.getString(3)), rs.getString(4)),
            articleId)
        .stream()
        .findFirst();
  }

  /**
   * Marks a move applied (the split is stored) and records why the article is where it is now; a
   * move with nothing to split (the article is alone by then) is marked applied to its own story.
   */
  public void applied(String articleId, String newStoryId, Instant at) {
    jdbc.update(
        "update article_apart set applied_at = ?, new_story_id = ? where article_id = ?",
        Timestamp.from(at),
        newStoryId,
        articleId);
    WhyRows.write(
        jdbc,
        codec,
        articleId,
        newStoryId,
        JoinEvidence.MOVED,
        JoinEvidence.of(
            JoinEvidence.MOVED,
            "A moderator moved it out of the story it had joined: readers reported that it is"
                + " about something else."),
        at);
    jdbc.update(
        "update article_report set status = 'moved' where article_id = ? and status = 'open'",
        articleId);
  }

  private List<String> ids(String stored) {
    return codec.read(stored, new TypeReference<List<String>>() {});
  }
}
