package dev.storyline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The topics of stories ({@code story_topic}). A story's topics are those its outlets carry (origin
 * {@code outlet}, set by the operator) when any of its outlets carries one, else those the
 * documented text method found (origin {@code text}). Both are kept, so the text method's agreement
 * with the operator can be measured on stories that have both. Thread-safe.
 */
public class TopicRepository {
  /** Origin of topics that come from the story's outlets. */
  public static final String OUTLET = "outlet";

  /** Origin of topics that come from the text method. */
  public static final String TEXT = "text";

  /**
   * The SQL condition that keeps a {@code story_topic} row aliased {@code t} only if it is one of
   * the story's topics (its outlets' topics, or the text method's where its outlets carry none).
   */
  public static final String EFFECTIVE =
      "(t.origin = 'outlet' or not exists (select 1 from story_topic o"
          + " where o.story_id = t.story_id and o.origin = 'outlet'))";

  /** A topic with how many stories carry it. */
  public record TopicCount(String slug, String name, int stories) {}

  /** A story's operator topics and text-method topics side by side. */
  public record Both(String storyId, Set<String> outlet, Set<String> text) {}

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final TransactionTemplate tx;

  public TopicRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
  }

  /**
   * Replaces a story's topics: those of its outlets (looked up now) and {@code textTopics}. Called
   * when the story's row is written.
   */
  public void writeStory(
      String storyId, Collection<String> outlets, Collection<String> textTopics) {
    Set<String> fromOutlets = new TreeSet<>();
    for (List<String> chunk : ArticleRepository.chunks(new ArrayList<>(outlets))) {
      fromOutlets.addAll(
          jdbc.queryForList(
              "select distinct topic from outlet_topic where outlet in ("
                  + ArticleRepository.marks(chunk)
                  + ")",
              String.class,
              chunk.toArray()));
    }
    tx.executeWithoutResult(
        status -> {
          jdbc.update("delete from story_topic where story_id = ?", storyId);
          fromOutlets.forEach(t -> insert(storyId, t, OUTLET));
          new TreeSet<>(textTopics).forEach(t -> insert(storyId, t, TEXT));
        });
  }

  /** Forgets the topics of a story that no longer exists. */
  public void forget(String storyId) {
    jdbc.update("delete from story_topic where story_id = ?", storyId);
  }

  /**
   * Recomputes every story's outlet topics from the stored outlets of each story (after an operator
   * edit: a rare action, one pass over the story table).
   */
  public void refreshOutletTopics() {
    Map<String, List<String>> byOutlet = new HashMap<>();
    jdbc.query(
        "select outlet, topic from outlet_topic",
        rs -> {
          byOutlet.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
    List<Object[]> rows = new ArrayList<>();
    jdbc.query(
        "select id, outlets from story",
        rs -> {
          Set<String> topics = new TreeSet<>();
          for (String outlet : outlets(rs.getString(2))) {
            topics.addAll(byOutlet.getOrDefault(outlet, List.of()));
          }
          String id = rs.getString(1);
          topics.forEach(t -> rows.add(new Object[] {id, t, OUTLET}));
        });
    tx.executeWithoutResult(
        status -> {
          jdbc.update("delete from story_topic where origin = 'outlet'");
          jdbc.batchUpdate(
              "insert into story_topic (story_id, topic, origin) values (?, ?, ?)", rows);
        });
  }

  /** Every topic of at least one briefed story, by slug, with its number of stories. */
  public List<TopicCount> topics() {
    return jdbc.query(
        "select t.topic, count(*) from story_topic t join story s on s.id = t.story_id"
            + " where s.brief is not null and "
            + EFFECTIVE
            + " group by t.topic order by t.topic",
        (rs, i) -> new TopicCount(rs.getString(1), Topics.name(rs.getString(1)), rs.getInt(2)));
  }

  /** The topics of each of the given stories (stories without any are absent). */
  public Map<String, List<String>> topicsOf(Collection<String> storyIds) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (List<String> chunk : ArticleRepository.chunks(new ArrayList<>(storyIds))) {
      jdbc.query(
          "select t.story_id, t.topic from story_topic t where t.story_id in ("
              + ArticleRepository.marks(chunk)
              + ") and "
              + EFFECTIVE
              + " order by t.story_id, t.topic",
          rs -> {
            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
          },
          chunk.toArray());
    }
    return out;
  }

  /** Stories that carry operator topics, with both their operator and text-method topics. */
  public List<Both> withOutletTopics() {
    Map<String, Both> out = new LinkedHashMap<>();
    jdbc.query(
        "select t.story_id, t.topic, t.origin from story_topic t where t.story_id in"
            + " (select story_id from story_topic where origin = 'outlet') order by t.story_id",
        rs -> {
          Both b =
              out.computeIfAbsent(
                  rs.getString(1), id -> new Both(id, new TreeSet<>(), new TreeSet<>()));
          (OUTLET.equals(rs.getString(3)) ? b.outlet() : b.text()).add(rs.getString(2));
        });
    return List.copyOf(out.values());
  }

  private void insert(String storyId, String topic, String origin) {
    jdbc.update(
        "insert into story_topic (story_id, topic, origin) values (?, ?, ?)",
        storyId,
        topic,
        origin);
  }

  private List<String> outlets(String stored) {
    try {
      return stored == null ? List.of() : json.readValue(stored, new TypeReference<>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return List.of();
    }
  }
}
