package dev.storyline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.Brief;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link StoryQueries} over JDBC: pages are served from stored briefs, never written per request.
 */
public class JdbcStoryQueries implements StoryQueries {
  static final String CARD_COLUMNS =
      "id, slug, headline, storyline_id, first_published, last_published, article_count, outlets,"
          + " noise_score, brief";

  private final JdbcTemplate jdbc;
  private final AnalysisCodec codec;

  public JdbcStoryQueries(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.codec = new AnalysisCodec(json);
  }

  @Override
  public List<StoryCard> frontPage() {
    OffsetDateTime newest =
        jdbc.queryForObject("select max(published) from article", OffsetDateTime.class);
    if (newest == null) {
      return List.of();
    }
    LocalDate day = newest.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    return cards(
        "select "
            + CARD_COLUMNS
            + " from story where brief is not null and last_published >= ?"
            + " and last_published < ? order by noise_score desc, article_count desc, id",
        day.atStartOfDay().atOffset(ZoneOffset.UTC),
        day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
  }

  @Override
  public List<StoryCard> recentStories(int limit) {
    return cards(
        "select "
            + CARD_COLUMNS
            + " from story where brief is not null"
            + " order by last_published desc, id fetch first "
            + Math.max(1, limit)
            + " rows only");
  }

  @Override
  public Optional<StoryDetail> story(String id) {
    List<Carded> found =
        jdbc.query(
            "select " + CARD_COLUMNS + " from story where id = ? and brief is not null",
            (rs, i) -> carded(rs),
            id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StoryCard card = found.get(0).card();
    Brief brief = found.get(0).brief();
    StorylineCard line =
        storyline(card.storylineId())
            .orElse(
                new StorylineCard(
                    card.storylineId() == null ? "" : card.storylineId(),
                    card.slug(),
                    card.headline(),
                    card.firstPublished(),
                    card.lastPublished(),
                    List.of(card)));
    return Optional.of(new StoryDetail(card, brief, line, citedSentences(brief)));
  }

  @Override
  public Map<String, List<SightingRepository.Sighting>> sightings(String storyId) {
    Map<String, List<SightingRepository.Sighting>> byArticle = new java.util.LinkedHashMap<>();
    jdbc.query(
        "select s.article_id, s.url, s.outlet, s.kind, s.seen_at from article_sighting s"
            + " join article a on a.id = s.article_id where a.story_id = ?"
            + " order by s.article_id, s.seen_at, s.url",
        rs -> {
          byArticle
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(
                  new SightingRepository.Sighting(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getObject(5, OffsetDateTime.class).toInstant()));
        },
        storyId);
    byArticle.replaceAll((k, v) -> List.copyOf(v));
    return byArticle;
  }

  @Override
  public Optional<StorylineCard> storyline(String id) {
    if (id == null) {
      return Optional.empty();
    }
    // Two queries one after the other, never one inside the other's row mapper: a nested query
    // holds one pooled connection while it waits for a second, and a crowd of readers doing that
    // at once starves the pool (every thread holds one connection and waits for another).
    List<StorylineCard> lines =
        jdbc.query(
            "select id, slug, title, first_published, last_published from storyline where id = ?",
            (rs, i) ->
                new StorylineCard(
                    rs.getString("id"),
                    rs.getString("slug"),
                    rs.getString("title"),
                    time(rs, "first_published"),
                    time(rs, "last_published"),
                    List.of()),
            id);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    StorylineCard line = lines.get(0);
    List<StoryCard> stories =
        cards(
            "select "
                + CARD_COLUMNS
                + " from story where storyline_id = ? and brief is not null"
                + " order by first_published, id",
            id);
    return Optional.of(
        new StorylineCard(
            line.id(), line.slug(), line.title(), line.first(), line.last(), stories));
  }

  @Override
  public List<ForecastCheck> scorecard(String storylineId) {
    List<String> stored =
        jdbc.queryForList(
            "select checks from forecast_scorecard where storyline_id = ?",
            String.class,
            storylineId);
    return stored.isEmpty()
        ? List.of()
        : codec.read(stored.get(0), new TypeReference<List<ForecastCheck>>() {});
  }

  @Override
  public Optional<String> redirect(String storyId) {
    return jdbc
        .queryForList("select to_id from story_redirect where from_id = ?", String.class, storyId)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<String> storylineRedirect(String storylineId) {
    return StoryRepairRepository.storylineRedirect(jdbc, storylineId);
  }

  @Override
  public Map<String, ArticleWhy> why(String storyId) {
    return WhyRows.ofStory(jdbc, codec, storyId);
  }

  @Override
  public long articleCount() {
    Long n = jdbc.queryForObject("select count(*) from article", Long.class);
    return n == null ? 0 : n;
  }

  /** Texts of every sentence the brief cites, keyed by {@link StoryDetail#key}. */
  private Map<String, String> citedSentences(Brief brief) {
    Set<String> articleIds = new HashSet<>();
    forEachLine(brief, line -> line.refs().forEach(r -> articleIds.add(r.articleId())));
    Map<String, String> out = new HashMap<>();
    for (List<String> chunk : ArticleRepository.chunks(new ArrayList<>(articleIds))) {
      jdbc.query(
          "select a.id, a.title, x.sentences from article a left join article_analysis x"
              + " on x.article_id = a.id where a.id in ("
              + ArticleRepository.marks(chunk)
              + ")",
          rs -> {
            String articleId = rs.getString(1);
            out.put(StoryDetail.key(articleId, SourceRef.TITLE), rs.getString(2));
            String sentences = rs.getString(3);
            if (sentences != null) {
              codec
                  .read(sentences, new TypeReference<List<AnalysisCodec.SentenceRow>>() {})
                  .forEach(s -> out.put(StoryDetail.key(articleId, s.index()), s.text()));
            }
          },
          chunk.toArray());
    }
    return out;
  }

  /** Calls {@code action} for every line of every section of a brief. */
  public static void forEachLine(Brief b, Consumer<Line> action) {
    action.accept(b.headline());
    b.whyItMatters().forEach(action);
    b.keyPoints().forEach(action);
    b.summary().forEach(action);
    b.explainer().lines().forEach(action);
    b.explainer().glosses().forEach(g -> action.accept(g.line()));
    b.sides().forEach(c -> c.stances().forEach(s -> action.accept(s.line())));
    b.forecast().items().forEach(f -> action.accept(f.line()));
    b.timeline().forEach(t -> action.accept(t.line()));
  }

  List<StoryCard> cards(String sql, Object... args) {
    return jdbc.query(sql, (rs, i) -> card(rs), args);
  }

  private StoryCard card(ResultSet rs) throws SQLException {
    return carded(rs).card();
  }

  /** A story card and the brief it was made from (parsed once). */
  private record Carded(StoryCard card, Brief brief) {}

  private Carded carded(ResultSet rs) throws SQLException {
    Brief brief = codec.read(rs.getString("brief"), Brief.class);
    List<String> outlets =
        codec.read(rs.getString("outlets"), new TypeReference<List<String>>() {});
    String why = brief.whyItMatters().isEmpty() ? "" : brief.whyItMatters().get(0).text();
    StoryCard card =
        new StoryCard(
            rs.getString("id"),
            rs.getString("slug"),
            rs.getString("headline"),
            rs.getString("storyline_id"),
            time(rs, "first_published"),
            time(rs, "last_published"),
            rs.getInt("article_count"),
            outlets,
            brief.noise(),
            why);
    return new Carded(card, brief);
  }

  private static java.time.Instant time(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
