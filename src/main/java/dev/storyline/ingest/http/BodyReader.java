package dev.storyline.ingest.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/** Reads a response body: transfer coding, wire byte limit, content coding, decoded byte limit. */
final class BodyReader {
  private final FetchSettings settings;

  BodyReader(FetchSettings settings) {
    this.settings = settings;
  }

  byte[] read(InputStream in, Map<String, List<String>> headers) throws IOException {
    String transfer = first(headers, "transfer-encoding");
    String length = first(headers, "content-length");
    InputStream body;
    if (transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = new Streams.Chunked(in);
    } else if (length != null) {
      long n = contentLength(length);
      if (n > settings.maxBodyBytes()) {
        throw tooLarge();
      }
      body = new BoundedLength(in, n);
    } else {
      body = in;
    }
    body = new Streams.Limit(body, settings.maxBodyBytes(), tooLarge().getMessage());
    body = decode(body, first(headers, "content-encoding"));
    return readAll(
        new Streams.Limit(
            body,
            settings.maxDecodedBytes(),
            "the decompressed body exceeds "
                + settings.maxDecodedBytes()
                + " bytes (a compression bomb?); reading stopped"));
  }

  private FetchException tooLarge() {
    return new FetchException(
        FetchException.Kind.TOO_LARGE,
        "the body is larger than the limit of "
            + settings.maxBodyBytes()
            + " bytes; reading stopped");
  }

  private static InputStream decode(InputStream in, String encoding) throws IOException {
    String e = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
    try {
      return switch (e) {
        case "gzip", "x-gzip" -> new GZIPInputStream(in, 8192);
        case "deflate" -> deflate(in);
        case "", "identity" -> in;
        default ->
            throw new FetchException(
                FetchException.Kind.PROTOCOL,
                "unsupported content encoding \"" + Streams.abbreviate(e) + "\"");
      };
    } catch (ZipException ex) {
      throw new FetchException(FetchException.Kind.PROTOCOL, "the compressed body is corrupt", ex);
    }
  }

  /** "deflate" is zlib-wrapped by the standard, raw in some servers: look at the first byte. */
  private static InputStream deflate(InputStream in) throws IOException {
    PushbackInputStream p = new PushbackInputStream(in, 1);
    int first = p.read();
    if (first >= 0) {
      p.unread(first);
    }
    boolean zlib = first >= 0 && (first & 0x0f) == 8;
    return new InflaterInputStream(p, new Inflater(!zlib), 8192);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    try {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        out.write(buf, 0, n);
      }
    } catch (ZipException | java.io.EOFException e) {
      throw new FetchException(
          FetchException.Kind.PROTOCOL, "the compressed body is corrupt or cut short", e);
    }
    return out.toByteArray();
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

  /** Stops after exactly {@code n} bytes (Content-Length). */
  private static final class BoundedLength extends java.io.FilterInputStream {
    private long left;

    BoundedLength(InputStream in, long n) {
      super(in);
      left = n;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      left -= b >= 0 ? 1 : 0;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      left -= Math.max(0, n);
      return n;
    }
  }
}
