package dev.storyline.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered answer, kept to be served again: its bytes (and their gzip form for text worth
 * compressing), the headers it was rendered with, its validators, what it depends on and the epoch
 * at which rendering began.
 *
 * @param body the rendered bytes
 * @param gzip the same bytes gzip-compressed, or {@code null} when not worth it
 * @param contentType the Content-Type it was rendered with
 * @param headers other headers to send again (security headers and the like), in order
 * @param etag strong validator of {@code body} (quoted)
 * @param lastModified when it was rendered, in epoch milliseconds rounded down to the second
 * @param scopes what it shows ({@code dev.storyline.store.PageVersions} scopes)
 * @param epoch the versions' epoch read before rendering began
 */
record CachedPage(
    byte[] body,
    byte[] gzip,
    String contentType,
    List<Map.Entry<String, String>> headers,
    String etag,
    long lastModified,
    List<String> scopes,
    long epoch) {

  private static final int GZIP_FROM_BYTES = 1024;

  static CachedPage of(
      byte[] body,
      String contentType,
      List<Map.Entry<String, String>> headers,
      long renderedAtMillis,
      List<String> scopes,
      long epoch) {
    byte[] gzip = worthCompressing(body, contentType) ? gzip(body) : null;
    return new CachedPage(
        body,
        gzip != null && gzip.length < body.length ? gzip : null,
        contentType,
        List.copyOf(headers),
        etag(body),
        renderedAtMillis / 1000 * 1000,
        List.copyOf(scopes),
        epoch);
  }

  /** The validator of the gzip form: another representation, so another tag. */
  String gzipEtag() {
    return etag.substring(0, etag.length() - 1) + "-gz\"";
  }

  /** Bytes this page holds in memory, for the cache's bound. */
  int weight() {
    return body.length + (gzip == null ? 0 : gzip.length) + 512;
  }

  /** A strong validator: a digest of the bytes, quoted. */
  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\""
          + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27)
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static boolean worthCompressing(byte[] body, String contentType) {
    if (body.length < GZIP_FROM_BYTES || contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(java.util.Locale.ROOT);
    return type.startsWith("text/") || type.contains("json") || type.contains("xml");
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
