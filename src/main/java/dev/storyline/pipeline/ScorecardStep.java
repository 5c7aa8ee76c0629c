package dev.storyline.pipeline;

import dev.storyline.brief.forecast.Forecast;
import dev.storyline.brief.forecast.ForecastLedger;
import dev.storyline.brief.forecast.LedgerSnapshots;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.LedgerSnapshot;
import dev.storyline.store.StoryRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
   * Brings the storyline's forecast ledger up to date and stores the scorecard when it changed.
   * When this process has no ledger yet, it reads the one stored at the storyline's stamp ({@link
   * #store}), or builds it from every story when none holds; then rewritten briefs replace their
   * forecasts, new forecasts are offered the articles published after them, and the run's new
   * articles are offered to every earlier forecast. Stories that changed places, merged or split
   * need nothing more: the ledger decides which matches count when it is read.
   */
  void scorecard(
      StorylineState state,
      Map<String, String> added,
      Map<String, Brief> written,
      SagaLoader loader) {
    List<String> order = state.saga.storyIds();
    ForecastLedger ledger = state.ledger;
    if (ledger == null && state.snapshot != null) {
      state.ledger = restore(state, order, loader);
      ledger = state.ledger;
    }
    if (ledger == null) {
      state.ledger = rebuild(order, written, loader);
    } else {
      ledger.order(order);
      for (Map.Entry<String, Brief> w : written.entrySet()) {
        offerLater(state, ledger.put(loader.thread(w.getKey()), w.getValue()), loader);
      }
      loader.articles(added.keySet()).forEach(ledger::offer);
    }
    List<ForecastCheck> checks = state.ledger.checks(state.saga::storyOf);
    if (!checks.equals(state.savedChecks)) {
      stories.saveScorecard(state.id, checks, clock.instant());
      state.savedChecks = checks;
    }
  }

  /**
   * The ledger stored at the stamp the storyline was restored at, brought up to the stories there
   * are now: the forecasts of stories that are gone are dropped, and the articles it was not
   * offered are offered (the briefs written since are put by the caller).
   */
  private ForecastLedger restore(StorylineState state, List<String> order, SagaLoader loader) {
    loader.load(order);
    ForecastLedger ledger =
        LedgerSnapshots.restore(
            state.snapshot,
            id -> state.saga.contains(id) ? loader.thread(id) : null,
            loader::loaded);
    state.snapshot = null;
    ledger.order(order);
    ledger.drain();
    state.ledgerStored = true;
    List<String> fresh =
        state.saga.articlesAfter(Instant.MIN).stream().filter(id -> !ledger.offered(id)).toList();
    loader.articles(fresh).forEach(ledger::offer);
    return ledger;
  }

  /**
   * Brings the stored ledger up to the storyline's: the stories whose forecasts or matches changed
   * and the newly offered articles, or the whole ledger when what is stored is not known to match.
   */
  void store(StorylineState state) {
    ForecastLedger.Changes changes = state.ledger.drain();
    Map<String, List<LedgerSnapshot.Entry>> byStory = new HashMap<>();
    Collection<String> ids = state.ledgerStored ? changes.stories() : state.ledger.stories();
    ids.forEach(id -> byStory.put(id, LedgerSnapshots.entries(state.ledger, id)));
    Collection<String> offered = state.ledgerStored ? changes.offered() : state.ledger.offered();
    stories.ledgers().save(state.id, !state.ledgerStored, byStory, offered);
    state.ledgerStored = true;
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
    List<AnalyzedArticle> all = new ArrayList<>();
    order.forEach(id -> all.addAll(loader.thread(id).articles()));
    ledger.offerAll(all);
    return ledger;
  }

  private static Brief briefOf(StoryRepository.StoredBrief stored) {
    return stored == null ? null : stored.brief();
  }

  /** Offers new forecasts the storyline's articles published after them. */
  private void offerLater(StorylineState state, List<Forecast> fresh, SagaLoader loader) {
    if (fresh.isEmpty()) {
      return;
    }
    Instant since = fresh.stream().map(Forecast::claimPublished).min(Instant::compareTo).get();
    for (AnalyzedArticle a : loader.articles(state.saga.articlesAfter(since))) {
      state.ledger.offer(a, fresh);
    }
  }
}
