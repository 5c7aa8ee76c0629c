package dev.storyline.ingest.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/** Reads a response body: wire byte limit, content coding, decoded byte limit. */
final class BodyReader {
  private final FetchSettings settings;

  BodyReader(FetchSettings settings) {
    this.settings = settings;
  }

  /**
   * Reads an entity whose transfer coding is already undone: at most {@link
   * FetchSettings#maxBodyBytes()} bytes (refused up front when {@code announcedLength} says more),
   * then the content coding, at most {@link FetchSettings#maxDecodedBytes()} bytes after it.
   */
  byte[] entity(InputStream body, long announcedLength, String contentEncoding) throws IOException {
    if (announcedLength > settings.maxBodyBytes()) {
      throw tooLarge();
    }
    InputStream wire = new Streams.Limit(body, settings.maxBodyBytes(), tooLarge().getMessage());
    InputStream decoded = decode(wire, contentEncoding);
    return readAll(
        new Streams.Limit(
            decoded,
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
}
