package dev.storyline.brief.forecast;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Brief;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Part of {@link ForecastLedger}: the sentences of recently offered articles, prepared once as
 * evidence and kept for the next offers.
 */
final class PreparedEvidence {
  /**
   * The prepared sentences of recently offered articles (an article is offered to new forecasts of
   * several stories in one run).
   */
  private final Map<String, List<ClaimMatch.Evidence>> prepared =
      new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<ClaimMatch.Evidence>> e) {
          return size() > 256;
        }
      };

  List<ClaimMatch.Evidence> of(AnalyzedArticle article) {
    return prepared.computeIfAbsent(article.id(), id -> prepare(article));
  }

  /** The articles' sentences prepared on every core (a pure function of each article), in order. */
  static List<List<ClaimMatch.Evidence>> all(List<AnalyzedArticle> articles) {
    return articles.parallelStream().map(PreparedEvidence::prepare).toList();
  }

  private static List<ClaimMatch.Evidence> prepare(AnalyzedArticle article) {
    List<ClaimMatch.Evidence> out = new ArrayList<>();
    for (AnalyzedSentence s : article.sentences()) {
      ClaimMatch.Evidence e = ClaimMatch.Evidence.of(s);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  static Brief.SourceArticle source(AnalyzedArticle a) {
    return new Brief.SourceArticle(
        a.id(),
        a.article().outlet(),
        a.article().title(),
        a.article().url(),
        a.article().published());
  }
}
