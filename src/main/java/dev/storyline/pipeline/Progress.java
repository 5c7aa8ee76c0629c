package dev.storyline.pipeline;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of long work: a bar redrawn in place on a terminal, plain lines (every 10 %) otherwise.
 * Not thread-safe.
 */
public final class Progress {
  private final PrintStream out;
  private final boolean terminal;
  private String task = "";
  private long total;
  private long done;
  private int lastDecile = -1;
  private long started;

  public Progress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
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
    this.started = System.nanoTime();
    draw();
  }

  public void step(long n) {
    done = Math.min(total, done + n);
    draw();
  }

  public void finish() {
    done = total;
    draw();
    if (terminal) {
      out.println();
    }
  }

  private void draw() {
    double fraction = total == 0 ? 1 : (double) done / total;
    double seconds = (System.nanoTime() - started) / 1e9;
    if (terminal) {
      int width = 30;
      int filled = (int) Math.round(fraction * width);
      out.printf(
          Locale.ROOT,
          "\r%-10s [%s%s] %3d%% %d/%d %.1fs",
          task,
          "#".repeat(filled),
          " ".repeat(width - filled),
          Math.round(fraction * 100),
          done,
          total,
          seconds);
      out.flush();
      return;
    }
    int decile = (int) Math.floor(fraction * 10);
    if (decile != lastDecile) {
      lastDecile = decile;
      out.printf(
          Locale.ROOT,
          "%s: %d/%d (%d%%) %.1fs%n",
          task,
          done,
          total,
          Math.round(fraction * 100),
          seconds);
    }
  }
}
