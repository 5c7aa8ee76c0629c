package dev.storyline.web.cache;

import dev.storyline.store.PageVersions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the page versions other processes wrote ({@link PageVersions#poll}) every poll interval, so
 * a page rendered here is dropped soon after any process changes what it shows, and forgets change
 * marks older than any kept page. A failed poll (database away) is logged at most once a minute and
 * tried again at the next tick.
 */
final class PageVersionPoller {
  private static final Logger log = LoggerFactory.getLogger(PageVersionPoller.class);

  private final PageVersions versions;
  private final Duration interval;
  private final Duration keep;
  private final Clock clock;
  private final Deque<long[]> marks = new ArrayDeque<>();
  private ScheduledExecutorService executor;
  private Instant lastWarning = Instant.EPOCH;

  PageVersionPoller(PageVersions versions, Duration interval, Duration keep, Clock clock) {
    this.versions = versions;
    this.interval = interval;
    this.keep = keep.plusMinutes(1);
    this.clock = clock;
  }

  void start() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "page-versions");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleWithFixedDelay(
        this::tick, 0, Math.max(50, interval.toMillis()), TimeUnit.MILLISECONDS);
  }

  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  void tick() {
    try {
      versions.poll();
      long now = clock.millis();
      marks.addLast(new long[] {now, versions.epoch()});
      long forgetBefore = -1;
      while (!marks.isEmpty() && marks.peekFirst()[0] < now - keep.toMillis()) {
        forgetBefore = marks.removeFirst()[1];
      }
      if (forgetBefore > 0) {
        versions.forget(forgetBefore);
      }
    } catch (RuntimeException e) {
      Instant now = clock.instant();
      if (now.isAfter(lastWarning.plusSeconds(60))) {
        lastWarning = now;
        log.warn(
            "could not read page versions (pages may be served stale until it works): {}",
            e.toString());
      }
    }
  }
}
