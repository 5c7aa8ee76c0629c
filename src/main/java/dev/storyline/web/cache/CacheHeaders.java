package dev.storyline.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;

/**
 * The HTTP headers {@link PageCacheFilter} reads and replays: which headers a kept answer replays,
 * conditional requests ({@code 304}), gzip acceptance and the key a page is kept under. Stateless.
 */
final class CacheHeaders {

  private CacheHeaders() {}

  /** Headers never replayed from a kept answer (they are per answer, or set here). */
  private static final Set<String> NOT_REPLAYED =
      Set.of(
          "set-cookie",
          "cache-control",
          "pragma",
          "expires",
          "content-length",
          "content-type",
          "content-encoding",
          "transfer-encoding",
          "date",
          "etag",
          "last-modified",
          "vary",
          "connection",
          "keep-alive");

  /** The headers of an answer that a kept copy replays (not {@link #NOT_REPLAYED}). */
  static List<Map.Entry<String, String>> replayable(HttpServletResponse res) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (String name : Set.copyOf(res.getHeaderNames())) {
      if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
        for (String value : res.getHeaders(name)) {
          headers.add(Map.entry(name, value));
        }
      }
    }
    return headers;
  }

  /**
   * Whether the reader's copy is current ({@code If-None-Match}, else {@code If-Modified-Since}).
   */
  static boolean notModified(HttpServletRequest req, CachedPage page, String etag) {
    String match = req.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (match != null) {
      for (String tag : match.split(",")) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
          t = t.substring(2);
        }
        if (t.equals("*") || t.equals(etag)) {
          return true;
        }
      }
      return false;
    }
    long since;
    try {
      since = req.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
    return since >= 0 && page.lastModified() <= since;
  }

  /** Whether the reader takes gzip. */
  static boolean acceptsGzip(HttpServletRequest req) {
    String accept = req.getHeader(HttpHeaders.ACCEPT_ENCODING);
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip");
  }

  /** The kept page's key: host (absolute links may use it), path and query. */
  static String key(HttpServletRequest req) {
    String query = req.getQueryString();
    String host = req.getHeader(HttpHeaders.HOST);
    return (host == null ? "" : host.toLowerCase(Locale.ROOT))
        + req.getRequestURI()
        + (query == null ? "" : "?" + query);
  }
}
