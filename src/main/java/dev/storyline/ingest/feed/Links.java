package dev.storyline.ingest.feed;

import java.net.URI;
import org.jsoup.Jsoup;

/** Small helpers shared by the format readers. */
final class Links {
  private Links() {}

  /** {@code link} made absolute against {@code base} when possible; {@code null} when blank. */
  static String absolute(String base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String l = link.strip();
    if (base == null || l.startsWith("http://") || l.startsWith("https://")) {
      return l;
    }
    try {
      return URI.create(base.strip()).resolve(l.replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return l;
    }
  }

  /** Plain text of a title that may hold markup or entities. */
  static String plain(String s) {
    if (s == null) {
      return "";
    }
    return s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s.strip();
  }
}
