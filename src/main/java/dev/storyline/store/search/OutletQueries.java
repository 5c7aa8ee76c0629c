package dev.storyline.store.search;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an outlet published here: its recent articles and the stories they went into. Thread-safe.
 */
public final class OutletQueries {

  /** An article of the outlet, with the story it belongs to (or nulls). */
  public record OutletArticle(
      String id,
      String title,
      String url,
      Instant published,
      String storyId,
      String storySlug,
      String storyHeadline) {}

  /** A story the outlet contributed to, with how many of its articles. */
  public record OutletStory(
      String id, String slug, String headline, Instant lastPublished, int articles) {}

  private final JdbcTemplate jdbc;

  public OutletQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The outlet's newest articles. */
  public List<OutletArticle> recentArticles(String outlet, int limit) {
    return jdbc.query(
        "select a.id, a.title, a.url, a.published, s.id as sid, s.slug, s.headline"
            + " from article a left join story s on s.id = a.story_id where a.source = ?"
            + " order by a.published desc, a.id limit ?",
        (rs, i) ->
            new OutletArticle(
                rs.getString("id"),
                rs.getString("title"),
                rs.getString("url"),
                rs.getTimestamp("published").toInstant(),
                rs.getString("sid"),
                rs.getString("slug"),
                rs.getString("headline")),
        outlet,
        limit);
  }

  /** Stories with at least one of the outlet's articles, most recently updated first. */
  public List<OutletStory> stories(String outlet, int limit) {
    return jdbc.query(
        "select s.id, s.slug, s.headline, s.last_published, count(*) as n"
            + " from article a join story s on s.id = a.story_id where a.source = ?"
            + " group by s.id, s.slug, s.headline, s.last_published order by s.last_published desc limit ?",
        (rs, i) ->
            new OutletStory(
                rs.getString("id"),
                rs.getString("slug"),
                rs.getString("headline"),
                rs.getTimestamp("last_published").toInstant(),
                rs.getInt("n")),
        outlet,
        limit);
  }
}
