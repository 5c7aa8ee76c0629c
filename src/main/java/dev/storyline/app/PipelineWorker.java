package dev.storyline.app;

import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker role's loop: every {@code storyline.work.idle-poll} it does this process's share of
 * what is pending in the store (articles stored by any process, briefs asked for by the clustering
 * writer) and takes the clustering role when it is free, e.g. after its holder died. Its thread is
 * not a daemon, so a worker-only process (no web server) keeps running until it is stopped.
 */
final class PipelineWorker {
  private static final Logger log = LoggerFactory.getLogger(PipelineWorker.class);
  private final PipelineRunner runner;
  private final Duration idle;
  private volatile boolean running;
  private Thread thread;
  private Instant lastWarning = Instant.EPOCH;

  PipelineWorker(PipelineRunner runner, Duration idle) {
    this.runner = runner;
    this.idle = idle;
  }

  void start() {
    running = true;
    thread = new Thread(this::loop, "pipeline-worker");
    thread.setDaemon(false);
    thread.start();
  }

  void stop() throws InterruptedException {
    running = false;
    if (thread != null) {
      thread.interrupt();
      thread.join(10_000);
    }
    runner.close();
  }

  private void loop() {
    while (running) {
      try {
        runner.process(Progress.silent());
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        Instant now = Instant.now();
        if (now.isAfter(lastWarning.plusSeconds(60))) {
          lastWarning = now;
          log.warn("pipeline work failed (retrying every {}): {}", idle, e.toString(), e);
        }
      }
      try {
        Thread.sleep(idle.toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
