package dev.storyline.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code story_link} table behind {@link StoryRepository}: which storyline the clustering
 * writer linked each story to. Thread-safe (stateless over JDBC).
 */
final class StoryLinks {

  private final JdbcTemplate jdbc;

  StoryLinks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Story id to storyline id as the clustering writer linked them ({@code story_link}; a story
   * row's own storyline where no link row exists, as in stores written before links had their
   * table).
   */
  Map<String, String> links(Map<String, String> storylines) {
    Map<String, String> out = storylines;
    out.values().removeIf(v -> v == null);
    jdbc.query(
        "select l.story_id, l.storyline_id from story_link l left join story s on s.id = l.story_id"
            + " order by s.first_published, l.story_id",
        rs -> {
          out.put(rs.getString(1), rs.getString(2));
        });
    return out;
  }

  /** Records (or moves) the storyline of a story; the clustering writer's link. */
  void link(String storyId, String storylineId) {
    if (jdbc.update(
            "update story_link set storyline_id = ? where story_id = ?", storylineId, storyId)
        == 0) {
      jdbc.update(
          "insert into story_link (story_id, storyline_id) values (?, ?) on conflict do nothing",
          storyId,
          storylineId);
    }
  }

  /** The stories linked to a storyline ({@code story_link}), in no particular order. */
  List<String> linkedTo(String storylineId) {
    return jdbc.queryForList(
        "select story_id from story_link where storyline_id = ? order by story_id",
        String.class,
        storylineId);
  }

  /** The storyline a story is linked to, if it is. */
  Optional<String> linkOf(String storyId) {
    return jdbc
        .queryForList(
            "select storyline_id from story_link where story_id = ?", String.class, storyId)
        .stream()
        .findFirst();
  }

  /** Whether the story is linked to that storyline now. */
  boolean linked(String storyId, String storylineId) {
    return !jdbc.queryForList(
            "select story_id from story_link where story_id = ? and storyline_id = ?",
            String.class,
            storyId,
            storylineId)
        .isEmpty();
  }
}
