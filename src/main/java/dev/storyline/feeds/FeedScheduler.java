package dev.storyline.feeds;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Polls due feed sources on a single background thread, every tick, while enabled. */
final class FeedScheduler {
  private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);
  private final SourceService service;
  private final boolean enabled;
  private final Duration tick;
  private ScheduledExecutorService executor;

  FeedScheduler(SourceService service, boolean enabled, Duration tick) {
    this.service = service;
    this.enabled = enabled;
    this.tick = tick;
  }

  void start() {
    if (!enabled) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "feed-poller");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleWithFixedDelay(
        this::tick, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
  }

  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  private void tick() {
    try {
      for (FeedPoller.Report r : service.pollDue()) {
        if (r.stored() > 0) {
          log.info("feed poll {}", r);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.warn("feed polling failed", e);
    }
  }
}
