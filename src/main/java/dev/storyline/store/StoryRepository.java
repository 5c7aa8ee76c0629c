package dev.storyline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.Brief;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.StoryMaterial;
import java.time.Instant;
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
  private final LedgerRows ledgers;
  private final StoryWrites writes;
  private final StoryLinks linkRows;
  private final StoryFigures figures;

  public StoryRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this(jdbc, json, new PageVersions(jdbc));
  }

  /** A repository that also marks the pages each write changes ({@link PageVersions}). */
  public StoryRepository(JdbcTemplate jdbc, ObjectMapper json, PageVersions pages) {
    this.jdbc = jdbc;
    this.codec = new AnalysisCodec(json);
    this.ledgers = new LedgerRows(jdbc, codec);
    this.writes = new StoryWrites(jdbc, codec, pages, new TopicRepository(jdbc, json));
    this.linkRows = new StoryLinks(jdbc);
    this.figures = new StoryFigures(jdbc);
  }

  /** Saves a story row and its topics, marking its page, its storylines' and the lists changed. */
  public void save(StoryRow s) {
    writes.save(s);
  }

  /** Saves a storyline row (dropping a redirect from its id), marking its page changed. */
  public void save(StorylineRow l) {
    writes.save(l);
  }

  /** Forgets the bases of these stories' briefs, so that the next brief run rewrites them all. */
  public void forgetBriefBases(List<String> storyIds) {
    writes.forgetBriefBases(storyIds);
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
    stampBriefs(storylineId, stamp, false);
  }

  /**
   * As {@link #stampBriefs(String, String)}; {@code ledgerHolds} says that the stored forecast
   * ledger ({@link #saveLedger}) is up to date at this stamp.
   */
  public void stampBriefs(String storylineId, String stamp, boolean ledgerHolds) {
    jdbc.update(
        "update storyline set brief_stamp = ?, ledger_stamp = ? where id = ?",
        stamp,
        ledgerHolds ? stamp : null,
        storylineId);
  }

  /** The storylines' stored forecast ledgers. */
  public LedgerRows ledgers() {
    return ledgers;
  }

  /** Replaces the forecast scorecard of a storyline. */
  public void saveScorecard(String storylineId, List<ForecastCheck> checks, Instant writtenAt) {
    writes.saveScorecard(storylineId, checks, writtenAt);
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
    return linkRows.links(storylines());
  }

  /** Records (or moves) the storyline of a story; the clustering writer's link. */
  public void link(String storyId, String storylineId) {
    linkRows.link(storyId, storylineId);
  }

  /** The stories linked to a storyline ({@code story_link}), in no particular order. */
  public List<String> linkedTo(String storylineId) {
    return linkRows.linkedTo(storylineId);
  }

  /** The storyline a story is linked to, if it is. */
  public Optional<String> linkOf(String storyId) {
    return linkRows.linkOf(storyId);
  }

  /** Whether the story is linked to that storyline now. */
  public boolean linked(String storyId, String storylineId) {
    return linkRows.linked(storyId, storylineId);
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
    return figures.coverage();
  }

  /**
   * Stories whose stored row is missing, has no brief, or counts a different number of articles
   * than {@code actual} (story id to its number of assigned articles).
   */
  public List<String> staleStories(Map<String, Integer> actual) {
    return figures.staleStories(actual);
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
}
