package dev.storyline.pipeline;

import dev.storyline.brief.Saga;
import dev.storyline.brief.forecast.ForecastLedger;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.LedgerSnapshot;
import dev.storyline.store.StoryRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the brief step keeps of one storyline between runs: its {@link Saga} digests, its forecast
 * ledger, and what is stored of each story (brief basis, headline) and of the storyline (row,
 * scorecard), so that unchanged parts are neither recomputed nor written again. Built from the
 * store on the storyline's first change after a start; not thread-safe.
 */
final class StorylineState {
  final String id;
  final Saga saga = new Saga();

  /** {@code null} when it must be built again from every story (or from {@link #snapshot}). */
  ForecastLedger ledger;

  /** The ledger stored at the stamp the storyline was restored at, until the ledger is built. */
  LedgerSnapshot snapshot;

  /**
   * Whether the stored ledger equals {@link #ledger} but for the changes it has not drained yet
   * ({@link ForecastLedger#drain}); else it is stored whole next.
   */
  boolean ledgerStored;

  /** Story id to the basis of its stored brief ({@code null}: none or unknown). */
  final Map<String, String> basis = new HashMap<>();

  /** Story id to the basis computed at the saga's last settle (see {@link Saga#mayHaveChanged}). */
  private final Map<String, String> computed = new HashMap<>();

  /** Story id to its stored headline. */
  final Map<String, String> headline = new HashMap<>();

  /** The scorecard last stored, or {@code null} when unknown. */
  List<ForecastCheck> savedChecks;

  /** The stamp this process left on the storyline row when it last served it. */
  String stamp;

  /** The storyline row last stored, or {@code null} when unknown. */
  StoryRepository.StorylineRow savedRow;

  StorylineState(String id) {
    this.id = id;
  }

  /** How many articles the digests hold (the cache's measure of size). */
  int articles() {
    return saga.articleCount();
  }

  /** The basis to store with a story's brief: its material's fingerprint within this storyline. */
  String basisOf(String storyId) {
    String known = computed.get(storyId);
    if (known != null && !saga.mayHaveChanged(storyId)) {
      return known;
    }
    long mixed = saga.basis(storyId) * 1_000_003L + id.hashCode();
    String basis = Long.toHexString(mixed);
    computed.put(storyId, basis);
    return basis;
  }

  /**
   * Called once every story's basis was asked for: later calls recompute only the bases that may
   * have changed since.
   */
  void basesSettled() {
    computed.keySet().retainAll(new java.util.HashSet<>(saga.storyIds()));
    saga.settle();
  }
}
