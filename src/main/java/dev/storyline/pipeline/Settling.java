package dev.storyline.pipeline;

import dev.storyline.store.ArticleRepository;
import dev.storyline.store.work.Coordination;
import java.time.Instant;

/**
 * Part of {@link PipelineRunner}: the wait at the end of an import or poll, until every article
 * stored by a given instant is in a story and every brief asked for by then is written, doing a
 * share of the work (the runner's {@code process}) between pauses.
 */
final class Settling {
  private final ArticleRepository articles;
  private final Coordination coordination;
  private final WorkSettings work;

  Settling(ArticleRepository articles, Coordination coordination, WorkSettings work) {
    this.articles = articles;
    this.coordination = coordination;
    this.work = work;
  }

  /**
   * Waits, helping meanwhile, until every article stored by {@code storedBy} is in a story and
   * every brief asked for by then is written.
   */
  void settle(Instant storedBy, Runnable help) {
    while (articles.unassignedStoredBy(storedBy) > 0) {
      pause();
      help.run();
    }
    long asked = coordination.briefs().newest();
    while (coordination.briefs().waitingUpTo(asked) > 0) {
      pause();
      help.run();
    }
  }

  private void pause() {
    try {
      Thread.sleep(work.idlePoll().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for other processes", e);
    }
  }
}
