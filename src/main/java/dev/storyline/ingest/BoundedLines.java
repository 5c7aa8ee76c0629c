package dev.storyline.ingest;

import java.io.IOException;
import java.io.Reader;

/** Splits a character stream into lines, never holding more than a limit of one line in memory. */
final class BoundedLines {
  record Line(String text, boolean tooLong) {}

  private final Reader reader;
  private final int max;
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int len;

  BoundedLines(Reader reader, int max) {
    this.reader = reader;
    this.max = max;
  }

  /** The next line without its terminator, or {@code null} at the end of the stream. */
  Line next() throws IOException {
    StringBuilder sb = new StringBuilder();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = reader.read(buffer);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return any ? line(sb, tooLong) : null;
        }
      }
      any = true;
      char c = buffer[pos++];
      if (c == '\n') {
        return line(sb, tooLong);
      }
      if (!tooLong) {
        if (sb.length() >= max) {
          tooLong = true;
          sb.setLength(0);
        } else {
          sb.append(c);
        }
      }
    }
  }

  private static Line line(StringBuilder sb, boolean tooLong) {
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == '\r') {
      sb.setLength(n - 1);
    }
    return new Line(tooLong ? "" : sb.toString(), tooLong);
  }
}
