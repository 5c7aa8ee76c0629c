package dev.storyline.ingest;

import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * The part of a host name one owner registers ({@code news.example.co.uk} → {@code example.co.uk}),
 * by the Public Suffix List that OkHttp carries; an IP address or a name without a registrable part
 * stands for itself.
 */
public final class RegistrableDomain {
  private RegistrableDomain() {}

  /** The registrable domain of an http(s) URL's host, or {@code null} for anything else. */
  public static String of(String url) {
    HttpUrl u = url == null ? null : HttpUrl.parse(url.strip());
    if (u == null) {
      return null;
    }
    String top = u.topPrivateDomain();
    return (top != null ? top : u.host()).toLowerCase(Locale.ROOT);
  }

  /** Whether {@code url} is on the registrable domain of one of {@code sites}. */
  public static boolean sameSite(String url, String... sites) {
    String domain = of(url);
    if (domain == null) {
      return false;
    }
    for (String site : sites) {
      if (domain.equals(of(site))) {
        return true;
      }
    }
    return false;
  }
}
