package dev.storyline.pipeline;

import dev.storyline.brief.forecast.ForecastLedger;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.store.StoryRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Part of {@link BriefStep}: keeps a storyline's forecast ledger up to date and stores its
 * scorecard when it changed.
 */
final class ScorecardStep {
  private final StoryRepository stories;
  private final Clock clock;

  ScorecardStep(StoryRepository stories, Clock clock) {
    this.stories = stories;
    this.clock = clock;
  }

  /**
   * Brings the storyline's forecast ledger up to date and stores the scorecard when it changed. The
   * ledger is built from every story when it is new or no longer holds (articles left the
   * storyline, stories changed places); otherwise rewritten briefs replace their forecasts, new
   * forecasts are offered the later articles published after them, and the run's new articles are
   * offered to every earlier forecast.
   */
  void scorecard(
      StorylineState state,
      Map<String, String> added,
      Map<String, Brief> written,
      SagaLoader loader) {
    List<String> order = state.saga.storyIds();
    ForecastLedger ledger = state.ledger;
    if (ledger == null || !ledger.order(order)) {
      state.ledger = rebuild(order, written, loader);
    } else {
      for (Map.Entry<String, Brief> w : written.entrySet()) {
        List<ForecastLedger.Forecast> fresh = ledger.put(loader.thread(w.getKey()), w.getValue());
        offerLater(state, w.getKey(), fresh, loader);
      }
      for (AnalyzedArticle a : loader.articles(added.keySet())) {
        ledger.offer(added.get(a.id()), a);
      }
    }
    List<ForecastCheck> checks = state.ledger.checks();
    if (!checks.equals(state.savedChecks)) {
      stories.saveScorecard(state.id, checks, clock.instant());
      state.savedChecks = checks;
    }
  }

  private ForecastLedger rebuild(
      List<String> order, Map<String, Brief> written, SagaLoader loader) {
    loader.load(order);
    List<String> unwritten = order.stream().filter(id -> !written.containsKey(id)).toList();
    Map<String, StoryRepository.StoredBrief> stored = stories.briefs(unwritten, true);
    ForecastLedger ledger = new ForecastLedger();
    ledger.order(order);
    for (String id : order) {
      Brief brief = written.containsKey(id) ? written.get(id) : briefOf(stored.get(id));
      if (brief != null) {
        ledger.put(loader.thread(id), brief);
      }
    }
    for (String id : order) {
      loader.thread(id).articles().forEach(a -> ledger.offer(id, a));
    }
    return ledger;
  }

  private static Brief briefOf(StoryRepository.StoredBrief stored) {
    return stored == null ? null : stored.brief();
  }

  /** Offers new forecasts of a story the later stories' articles published after them. */
  private void offerLater(
      StorylineState state,
      String storyId,
      List<ForecastLedger.Forecast> fresh,
      SagaLoader loader) {
    if (fresh.isEmpty()) {
      return;
    }
    Instant since =
        fresh.stream().map(ForecastLedger.Forecast::claimPublished).min(Instant::compareTo).get();
    Map<String, String> later = state.saga.laterArticles(storyId, since);
    for (AnalyzedArticle a : loader.articles(later.keySet())) {
      state.ledger.offer(later.get(a.id()), a, fresh);
    }
  }
}
