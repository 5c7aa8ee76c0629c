package dev.storyline.ingest.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Bounded streams used by the client. */
final class Streams {
  private Streams() {}

  /** Throws once more than {@code limit} bytes were read. */
  static final class Limit extends FilterInputStream {
    private final long limit;
    private final String message;
    private long count;

    Limit(InputStream in, long limit, String message) {
      super(in);
      this.limit = limit;
      this.message = message;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, (int) Math.min(len, limit - count + 1));
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws FetchException {
      count += n;
      if (count > limit) {
        throw new FetchException(FetchException.Kind.TOO_LARGE, message);
      }
    }
  }

  static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
