package dev.storyline.store;

import static dev.storyline.store.ArticleRepository.chunks;
import static dev.storyline.store.ArticleRepository.marks;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reads behind {@link ArticleRepository} that map rows to values: articles and their analyses
 * by id, oldest first. Thread-safe (stateless over JDBC).
 */
final class ArticleRows {
  private static final int DIMENSION = 384;
  private final JdbcTemplate jdbc;
  private final AnalysisCodec codec;

  ArticleRows(JdbcTemplate jdbc, AnalysisCodec codec) {
    this.jdbc = jdbc;
    this.codec = codec;
  }

  List<Article> articles(List<String> ids) {
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

  /** Analyzed articles by id, oldest first (ids without analysis are left out). */
  List<AnalyzedArticle> analyzed(List<String> ids) {
    return analyzed(ids, true);
  }

  /**
   * As {@link #analyzed(List)}; without {@code sentenceVectors} the sentences carry no embedding
   * (an empty vector), for readers that need only the article's: the sentence vectors are most of
   * what an analysis stores.
   */
  List<AnalyzedArticle> analyzed(List<String> ids, boolean sentenceVectors) {
    Map<String, Article> articles = new HashMap<>();
    articles(ids).forEach(a -> articles.put(a.id(), a));
    List<AnalyzedArticle> out = new ArrayList<>();
    for (List<String> chunk : chunks(ids)) {
      out.addAll(
          jdbc.query(
              "select article_id, sentences, title_entities, embedding"
                  + (sentenceVectors ? ", sentence_embeddings" : "")
                  + " from article_analysis where article_id in ("
                  + marks(chunk)
                  + ")",
              (rs, i) -> analyzed(rs, articles.get(rs.getString("article_id")), sentenceVectors),
              chunk.toArray()));
    }
    out.sort(
        Comparator.comparing((AnalyzedArticle a) -> a.article().published())
            .thenComparing(AnalyzedArticle::id));
    return out;
  }

  private AnalyzedArticle analyzed(ResultSet rs, Article article, boolean sentenceVectors)
      throws SQLException {
    byte[] vectors = sentenceVectors ? rs.getBytes("sentence_embeddings") : null;
    return new AnalyzedArticle(
        article,
        codec.sentences(rs.getString("sentences"), vectors, DIMENSION),
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
}
