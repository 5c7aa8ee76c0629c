package dev.storyline.feeds;

import java.util.HashMap;
import java.util.Map;

/**
 * Politeness per host: one request at a time to a host, and at least a minimum gap between the end
 * of one and the start of the next. Thread-safe.
 */
final class HostLimiter {
  private final long gapMillis;
  private final Map<String, Long> nextAllowed = new HashMap<>();
  private final Map<String, Boolean> busy = new HashMap<>();

  HostLimiter(long gapMillis) {
    this.gapMillis = gapMillis;
  }

  /** Waits until {@code host} may be asked, then marks it busy. */
  synchronized void acquire(String host) throws InterruptedException {
    while (true) {
      long wait = nextAllowed.getOrDefault(host, 0L) - System.currentTimeMillis();
      if (!busy.getOrDefault(host, false) && wait <= 0) {
        busy.put(host, true);
        return;
      }
      wait(Math.max(1, wait));
    }
  }

  synchronized void release(String host) {
    busy.put(host, false);
    nextAllowed.put(host, System.currentTimeMillis() + gapMillis);
    notifyAll();
  }
}
