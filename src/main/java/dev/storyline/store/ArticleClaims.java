package dev.storyline.store;

import static dev.storyline.store.ArticleRepository.marks;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analysis claims behind {@link ArticleRepository}: processes take unanalyzed articles in
 * batches, each held by one transaction ({@code FOR UPDATE SKIP LOCKED}). Thread-safe.
 */
final class ArticleClaims {

  private final JdbcTemplate jdbc;
  private final ArticleRows rows;
  private final ArticleWrites writes;
  private final TransactionTemplate tx;

  ArticleClaims(JdbcTemplate jdbc, ArticleRows rows, ArticleWrites writes) {
    this.jdbc = jdbc;
    this.rows = rows;
    this.writes = writes;
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
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
  List<AnalyzedArticle> analyzeClaimed(
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
                  rows.articles(claimed.stream().filter(id -> !analyzed.contains(id)).toList());
              List<AnalyzedArticle> out = batch.isEmpty() ? List.of() : analyze.apply(batch);
              out.forEach(writes::saveAnalysis);
              return out;
            });
    return done == null ? List.of() : done;
  }
}
