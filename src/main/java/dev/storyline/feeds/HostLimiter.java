package dev.storyline.feeds;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Politeness per host: one request at a time to a host, and at least a minimum gap between the end
 * of one and the start of the next, measured on the injected clock. Thread-safe.
 */
final class HostLimiter {
  private final Clock clock;
  private final long gapMillis;
  private final Map<String, Long> nextAllowed = new HashMap<>();
  private final Map<String, Boolean> busy = new HashMap<>();

  HostLimiter(Clock clock, Duration gap) {
    this.clock = clock;
    this.gapMillis = gap.toMillis();
  }

  /** Waits until {@code host} may be asked, then marks it busy. */
  synchronized void acquire(String host) throws InterruptedException {
    while (true) {
      boolean isBusy = busy.getOrDefault(host, false);
      long wait = nextAllowed.getOrDefault(host, 0L) - clock.millis();
      if (!isBusy && wait <= 0) {
        busy.put(host, true);
        return;
      }
      if (isBusy) {
        wait(); // release() notifies
      } else {
        wait(Math.max(1, Math.min(wait, gapMillis))); // the clock is read again after the wait
      }
    }
  }

  synchronized void release(String host) {
    busy.put(host, false);
    nextAllowed.put(host, clock.millis() + gapMillis);
    notifyAll();
  }
}
