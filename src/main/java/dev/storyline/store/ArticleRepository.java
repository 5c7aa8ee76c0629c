package dev.storyline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.store.journal.IngestJournal;
import dev.storyline.store.journal.JournalRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stored articles, their analysis and their story assignment. An article is written once and never
 * changed afterwards, except for its story id. Thread-safe (stateless over JDBC).
 */
public class ArticleRepository {
  private static final int DIMENSION = 384;
  private final JdbcTemplate jdbc;
  private final AnalysisCodec codec;
  private final ObjectMapper json;
  private final IngestJournal journal;
  private final org.springframework.transaction.support.TransactionTemplate tx;

  public ArticleRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this(jdbc, json, IngestJournal.NONE);
  }

  /** A repository that journals every article before storing it (the embedded database). */
  public ArticleRepository(JdbcTemplate jdbc, ObjectMapper json, IngestJournal journal) {
    this.jdbc = jdbc;
    this.json = json;
    this.codec = new AnalysisCodec(json);
    this.journal = journal;
    this.tx =
        new org.springframework.transaction.support.TransactionTemplate(
            new org.springframework.jdbc.datasource.DataSourceTransactionManager(
                jdbc.getDataSource()));
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
    List<JournalRecord> records = new ArrayList<>();
    for (NewArticle n : batch) {
      Article a = n.article();
      records.add(
          new JournalRecord.ArticleRow(
              a.id(),
              a.source(),
              a.url(),
              n.canonicalUrl(),
              a.published().toString(),
              a.title(),
              a.text(),
              n.textHash(),
              codec.write(a.meta()),
              n.now().toString()));
    }
    journal.append(records);
    List<Boolean> stored = new ArrayList<>();
    for (NewArticle n : batch) {
      stored.add(store(n.article(), n.canonicalUrl(), n.textHash(), n.now()));
    }
    return stored;
  }

  private boolean store(Article a, String canonicalUrl, String textHash, Instant now) {
    int n =
        jdbc.update(
            "insert into article (id, source, url, canonical_url, published, title, body, text_hash, meta,"
                + " ingested_at) values (?,?,?,?,?,?,?,?,?,?) on conflict do nothing",
            a.id(),
            a.source(),
            a.url(),
            canonicalUrl,
            utc(a.published()),
            a.title(),
            a.text(),
            textHash,
            codec.write(a.meta()),
            utc(now));
    return n == 1;
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
    List<AnalyzedArticle> done =
        tx.execute(
            status -> {
              List<String> claimed =
                  jdbc.queryForList(
                      "select a.id from article a where a.story_id is null and not exists"
                          + " (select 1 from article_analysis x where x.article_id = a.id)"
                          + " order by a.published, a.id fetch first "
                          + limit
                          + " rows only for update skip locked",
                      String.class);
              if (claimed.isEmpty()) {
                return List.of();
              }
              // analysed by a transaction that committed while this one waited for the rows
              java.util.Set<String> analyzed =
                  new java.util.HashSet<>(
                      jdbc.queryForList(
                          "select article_id from article_analysis where article_id in ("
                              + marks(claimed)
                              + ")",
                          String.class,
                          claimed.toArray()));
              List<Article> batch =
                  articles(claimed.stream().filter(id -> !analyzed.contains(id)).toList());
              List<AnalyzedArticle> out = batch.isEmpty() ? List.of() : analyze.apply(batch);
              out.forEach(this::saveAnalysis);
              return out;
            });
    return done == null ? List.of() : done;
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

  public List<Article> articles(List<String> ids) {
    List<Article> out = new ArrayList<>();
    for (List<String> chunk : chunks(ids)) {
      out.addAll(
          jdbc.query(
              "select * from article where id in (" + marks(chunk) + ")",
              (rs, i) -> article(rs),
              chunk.toArray()));
    }
    out.sort(Comparator.comparing(Article::published).thenComparing(Article::id));
    return out;
  }

  public void saveAnalysis(AnalyzedArticle a) {
    jdbc.update(
        "insert into article_analysis (article_id, sentences, title_entities, embedding,"
            + " sentence_embeddings) values (?,?,?,?,?) on conflict do nothing",
        a.id(),
        codec.sentences(a.sentences()),
        codec.entities(a.titleEntities()),
        AnalysisCodec.vector(a.embedding()),
        AnalysisCodec.vectors(a.sentences()));
  }

  /** Analyzed articles by id, oldest first (ids without analysis are left out). */
  public List<AnalyzedArticle> analyzed(List<String> ids) {
    Map<String, Article> articles = new HashMap<>();
    articles(ids).forEach(a -> articles.put(a.id(), a));
    List<AnalyzedArticle> out = new ArrayList<>();
    for (List<String> chunk : chunks(ids)) {
      out.addAll(
          jdbc.query(
              "select * from article_analysis where article_id in (" + marks(chunk) + ")",
              (rs, i) -> analyzed(rs, articles.get(rs.getString("article_id"))),
              chunk.toArray()));
    }
    out.sort(
        Comparator.comparing((AnalyzedArticle a) -> a.article().published())
            .thenComparing(AnalyzedArticle::id));
    return out;
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

  private AnalyzedArticle analyzed(ResultSet rs, Article article) throws SQLException {
    return new AnalyzedArticle(
        article,
        codec.sentences(rs.getString("sentences"), rs.getBytes("sentence_embeddings"), DIMENSION),
        codec.entities(rs.getString("title_entities")),
        AnalysisCodec.vector(rs.getBytes("embedding")));
  }

  private Article article(ResultSet rs) throws SQLException {
    Map<String, String> meta =
        codec.read(rs.getString("meta"), new TypeReference<Map<String, String>>() {});
    return new Article(
        rs.getString("id"),
        rs.getString("source"),
        rs.getString("url"),
        rs.getObject("published", OffsetDateTime.class).toInstant(),
        rs.getString("title"),
        rs.getString("body"),
        meta);
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
