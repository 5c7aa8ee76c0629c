package dev.storyline.store.search;

import org.apache.lucene.index.QueryTimeout;

/**
 * Stops a search once its thread has used {@code millis} of CPU. CPU time, not wall time: under a
 * crowd of readers every search waits for a core, and that wait must not turn a plain search away
 * as too costly. Read on the searching thread (searches here run on the caller's thread).
 */
final class CpuTimeLimit implements QueryTimeout {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private final long until;

  CpuTimeLimit(long millis) {
    until = now() + millis * 1_000_000;
  }

  private static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  @Override
  public boolean shouldExit() {
    return now() > until;
  }
}
