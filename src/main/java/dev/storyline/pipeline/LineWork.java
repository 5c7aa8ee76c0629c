package dev.storyline.pipeline;

/**
 * Part of {@link BriefStep}: notes on the progress of one long storyline ({@value BriefStep#LONG}+
 * stories): what it is doing, and how many of its stale briefs are written, at most every {@value
 * Progress#QUIET_SECONDS} s.
 */
final class LineWork {
  private final String lineId;
  private final boolean shown;
  private final Progress progress;
  private long lastNote = System.nanoTime();

  LineWork(String lineId, int stories, Progress progress) {
    this.lineId = lineId;
    this.shown = stories >= BriefStep.LONG;
    this.progress = progress;
  }

  void note(String doing) {
    if (shown) {
      progress.note("storyline " + lineId + ": " + doing);
      lastNote = System.nanoTime();
    }
  }

  /** The storyline is done: its notes leave the progress lines. */
  void done() {
    if (shown) {
      progress.note("");
    }
  }

  void written(int done, int stale) {
    if (shown && System.nanoTime() - lastNote >= Progress.QUIET_SECONDS * 1_000_000_000L) {
      note(done + "/" + stale + " briefs written");
    }
  }
}
