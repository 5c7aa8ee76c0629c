package dev.storyline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.Brief;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.StoryMaterial;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stored stories, storylines and briefs. Thread-safe (stateless over JDBC). */
public class StoryRepository {

  /**
   * A story as the pipeline writes it.
   *
   * @param basis a fingerprint of the storyline material its brief was written from, or {@code
   *     null}
   */
  public record StoryRow(
      String id,
      String storylineId,
      String headline,
      Instant first,
      Instant last,
      int articleCount,
      List<String> outlets,
      int noiseScore,
      Brief brief,
      Instant updatedAt,
      String basis,
      List<String> textTopics) {

    /** A row without a brief basis nor text-method topics. */
    public StoryRow(
        String id,
        String storylineId,
        String headline,
        Instant first,
        Instant last,
        int articleCount,
        List<String> outlets,
        int noiseScore,
        Brief brief,
        Instant updatedAt) {
      this(
          id,
          storylineId,
          headline,
          first,
          last,
          articleCount,
          outlets,
          noiseScore,
          brief,
          updatedAt,
          null,
          List.of());
    }
  }

  /**
   * A stored story's brief as the brief step needs it.
   *
   * @param headline the story's headline
   * @param basis the fingerprint of the material its brief was written from, or {@code null}
   * @param brief the brief, or {@code null} when none was written
   */
  public record StoredBrief(String headline, String basis, Brief brief) {}

  /** A storyline as the pipeline writes it. */
  public record StorylineRow(
      String id, String title, Instant first, Instant last, int storyCount) {}

  private final JdbcTemplate jdbc;
  private final AnalysisCodec codec;
  private final PageVersions pages;
  private final TopicRepository topics;

  public StoryRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this(jdbc, json, new PageVersions(jdbc));
  }

  /** A repository that also marks the pages each write changes ({@link PageVersions}). */
  public StoryRepository(JdbcTemplate jdbc, ObjectMapper json, PageVersions pages) {
    this.jdbc = jdbc;
    this.codec = new AnalysisCodec(json);
    this.pages = pages;
    this.topics = new TopicRepository(jdbc, json);
  }

  public void save(StoryRow s) {
    Object[] values = {
      s.storylineId(),
      s.headline(),
      Slugs.of(s.headline()),
      ArticleRepository.utc(s.first()),
      ArticleRepository.utc(s.last()),
      s.articleCount(),
      codec.write(s.outlets()),
      s.noiseScore(),
      s.brief() == null ? null : codec.write(s.brief()),
      s.brief() == null ? null : ArticleRepository.utc(s.brief().writtenAt()),
      ArticleRepository.utc(s.updatedAt()),
      s.basis(),
      s.id()
    };
    List<String> before =
        jdbc.queryForList("select storyline_id from story where id = ?", String.class, s.id());
    int n =
        jdbc.update(
            "update story set storyline_id=?, headline=?, slug=?, first_published=?, last_published=?,"
                + " article_count=?, outlets=?, noise_score=?, brief=?, brief_written=?, updated_at=?,"
                + " brief_basis=? where id=?",
            values);
    if (n == 0) {
      jdbc.update(
          "insert into story (storyline_id, headline, slug, first_published, last_published,"
              + " article_count, outlets, noise_score, brief, brief_written, updated_at, brief_basis,"
              + " id) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
          values);
    }
    topics.writeStory(s.id(), s.outlets(), s.textTopics());
    List<String> touched = new ArrayList<>();
    touched.add(PageVersions.story(s.id()));
    touched.add(PageVersions.storyline(s.storylineId()));
    before.forEach(l -> touched.add(PageVersions.storyline(l)));
    touched.add(PageVersions.LISTS);
    pages.touch(touched);
  }

  public void save(StorylineRow l) {
    Object[] values = {
      l.title(), Slugs.of(l.title()), ArticleRepository.utc(l.first()),
      ArticleRepository.utc(l.last()), l.storyCount(), l.id()
    };
    int n =
        jdbc.update(
            "update storyline set title=?, slug=?, first_published=?, last_published=?, story_count=?"
                + " where id=?",
            values);
    if (n == 0) {
      jdbc.update(
          "insert into storyline (title, slug, first_published, last_published, story_count, id)"
              + " values (?,?,?,?,?,?)",
          values);
      jdbc.update("delete from storyline_redirect where from_id = ?", l.id());
    }
    pages.touch(PageVersions.storyline(l.id()), PageVersions.LISTS);
  }

  /** Forgets the bases of these stories' briefs, so that the next brief run rewrites them all. */
  public void forgetBriefBases(List<String> storyIds) {
    for (List<String> chunk : ArticleRepository.chunks(storyIds)) {
      jdbc.update(
          "update story set brief_basis = null where id in ("
              + ArticleRepository.marks(chunk)
              + ")",
          chunk.toArray());
    }
  }

  /**
   * The stamp the last brief writer of a storyline left ({@link #stampBriefs}), or {@code null}
   * when none did or the storyline has no row.
   */
  public String briefStamp(String storylineId) {
    List<String> found =
        jdbc.queryForList(
            "select brief_stamp from storyline where id = ?", String.class, storylineId);
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * Leaves a brief writer's stamp on a storyline row: a writer that finds another stamp than its
   * own knows another process wrote the storyline's briefs since (what it kept is stale).
   */
  public void stampBriefs(String storylineId, String stamp) {
    jdbc.update("update storyline set brief_stamp = ? where id = ?", stamp, storylineId);
  }

  /** Replaces the forecast scorecard of a storyline. */
  public void saveScorecard(String storylineId, List<ForecastCheck> checks, Instant writtenAt) {
    Object[] values = {codec.write(checks), ArticleRepository.utc(writtenAt), storylineId};
    int n =
        jdbc.update(
            "update forecast_scorecard set checks=?, written_at=? where storyline_id=?", values);
    if (n == 0) {
      jdbc.update(
          "insert into forecast_scorecard (checks, written_at, storyline_id) values (?,?,?)",
          values);
    }
    pages.touch(PageVersions.storyline(storylineId));
  }

  /**
   * The stored briefs of these stories (with their headlines and bases); stories without a row are
   * left out. With {@code withBriefs} false, {@link StoredBrief#brief()} is {@code null}: only the
   * headline and basis are read.
   */
  public Map<String, StoredBrief> briefs(List<String> storyIds, boolean withBriefs) {
    Map<String, StoredBrief> out = new java.util.HashMap<>();
    for (List<String> chunk : ArticleRepository.chunks(storyIds)) {
      jdbc.query(
          "select id, headline, brief_basis"
              + (withBriefs ? ", brief" : "")
              + " from story where id in ("
              + ArticleRepository.marks(chunk)
              + ")",
          rs -> {
            String stored = withBriefs ? rs.getString("brief") : null;
            out.put(
                rs.getString("id"),
                new StoredBrief(
                    rs.getString("headline"),
                    rs.getString("brief_basis"),
                    stored == null ? null : codec.read(stored, Brief.class)));
          },
          chunk.toArray());
    }
    return out;
  }

  /** Story id to storyline id for every story, oldest story first. */
  public Map<String, String> storylines() {
    Map<String, String> out = new LinkedHashMap<>();
    jdbc.query(
        "select id, storyline_id from story order by first_published, id",
        rs -> {
          out.put(rs.getString(1), rs.getString(2));
        });
    return out;
  }

  /**
   * Story id to storyline id as the clustering writer linked them ({@code story_link}; a story
   * row's own storyline where no link row exists, as in stores written before links had their
   * table).
   */
  public Map<String, String> links() {
    Map<String, String> out = storylines();
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
  public void link(String storyId, String storylineId) {
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
  public List<String> linkedTo(String storylineId) {
    return jdbc.queryForList(
        "select story_id from story_link where storyline_id = ? order by story_id",
        String.class,
        storylineId);
  }

  /** The storyline a story is linked to, if it is. */
  public Optional<String> linkOf(String storyId) {
    return jdbc
        .queryForList(
            "select storyline_id from story_link where story_id = ?", String.class, storyId)
        .stream()
        .findFirst();
  }

  /** Whether the story is linked to that storyline now. */
  public boolean linked(String storyId, String storylineId) {
    return !jdbc.queryForList(
            "select story_id from story_link where story_id = ? and storyline_id = ?",
            String.class,
            storyId,
            storylineId)
        .isEmpty();
  }

  public Optional<String> storylineOf(String storyId) {
    return jdbc
        .queryForList("select storyline_id from story where id = ?", String.class, storyId)
        .stream()
        .filter(v -> v != null)
        .findFirst();
  }

  /** Story ids of a storyline, oldest first. */
  public List<String> storiesOf(String storylineId) {
    return jdbc.queryForList(
        "select id from story where storyline_id = ? order by first_published, id",
        String.class,
        storylineId);
  }

  /**
   * Corpus-wide coverage figures from the stored story assignments of articles (up to date even
   * before story rows are written).
   */
  public StoryMaterial.Coverage coverage() {
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
  public List<String> staleStories(Map<String, Integer> actual) {
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

  public Optional<String> state(String name) {
    return jdbc
        .queryForList("select state_value from app_state where state_key = ?", String.class, name)
        .stream()
        .findFirst();
  }

  public void state(String name, String value) {
    if (jdbc.update("update app_state set state_value = ? where state_key = ?", value, name) == 0) {
      jdbc.update("insert into app_state (state_key, state_value) values (?, ?)", name, value);
    }
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
