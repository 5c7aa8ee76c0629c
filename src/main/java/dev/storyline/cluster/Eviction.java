package dev.storyline.cluster;

import java.time.Instant;
import java.util.Arrays;

/**
 * When to evict, and relative to what: the reference time is the newest of the medians of the last
 * {@value #RECENT} publication times seen, so one article with a wrong date far in the future
 * cannot evict everything; a sweep is due every {@value #EVERY} arrivals by default.
 */
final class Eviction {
  static final int RECENT = 31;
  static final int EVERY = 512;

  private final int every;
  private final long[] recent = new long[RECENT];
  private int seen;
  private long reference = Long.MIN_VALUE;

  /** Sweeps every {@code every} arrivals. */
  Eviction(int every) {
    this.every = every;
  }

  /** Notes one arrival; true when a sweep is due. */
  boolean arrived(Instant published) {
    recent[seen % RECENT] = published.getEpochSecond();
    seen++;
    long[] sorted = Arrays.copyOf(recent, Math.min(seen, RECENT));
    Arrays.sort(sorted);
    reference = Math.max(reference, sorted[sorted.length / 2]);
    return seen % every == 0;
  }

  Instant reference() {
    return Instant.ofEpochSecond(reference);
  }
}
