package dev.storyline.store;

import java.util.Locale;
import java.util.regex.Pattern;

/** Topic slugs and their display names. */
public final class Topics {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Longest slug accepted. */
  public static final int MAX = 40;

  private Topics() {}

  /**
   * The slug of a topic as an operator writes it ("Science & Health" is refused, "science",
   * "Sport", "climate change" become "science", "sport", "climate-change").
   */
  public static String slug(String text) {
    String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    if (s.isEmpty() || s.length() > MAX || !SLUG.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "topic \"" + text + "\" must be letters, digits and dashes (at most " + MAX + ")");
    }
    return s;
  }

  /** "climate-change" → "Climate change". */
  public static String name(String slug) {
    String words = slug.replace('-', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
