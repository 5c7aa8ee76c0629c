package dev.storyline.pipeline;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the brief step stores, as text to compare: every story row (headline, slug, span, size,
 * outlets, noise, brief and its basis), every storyline row and every forecast scorecard. Two
 * snapshots are equal when the pages built from them are.
 */
final class StoredBriefs {
  private StoredBriefs() {}

  /** Every stored story row, storyline row and scorecard, by "story ID", "storyline ID", …. */
  static Map<String, String> snapshot(JdbcTemplate jdbc) {
    Map<String, String> out = new TreeMap<>();
    jdbc.query(
        "select id, storyline_id, headline, slug, first_published, last_published, article_count,"
            + " outlets, noise_score, brief, brief_basis from story",
        rs -> {
          StringBuilder row = new StringBuilder();
          for (int c = 2; c <= 11; c++) {
            row.append(rs.getString(c)).append('\n');
          }
          out.put("story " + rs.getString(1), row.toString());
        });
    jdbc.query(
        "select id, title, slug, first_published, last_published, story_count from storyline",
        rs -> {
          out.put(
              "storyline " + rs.getString(1),
              rs.getString(2)
                  + "|"
                  + rs.getString(3)
                  + "|"
                  + rs.getString(4)
                  + "|"
                  + rs.getString(5)
                  + "|"
                  + rs.getInt(6));
        });
    jdbc.query(
        "select storyline_id, checks from forecast_scorecard",
        rs -> {
          out.put("scorecard " + rs.getString(1), rs.getString(2));
        });
    return out;
  }
}
