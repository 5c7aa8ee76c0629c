package dev.storyline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.storyline.domain.JoinEvidence;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of {@code article_why}: why each article is in its story, written when it was placed there.
 * The {@code kind} column follows later moves (a merge, a split, a moderator's move) while the
 * evidence keeps what the clusterer saw when the article joined.
 */
final class WhyRows {
  private WhyRows() {}

  static void write(
      JdbcTemplate jdbc,
      AnalysisCodec codec,
      String articleId,
      String storyId,
      String kind,
      JoinEvidence why,
      Instant at) {
    jdbc.update("delete from article_why where article_id = ?", articleId);
    jdbc.update(
        "insert into article_why (article_id, story_id, kind, evidence, created_at)"
            + " values (?, ?, ?, ?, ?)",
        articleId,
        storyId,
        kind,
        codec.write(why),
        Timestamp.from(at));
  }

  /** The stored why of each article of a story (articles without one are absent). */
  static Map<String, ArticleWhy> ofStory(JdbcTemplate jdbc, AnalysisCodec codec, String storyId) {
    Map<String, ArticleWhy> out = new LinkedHashMap<>();
    jdbc.query(
        "select w.article_id, w.kind, w.evidence from article_why w"
            + " join article a on a.id = w.article_id where a.story_id = ?",
        rs -> {
          out.put(
              rs.getString(1),
              new ArticleWhy(
                  rs.getString(2),
                  codec.read(rs.getString(3), new TypeReference<JoinEvidence>() {})));
        },
        storyId);
    return out;
  }
}
