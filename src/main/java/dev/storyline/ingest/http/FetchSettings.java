package dev.storyline.ingest.http;

import java.time.Duration;

/**
 * Limits of one fetch.
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

  /** Defaults: 10 s connect, 20 s read, 60 s total, 8 MiB wire, 32 MiB decoded, 5 redirects. */
  public static FetchSettings defaults() {
    return new FetchSettings(
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        Duration.ofSeconds(60),
        8L << 20,
        32L << 20,
        5,
        "Storyline/0.1 (+https://github.com/storyline; feed reader)");
  }

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
