package dev.storyline.store;

import java.util.List;

/**
 * What the operator says about an outlet (the name articles carry as their source).
 *
 * @param name outlet name, exactly as articles carry it
 * @param lean the operator's placement
 * @param country country, or "" when not given
 * @param note free text (owner, where a factuality rating comes from), or ""
 * @param topics topic slugs the operator gives the outlet, sorted
 */
public record Outlet(String name, Lean lean, String country, String note, List<String> topics) {

  /** Longest outlet name, country and note accepted. */
  public static final int MAX_NAME = 300;

  public static final int MAX_COUNTRY = 100;
  public static final int MAX_NOTE = 2000;

  public Outlet {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an outlet needs a name");
    }
    name = name.strip();
    if (name.length() > MAX_NAME) {
      throw new IllegalArgumentException("outlet name longer than " + MAX_NAME + " characters");
    }
    lean = lean == null ? Lean.UNKNOWN : lean;
    country = country == null ? "" : country.strip();
    note = note == null ? "" : note.strip();
    if (country.length() > MAX_COUNTRY) {
      throw new IllegalArgumentException(name + ": country longer than " + MAX_COUNTRY);
    }
    if (note.length() > MAX_NOTE) {
      throw new IllegalArgumentException(name + ": note longer than " + MAX_NOTE);
    }
    topics =
        topics == null ? List.of() : topics.stream().map(Topics::slug).distinct().sorted().toList();
  }

  /** An outlet nobody described: unknown lean, no topics. */
  public static Outlet undescribed(String name) {
    return new Outlet(name, Lean.UNKNOWN, "", "", List.of());
  }
}
