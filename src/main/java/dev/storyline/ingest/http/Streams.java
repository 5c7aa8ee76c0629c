package dev.storyline.ingest.http;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Bounded streams used by the client: deadline, byte limit, chunked transfer coding, lines. */
final class Streams {
  private Streams() {}

  /** Fails reads once the deadline passed; turns socket timeouts into {@link FetchException}. */
  static final class Deadline extends FilterInputStream {
    private final long deadlineNanos;
    private final String what;

    Deadline(InputStream in, long deadlineNanos, String what) {
      super(in);
      this.deadlineNanos = deadlineNanos;
      this.what = what;
    }

    @Override
    public int read() throws IOException {
      check();
      try {
        return super.read();
      } catch (SocketTimeoutException e) {
        throw silence(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      check();
      try {
        return super.read(b, off, len);
      } catch (SocketTimeoutException e) {
        throw silence(e);
      }
    }

    private void check() throws FetchException {
      if (System.nanoTime() > deadlineNanos) {
        throw new FetchException(
            FetchException.Kind.TIMEOUT,
            what + " did not finish sending in time (overall fetch deadline passed)");
      }
    }

    private FetchException silence(SocketTimeoutException e) {
      return new FetchException(
          FetchException.Kind.TIMEOUT, what + " stopped sending (read timeout)", e);
    }
  }

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

  /** Decodes HTTP/1.1 chunked transfer coding. */
  static final class Chunked extends InputStream {
    private final InputStream in;
    private long remaining;
    private boolean done;

    Chunked(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (remaining == 0) {
        remaining = nextSize();
        if (remaining == 0) {
          done = true;
          while (!line(in, 8192).isEmpty()) {
            // trailers are ignored
          }
          return -1;
        }
      }
      int n = in.read(b, off, (int) Math.min(len, remaining));
      if (n < 0) {
        throw new FetchException(FetchException.Kind.PROTOCOL, "connection closed inside a chunk");
      }
      remaining -= n;
      if (remaining == 0) {
        line(in, 16);
      }
      return n;
    }

    private long nextSize() throws IOException {
      String size = line(in, 1024);
      int semi = size.indexOf(';');
      String hex = (semi >= 0 ? size.substring(0, semi) : size).trim();
      try {
        long n = Long.parseLong(hex, 16);
        if (n < 0) {
          throw new NumberFormatException(hex);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new FetchException(
            FetchException.Kind.PROTOCOL, "bad chunk size \"" + abbreviate(hex) + "\"");
      }
    }
  }

  /** Reads one CRLF- or LF-terminated line of at most {@code max} bytes (ISO-8859-1). */
  static String line(InputStream in, int max) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        if (buf.size() == 0) {
          throw new FetchException(
              FetchException.Kind.PROTOCOL, "connection closed before the answer ended");
        }
        break;
      }
      if (buf.size() >= max) {
        throw new FetchException(
            FetchException.Kind.TOO_LARGE, "response header line longer than " + max + " bytes");
      }
      buf.write(c);
    }
    String s = buf.toString(StandardCharsets.ISO_8859_1);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
