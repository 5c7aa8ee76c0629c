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
    return demoronize(
        s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s.strip());
  }

  /**
   * C1 control characters (U+0080–U+009F) in feed text are nearly always Windows-1252 bytes written
   * as numeric references ({@code &#146;}): they become the characters Windows-1252 meant.
   */
  static String demoronize(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && c <= 0x9f) {
        if (out == null) {
          out = new StringBuilder(s.substring(0, i));
        }
        String mapped = new String(new byte[] {(byte) c}, CP1252);
        out.append(mapped.equals("\uFFFD") ? "" : mapped);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static final java.nio.charset.Charset CP1252 =
      java.nio.charset.Charset.forName("windows-1252");
}
