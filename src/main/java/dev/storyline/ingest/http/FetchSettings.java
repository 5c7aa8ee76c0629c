package dev.storyline.ingest.http;

import java.time.Duration;

/**
 * Limits of one fetch. Built from the settings ({@code storyline.fetch.*}, where their defaults are
 * written); tests and tools without Spring take those defaults the same way.
 *
 * @param connectTimeout time allowed to open a connection (and finish TLS)
 * @param readTimeout longest silence allowed between two reads
 * @param totalTimeout deadline of the whole exchange, redirects included (stops slow trickles)
 * @param maxBodyBytes bytes read from the wire at most; reading stops there
 * @param maxDecodedBytes bytes after gzip/deflate decompression at most (stops gzip bombs)
 * @param maxRedirects redirects followed at most
 * @param userAgent the User-Agent header
 */
public record FetchSettings(
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    long maxBodyBytes,
    long maxDecodedBytes,
    int maxRedirects,
    String userAgent) {

  /** A copy with other timeouts. */
  public FetchSettings withTimeouts(Duration connect, Duration read, Duration total) {
    return new FetchSettings(
        connect, read, total, maxBodyBytes, maxDecodedBytes, maxRedirects, userAgent);
  }

  /** A copy with other size limits. */
  public FetchSettings withLimits(long body, long decoded) {
    return new FetchSettings(
        connectTimeout, readTimeout, totalTimeout, body, decoded, maxRedirects, userAgent);
  }
}
