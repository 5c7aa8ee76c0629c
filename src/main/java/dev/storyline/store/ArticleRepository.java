package dev.storyline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.store.journal.IngestJournal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stored articles, their analysis and their story assignment. An article is written once and never
 * changed afterwards, except for its story id. Thread-safe (stateless over JDBC).
 */
public class ArticleRepository {
  private final JdbcTemplate jdbc;
  private final AnalysisCodec codec;
  private final ObjectMapper json;
  private final ArticleWrites writes;
  private final ArticleRows rows;
  private final ArticleClaims claims;
  private final SiteLineRows siteLines;

  public ArticleRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this(jdbc, json, IngestJournal.NONE);
  }

  /** A repository that journals every article before storing it (the embedded database). */
  public ArticleRepository(JdbcTemplate jdbc, ObjectMapper json, IngestJournal journal) {
    this.jdbc = jdbc;
    this.json = json;
    this.codec = new AnalysisCodec(json);
    this.writes = new ArticleWrites(jdbc, codec, journal);
    this.rows = new ArticleRows(jdbc, codec);
    this.claims = new ArticleClaims(jdbc, rows, writes);
    this.siteLines = new SiteLineRows(jdbc);
  }

  /**
   * An article to store.
   *
   * @param article the article
   * @param canonicalUrl its canonical address
   * @param textHash its text fingerprint
   * @param now when it was ingested
   */
  public record NewArticle(Article article, String canonicalUrl, String textHash, Instant now) {}

  /**
   * Stores a new article unless one with the same id, canonical URL or text fingerprint exists.
   *
   * @return true when stored, false when it was a duplicate
   */
  public boolean insert(Article a, String canonicalUrl, String textHash, Instant now) {
    return insertAll(List.of(new NewArticle(a, canonicalUrl, textHash, now))).get(0);
  }

  /**
   * Stores a batch of new articles: journals them all (one flush to disk), then stores each unless
   * a duplicate exists.
   *
   * @return per article, true when stored and false when it was a duplicate
   */
  public List<Boolean> insertAll(List<NewArticle> batch) {
    return writes.insertAll(batch);
  }

  /** Ids of stored articles not yet analyzed, oldest first. */
  public List<String> unanalyzed(int limit) {
    return jdbc.queryForList(
        "select a.id from article a left join article_analysis x on x.article_id = a.id"
            + " where x.article_id is null order by a.published, a.id fetch first "
            + limit
            + " rows only",
        String.class);
  }

  /** How many stored articles are not analyzed yet. */
  public long unanalyzedCount() {
    Long n =
        jdbc.queryForObject(
            "select count(*) from article a where a.story_id is null and not exists"
                + " (select 1 from article_analysis x where x.article_id = a.id)",
            Long.class);
    return n == null ? 0 : n;
  }

  /**
   * Records that {@code site} printed these lines (hashes of sentences' words) on {@code day}; a
   * line recorded on {@code days} days or more is not recorded again. Called inside {@link
   * #analyzeClaimed}'s transaction.
   */
  public void recordSiteLines(
      String site, java.time.LocalDate day, java.util.Collection<Long> keys, int days) {
    siteLines.record(site, day, keys, days);
  }

  /**
   * The lines of {@code keys} that {@code site} printed on {@code days} - 1 days or more before
   * {@code day}: the site's own lines on a page of that day, whatever order articles were analysed
   * in.
   */
  public java.util.Set<Long> siteLinesBefore(
      String site, java.time.LocalDate day, java.util.Collection<Long> keys, int days) {
    return siteLines.before(site, day, keys, days);
  }

  /**
   * Claims up to {@code limit} unanalyzed articles, oldest first, passing over those that another
   * process (or thread) has claimed, analyzes them with {@code analyze} and stores the analyses,
   * all in one transaction that holds the claimed rows ({@code FOR UPDATE SKIP LOCKED}): a claim
   * ends with its transaction, so the articles of a process that dies mid-batch are free again at
   * once.
   *
   * @return the articles analyzed (none when nothing was left to claim)
   */
  public List<AnalyzedArticle> analyzeClaimed(
      int limit, java.util.function.Function<List<Article>, List<AnalyzedArticle>> analyze) {
    return claims.analyzeClaimed(limit, analyze);
  }

  /** Ids of analyzed articles without a story, oldest first. */
  public List<String> unassigned() {
    return jdbc.queryForList(
        "select a.id from article a join article_analysis x on x.article_id = a.id"
            + " where a.story_id is null order by a.published, a.id",
        String.class);
  }

  /**
   * Ids of analyzed articles without a story, oldest first, that come before (by publication time,
   * then id) every article without a story that is not analyzed yet or was stored after {@code
   * storedBefore}: the articles the clustering writer may assign now without getting ahead of one
   * still on its way.
   */
  public List<String> unassignedBefore(Instant storedBefore) {
    List<Object[]> first =
        jdbc.query(
            "select a.published, a.id from article a where a.story_id is null and (a.ingested_at > ?"
                + " or not exists (select 1 from article_analysis x where x.article_id = a.id))"
                + " order by a.published, a.id fetch first 1 rows only",
            (rs, i) -> new Object[] {rs.getObject(1, OffsetDateTime.class), rs.getString(2)},
            utc(storedBefore));
    if (first.isEmpty()) {
      return unassigned();
    }
    return jdbc.queryForList(
        "select a.id from article a join article_analysis x on x.article_id = a.id"
            + " where a.story_id is null and (a.published < ? or (a.published = ? and a.id < ?))"
            + " order by a.published, a.id",
        String.class,
        first.get(0)[0],
        first.get(0)[0],
        first.get(0)[1]);
  }

  /** How many articles stored at or before {@code storedBy} have no story yet. */
  public long unassignedStoredBy(Instant storedBy) {
    Long n =
        jdbc.queryForObject(
            "select count(*) from article where story_id is null and ingested_at <= ?",
            Long.class,
            utc(storedBy));
    return n == null ? 0 : n;
  }

  /** Articles by id, oldest first (ids without a row are left out). */
  public List<Article> articles(List<String> ids) {
    return rows.articles(ids);
  }

  /** Stores an article's analysis unless it has one already. */
  public void saveAnalysis(AnalyzedArticle a) {
    writes.saveAnalysis(a);
  }

  /** Analyzed articles by id, oldest first (ids without analysis are left out). */
  public List<AnalyzedArticle> analyzed(List<String> ids) {
    return rows.analyzed(ids, true);
  }

  /** As {@link #analyzed}, with no sentence embeddings (the clusterer needs the article's only). */
  public List<AnalyzedArticle> analyzedWithoutSentenceVectors(List<String> ids) {
    return rows.analyzed(ids, false);
  }

  /** Every assigned article id with its story id, oldest first. */
  public List<String[]> assignments() {
    return jdbc.query(
        "select id, story_id from article where story_id is not null order by published, id",
        (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
  }

  /**
   * Puts an article without a story into one; false when it has a story already (it is never moved
   * here: only a repair moves articles).
   */
  public boolean assign(String articleId, String storyId) {
    return jdbc.update(
            "update article set story_id = ? where id = ? and story_id is null", storyId, articleId)
        == 1;
  }

  /**
   * Assigns an article and stores why ({@code article_why}), as the clusterer saw it at that
   * moment; the why is never recomputed afterwards. Returns false (and stores nothing) when the
   * article already has a story.
   */
  public boolean assign(
      String articleId, String storyId, dev.storyline.domain.JoinEvidence why, Instant at) {
    if (!assign(articleId, storyId)) {
      return false;
    }
    WhyRows.write(jdbc, codec, articleId, storyId, why.kind(), why, at);
    return true;
  }

  public List<String> idsOfStory(String storyId) {
    return jdbc.queryForList(
        "select id from article where story_id = ? order by published, id", String.class, storyId);
  }

  /** The article ids of each of these stories, oldest first (stories without articles left out). */
  public Map<String, List<String>> idsOfStories(java.util.Collection<String> storyIds) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (List<String> chunk : chunks(List.copyOf(storyIds))) {
      jdbc.query(
          "select id, story_id from article where story_id in ("
              + marks(chunk)
              + ") order by published, id",
          rs -> {
            out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
          },
          chunk.toArray());
    }
    return out;
  }

  public long count() {
    Long n = jdbc.queryForObject("select count(*) from article", Long.class);
    return n == null ? 0 : n;
  }

  /** The sentence texts of an article body in order, plus its title. */
  public Article article(String id) {
    List<Article> found = articles(List.of(id));
    return found.isEmpty() ? null : found.get(0);
  }

  static OffsetDateTime utc(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }

  static String marks(List<?> values) {
    return String.join(",", java.util.Collections.nCopies(values.size(), "?"));
  }

  static List<List<String>> chunks(List<String> ids) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 500) {
      out.add(ids.subList(i, Math.min(ids.size(), i + 500)));
    }
    return out;
  }

  ObjectMapper json() {
    return json;
  }
}
