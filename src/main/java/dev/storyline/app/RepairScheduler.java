package dev.storyline.app;

import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the story repair pass on a single background thread, every interval, while enabled (the
 * pipeline also runs it after each import or poll batch).
 */
final class RepairScheduler {
  private static final Logger log = LoggerFactory.getLogger(RepairScheduler.class);
  private final PipelineRunner runner;
  private final boolean enabled;
  private final Duration interval;
  private ScheduledExecutorService executor;

  RepairScheduler(PipelineRunner runner, boolean enabled, Duration interval) {
    this.runner = runner;
    this.enabled = enabled;
    this.interval = interval;
  }

  synchronized void start() {
    if (!enabled || interval.isZero() || interval.isNegative()) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "story-repair");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleWithFixedDelay(
        this::pass, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Runs a pass soon on the repair thread (a moderator moved an article out of its story). */
  @org.springframework.context.event.EventListener
  void requested(dev.storyline.store.StoryRepairRepository.RepairRequested request) {
    synchronized (this) {
      if (executor == null) {
        executor =
            Executors.newSingleThreadScheduledExecutor(
                r -> {
                  Thread t = new Thread(r, "story-repair");
                  t.setDaemon(true);
                  return t;
                });
      }
    }
    log.info("story repair requested: {}", request.reason());
    executor.execute(this::pass);
  }

  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  private void pass() {
    try {
      runner.repair(Progress.silent());
    } catch (RuntimeException e) {
      log.warn("story repair failed", e);
    }
  }
}
