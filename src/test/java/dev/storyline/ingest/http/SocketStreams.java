package dev.storyline.ingest.http;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What our own socket client ({@link SocketTransport}) needs beyond the shipped client: a read
 * deadline, Content-Length and chunked bodies, lines. Kept in the test sources as the baseline the
 * OkHttp client was measured against (see {@link FetchBench}).
 */
final class SocketStreams {
  private SocketStreams() {}

  /** Reads a body off an HTTP/1.1 connection: transfer coding first, then {@link #entity}. */
  static byte[] read(FetchSettings settings, InputStream in, Map<String, List<String>> headers)
      throws IOException {
    String transfer = first(headers, "transfer-encoding");
    String length = first(headers, "content-length");
    InputStream body;
    long announced = -1;
    if (transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = new Chunked(in);
    } else if (length != null) {
      announced = contentLength(length);
      body = new BoundedLength(in, announced);
    } else {
      body = in;
    }
    return new BodyReader(settings).entity(body, announced, first(headers, "content-encoding"));
  }

  private static long contentLength(String v) throws FetchException {
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new FetchException(FetchException.Kind.PROTOCOL, "bad Content-Length");
    }
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

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
            FetchException.Kind.PROTOCOL, "bad chunk size \"" + Streams.abbreviate(hex) + "\"");
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

  /** Stops after exactly {@code n} bytes (Content-Length). */
  private static final class BoundedLength extends java.io.FilterInputStream {
    private long left;

    BoundedLength(InputStream in, long n) {
      super(in);
      left = n;
    }

    private FetchException cutShort() {
      return new FetchException(
          FetchException.Kind.PROTOCOL,
          "the connection closed " + left + " bytes before the announced end of the body");
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b < 0) {
        throw cutShort();
      }
      left--;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n < 0) {
        throw cutShort();
      }
      left -= n;
      return n;
    }
  }
}
