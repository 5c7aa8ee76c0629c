package dev.storyline.pipeline;

import dev.storyline.brief.BriefWriter;
import dev.storyline.domain.Brief;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.StoryRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Brings the briefs of the touched storylines up to date, and each storyline's row and forecast
 * scorecard. A story's brief is rewritten only when what it is written from changed: its own
 * articles, or the storyline as it stood at its latest article (its stored basis differs from
 * {@link dev.storyline.brief.Saga#basis}). A new article in a long storyline therefore rewrites its
 * own story and the few stories still running, not the storyline's history; the scorecard checks
 * the new articles against the indexed forecasts and the new forecasts against the later articles,
 * never the whole history again. What it keeps per storyline ({@link StorylineState}) lives across
 * runs, up to {@value #CACHED_ARTICLES} articles in all (least recently used storylines are dropped
 * and rebuilt from the store when touched again).
 *
 * <p>Several processes may serve one storyline's brief requests in turn ({@link BriefJobs}, under
 * the storyline's lock): each serve leaves a stamp on the storyline row, and a process whose kept
 * state carries another stamp drops it and rebuilds it from the store, where the stored bases keep
 * the briefs another process wrote from being written again. Not thread-safe: the runner's methods
 * are synchronized.
 */
final class BriefStep {
  /** How many articles the kept storylines may hold in all. */
  static final int CACHED_ARTICLES = 30_000;

  /** Storylines of at least this many stories get a progress note when rebuilt. */
  static final int LONG = 100;

  private final StaleBriefs stale;
  private final ArticleRepository articles;
  private final StoryRepository stories;
  private final Clock clock;
  private final MeterRegistry meters;
  private final ScorecardStep scorecards;
  private final StoryRows rows;
  private final Map<String, StorylineState> states = new LinkedHashMap<>(16, 0.75f, true);

  BriefStep(
      BriefWriter writer,
      ArticleRepository articles,
      StoryRepository stories,
      Clock clock,
      MeterRegistry meters) {
    this.articles = articles;
    this.stories = stories;
    this.clock = clock;
    this.meters = meters;
    this.scorecards = new ScorecardStep(stories, clock);
    this.rows = new StoryRows(stories, clock);
    this.stale = new StaleBriefs(writer, rows, clock, meters);
  }

  /**
   * Brings the storylines up to date, one after the other (progress counts storylines).
   *
   * @param storylines storyline id to all its story ids (an empty list: the storyline is gone)
   * @param touched stories whose articles changed since the last run
   */
  void rewrite(Map<String, List<String>> storylines, Set<String> touched, Progress progress) {
    StoryMaterial.Coverage coverage = stories.coverage();
    progress.start("brief", storylines.size());
    for (Map.Entry<String, List<String>> line : storylines.entrySet()) {
      serve(line.getKey(), line.getValue(), touched, coverage, progress);
      progress.step(1);
    }
    progress.finish();
  }

  /**
   * Brings one storyline up to date; the caller holds its brief lock. Long work on it shows as
   * notes on {@code progress} at least every {@value Progress#QUIET_SECONDS} seconds.
   *
   * @param storyIds all its story ids (empty: the storyline is gone)
   * @param touched stories whose articles changed since it was last served
   */
  void serve(
      String lineId,
      List<String> storyIds,
      Set<String> touched,
      StoryMaterial.Coverage coverage,
      Progress progress) {
    if (storyIds.isEmpty()) {
      states.remove(lineId);
      return;
    }
    StorylineState kept = states.get(lineId);
    if (kept != null && !Objects.equals(kept.stamp, stories.briefStamp(lineId))) {
      states.remove(lineId); // another process served it since: what is kept no longer holds
    }
    LineWork work = new LineWork(lineId, storyIds.size(), progress);
    try {
      serveKept(lineId, storyIds, touched, coverage, work);
    } catch (RuntimeException e) {
      states.remove(lineId); // half-applied: rebuilt from the store next time
      throw e;
    } finally {
      work.done();
    }
  }

  private void serveKept(
      String lineId,
      List<String> storyIds,
      Set<String> touched,
      StoryMaterial.Coverage coverage,
      LineWork work) {
    SagaLoader loader = new SagaLoader(articles);
    if (!states.containsKey(lineId)) {
      work.note("reading the storyline");
    }
    Update update = sync(lineId, storyIds, touched, loader);
    StorylineState state = update.state;
    if (state.saga.size() == 0) {
      states.remove(lineId);
      return;
    }
    rows.saveStoryline(state); // first, as story rows refer to it; again once headlines are known
    stories.ledgers().unstamp(lineId); // the stored ledger no longer holds once a brief changes
    Map<String, Brief> written = stale.write(state, loader, coverage, work);
    if (state.ledger == null) {
      work.note("scoring the forecasts");
    }
    timed("scorecard", () -> scorecards.scorecard(state, update.added(), written, loader));
    rows.saveStoryline(state);
    scorecards.store(state);
    state.stamp = UUID.randomUUID().toString();
    stories.stampBriefs(lineId, state.stamp, true);
    evict();
  }

  /** A storyline's state after taking in the run's changes, and what changed. */
  private record Update(StorylineState state, Map<String, String> added, boolean cold) {}

  /**
   * Takes the storyline's current stories into its state: builds it from the store when it is not
   * kept, else reads only the touched and new stories. Returns the articles that joined (article id
   * to story id) for the scorecard.
   */
  private Update sync(String lineId, List<String> ids, Set<String> touched, SagaLoader loader) {
    StorylineState state = states.get(lineId);
    if (state == null) {
      StorylineState fresh = new StorylineState(lineId);
      timed("restore", () -> restore(fresh, ids, loader));
      states.put(lineId, fresh);
      return new Update(fresh, Map.of(), true);
    }
    Set<String> present = new HashSet<>(ids);
    for (String id : state.saga.storyIds()) {
      if (!present.contains(id)) {
        state.saga.remove(id);
        if (state.ledger != null) {
          state.ledger.remove(id);
        }
        state.basis.remove(id);
        state.headline.remove(id);
      }
    }
    List<String> reload = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String id : ids) {
      if (!state.saga.contains(id)) {
        unknown.add(id);
        reload.add(id);
      } else if (touched.contains(id)) {
        reload.add(id);
      }
    }
    loader.load(reload);
    Map<String, String> added = new LinkedHashMap<>();
    for (String id : reload) {
      state.saga.put(loader.thread(id)).added().forEach(a -> added.put(a, id));
    }
    stories
        .briefs(unknown, false)
        .forEach(
            (id, stored) -> {
              state.basis.put(id, stored.basis());
              state.headline.put(id, stored.headline());
            });
    return new Update(state, added, false);
  }

  /**
   * Builds a storyline's state from the store; its ledger is built by {@link
   * ScorecardStep#scorecard}.
   */
  private void restore(StorylineState state, List<String> ids, SagaLoader loader) {
    loader.load(ids);
    state.saga.putAll(ids.stream().map(loader::thread).toList());
    state.snapshot = stories.ledgers().read(state.id);
    stories
        .briefs(ids, false)
        .forEach(
            (id, stored) -> {
              state.basis.put(id, stored.basis());
              state.headline.put(id, stored.headline());
            });
  }

  /** Drops the least recently used storylines while the kept ones hold too many articles. */
  private void evict() {
    int held = states.values().stream().mapToInt(StorylineState::articles).sum();
    var eldest = states.entrySet().iterator();
    while (held > CACHED_ARTICLES && states.size() > 1 && eldest.hasNext()) {
      held -= eldest.next().getValue().articles();
      eldest.remove();
    }
  }

  private void timed(String stage, Runnable work) {
    meters.timer("storyline.stage.time", "stage", stage).record(work);
  }
}
