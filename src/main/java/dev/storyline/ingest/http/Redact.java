package dev.storyline.ingest.http;

import java.net.URI;

/** Addresses as they may be logged or shown: without user info (passwords) and query strings. */
public final class Redact {
  private Redact() {}

  public static String uri(URI uri) {
    if (uri == null) {
      return "";
    }
    String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + port
        + path
        + (uri.getRawQuery() == null ? "" : "?…");
  }

  public static String url(String url) {
    try {
      return uri(new URI(url.trim()));
    } catch (Exception e) {
      return "(unreadable address)";
    }
  }
}
