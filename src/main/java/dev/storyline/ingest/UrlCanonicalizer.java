package dev.storyline.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Canonical form of an article URL so that the same page reached through different links is
 * recognised: lower-case scheme and host, http upgraded to https, no default port, no fragment, no
 * tracking parameters (utm_*, fbclid, gclid, …), remaining parameters sorted, no trailing slash.
 */
public final class UrlCanonicalizer {
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src",
          "cmpid", "ocid", "smid", "_ga", "yclid", "spm");

  private UrlCanonicalizer() {}

  /**
   * The canonical URL, or {@code null} when {@code url} is blank or not an absolute http(s) URL.
   */
  public static String canonicalize(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return null;
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      int port = uri.getPort();
      String portPart = port == -1 || port == 80 || port == 443 ? "" : ":" + port;
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query = query(uri.getRawQuery());
      return "https://" + host + portPart + path + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : raw.split("&")) {
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
        kept.add(pair);
      }
    }
    kept.sort(null);
    return String.join("&", kept);
  }
}
