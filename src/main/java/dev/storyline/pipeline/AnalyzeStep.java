package dev.storyline.pipeline;

import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.sentence.SiteLines;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.store.ArticleRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * Analyzes stored articles a batch at a time, oldest first. Each batch is claimed in the store
 * ({@link ArticleRepository#analyzeClaimed}, {@code FOR UPDATE SKIP LOCKED}), so any number of
 * processes share the analysis without doing an article twice, and a batch whose process dies is
 * free again at once.
 */
final class AnalyzeStep {
  static final int BATCH = 32;
  private final ArticleAnalyzer analyzer;
  private final ArticleRepository articles;
  private final MeterRegistry meters;

  AnalyzeStep(ArticleAnalyzer analyzer, ArticleRepository articles, MeterRegistry meters) {
    this.analyzer = analyzer;
    this.articles = articles;
    this.meters = meters;
  }

  /**
   * The articles, their lines recorded in the store, one after the other, inside the claim's
   * transaction ({@link SiteLines}: the brief step leaves a site's own lines out).
   */
  private List<AnalyzedArticle> recorded(List<AnalyzedArticle> batch) {
    for (AnalyzedArticle a : batch) {
      articles.recordSiteLines(
          a.article().outlet(), SiteLines.day(a), SiteLines.keys(a), SiteLines.DAYS);
    }
    return batch;
  }

  /** Analyzes until nothing is left to claim; returns how many articles this process analyzed. */
  int run(Progress progress) {
    long pending = articles.unanalyzedCount();
    if (pending == 0) {
      return 0;
    }
    progress.start("analyze", pending);
    int done = 0;
    while (true) {
      List<AnalyzedArticle> batch =
          articles.analyzeClaimed(
              BATCH,
              list ->
                  meters
                      .timer("storyline.stage.time", "stage", "analyze")
                      .record(() -> recorded(analyzer.analyzeAll(list))));
      if (batch.isEmpty()) {
        break;
      }
      meters
          .counter("storyline.stage.items", "stage", "analyze", "outcome", "ok")
          .increment(batch.size());
      done += batch.size();
      progress.step(batch.size());
    }
    progress.finish();
    return done;
  }
}
