package dev.storyline.store;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from headlines: ASCII, lower case, hyphen-separated, at most 80 characters. */
public final class Slugs {
  private Slugs() {}

  public static String of(String headline) {
    String s =
        Normalizer.normalize(headline == null ? "" : headline, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (s.length() > 80) {
      s = s.substring(0, 80).replaceAll("-[^-]*$", "");
    }
    return s.isEmpty() ? "story" : s;
  }
}
