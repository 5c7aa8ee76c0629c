package dev.storyline.store;

import dev.storyline.domain.StoryMaterial;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Figures over the stored stories behind {@link StoryRepository}: corpus-wide coverage quantiles
 * and which story rows are stale. Thread-safe (stateless over JDBC).
 */
final class StoryFigures {

  private final JdbcTemplate jdbc;

  StoryFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Corpus-wide coverage figures from the stored story assignments of articles (up to date even
   * before story rows are written).
   */
  StoryMaterial.Coverage coverage() {
    List<Integer> articles = new ArrayList<>();
    List<Integer> outlets = new ArrayList<>();
    jdbc.query(
        "select count(*), count(distinct coalesce(source, '')) from article"
            + " where story_id is not null group by story_id",
        rs -> {
          articles.add(rs.getInt(1));
          outlets.add(rs.getInt(2));
        });
    return new StoryMaterial.Coverage(
        articles.size(), quantile(articles, 0.5), quantile(outlets, 0.5), quantile(articles, 0.9));
  }

  /**
   * Stories whose stored row is missing, has no brief, or counts a different number of articles
   * than {@code actual} (story id to its number of assigned articles).
   */
  List<String> staleStories(Map<String, Integer> actual) {
    Map<String, Integer> stored = new java.util.HashMap<>();
    jdbc.query(
        "select id, article_count from story where brief is not null",
        rs -> {
          stored.put(rs.getString(1), rs.getInt(2));
        });
    List<String> out = new ArrayList<>();
    actual.forEach(
        (id, n) -> {
          if (!n.equals(stored.get(id))) {
            out.add(id);
          }
        });
    return out;
  }

  static double quantile(List<Integer> values, double q) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Integer> sorted = new ArrayList<>(values);
    sorted.sort(null);
    double pos = q * (sorted.size() - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted.get(lo) + (pos - lo) * (sorted.get(hi) - sorted.get(lo));
  }
}
