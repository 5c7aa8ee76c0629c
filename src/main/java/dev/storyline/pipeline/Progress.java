package dev.storyline.pipeline;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of long work: a bar redrawn in place on a terminal; otherwise plain lines, one every 10
 * % and at least one every {@value #QUIET_SECONDS} seconds while steps are made, so long work never
 * looks hung. A {@link #note} says what a long step is doing. Not thread-safe.
 */
public final class Progress {
  /** Longest stretch without a line (plain output) while work moves. */
  static final int QUIET_SECONDS = 10;

  private final PrintStream out;
  private final boolean terminal;
  private final java.util.function.LongSupplier nanos;
  private String task = "";
  private long total;
  private long done;
  private int lastDecile = -1;
  private long started;
  private long lastLine;
  private String note = "";

  public Progress(PrintStream out, boolean terminal) {
    this(out, terminal, System::nanoTime);
  }

  Progress(PrintStream out, boolean terminal, java.util.function.LongSupplier nanos) {
    this.out = out;
    this.terminal = terminal;
    this.nanos = nanos;
  }

  /** Progress on standard error; a bar when a console is attached. */
  public static Progress console() {
    return new Progress(System.err, System.console() != null);
  }

  /** Progress that prints nothing. */
  public static Progress silent() {
    return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), false);
  }

  public void start(String task, long total) {
    this.task = task;
    this.total = Math.max(0, total);
    this.done = 0;
    this.lastDecile = -1;
    this.started = nanos.getAsLong();
    this.note = "";
    draw(false);
  }

  /** More work turned up for the current task (the total grows; what is done stays). */
  public void grow(long more) {
    total += Math.max(0, more);
    draw(false);
  }

  public void step(long n) {
    done = Math.min(total, done + n);
    draw(false);
  }

  /** Says what the current step is doing (shown at once: it may take a while); empty: no more. */
  public void note(String text) {
    note = text;
    if (!text.isEmpty()) {
      draw(true);
    }
  }

  public void finish() {
    done = total;
    note = "";
    draw(false);
    if (terminal) {
      out.println();
    }
  }

  private void draw(boolean force) {
    double fraction = total == 0 ? 1 : (double) done / total;
    long now = nanos.getAsLong();
    double seconds = (now - started) / 1e9;
    String suffix = note.isEmpty() ? "" : " - " + note;
    if (terminal) {
      int width = 30;
      int filled = (int) Math.round(fraction * width);
      out.printf(
          Locale.ROOT,
          "\r%-10s [%s%s] %3d%% %d/%d %.1fs%s\u001b[K",
          task,
          "#".repeat(filled),
          " ".repeat(width - filled),
          Math.round(fraction * 100),
          done,
          total,
          seconds,
          suffix);
      out.flush();
      return;
    }
    int decile = (int) Math.floor(fraction * 10);
    boolean quiet = (now - lastLine) / 1e9 >= QUIET_SECONDS;
    if (decile != lastDecile || quiet || force) {
      lastDecile = decile;
      lastLine = now;
      out.printf(
          Locale.ROOT,
          "%s: %d/%d (%d%%) %.1fs%s%n",
          task,
          done,
          total,
          Math.round(fraction * 100),
          seconds,
          suffix);
    }
  }
}
