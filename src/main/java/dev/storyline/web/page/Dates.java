package dev.storyline.web.page;

import dev.storyline.domain.DateGranularity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write times: always UTC, English month abbreviations ("24 Nov 2026"). */
final class Dates {

  private static final DateTimeFormatter DAY = pattern("d MMM uuuu");
  private static final DateTimeFormatter DAY_NO_YEAR = pattern("d MMM");
  private static final DateTimeFormatter MONTH = pattern("MMM uuuu");
  private static final DateTimeFormatter YEAR = pattern("uuuu");
  private static final DateTimeFormatter TIME = pattern("HH:mm");

  private Dates() {}

  private static DateTimeFormatter pattern(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
  }

  /** "24 Nov 2026". */
  static String day(Instant instant) {
    return DAY.format(utc(instant));
  }

  /** "24 Nov 2026, 09:30 UTC". */
  static String dateTime(Instant instant) {
    return DAY.format(utc(instant)) + ", " + TIME.format(utc(instant)) + " UTC";
  }

  /** ISO-8601 instant for {@code <time datetime>}. */
  static String iso(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /**
   * A coverage window: "24 Nov 2026, 09:30–14:10 UTC" within a day, "23 Nov 09:30 – 24 Nov 2026
   * 14:10 UTC" within a year, full dates otherwise.
   */
  static String span(Instant first, Instant last) {
    ZonedDateTime a = utc(first);
    ZonedDateTime b = utc(last);
    if (a.toLocalDate().equals(b.toLocalDate())) {
      return DAY.format(a) + ", " + TIME.format(a) + "–" + TIME.format(b) + " UTC";
    }
    String start = (a.getYear() == b.getYear() ? DAY_NO_YEAR : DAY).format(a);
    return start + " " + TIME.format(a) + " – " + DAY.format(b) + " " + TIME.format(b) + " UTC";
  }

  /** A milestone date as precise as it is known: "24 Nov 2026", "Mar 2021" or "2019". */
  static String milestone(LocalDate date, DateGranularity granularity) {
    return switch (granularity) {
      case DAY -> DAY.format(date);
      case MONTH -> MONTH.format(date);
      case YEAR -> YEAR.format(date);
    };
  }

  /** The machine-readable form of a milestone date ("2026-11-24", "2021-03", "2019"). */
  static String milestoneIso(LocalDate date, DateGranularity granularity) {
    return switch (granularity) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> String.valueOf(date.getYear());
    };
  }

  private static ZonedDateTime utc(Instant instant) {
    return instant.atZone(ZoneOffset.UTC);
  }
}
