package dev.storyline.ingest.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Dates as feeds write them: RFC 3339 / ISO 8601 and RFC 822 (with common liberties). */
final class FeedDates {
  private static final List<DateTimeFormatter> RFC822 =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME,
          DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] Z", Locale.US),
          DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] zzz", Locale.US),
          DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] zzz", Locale.US));

  private FeedDates() {}

  /** The instant, or {@code null} when the text is not a date this reader knows. */
  static Instant parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    try {
      return OffsetDateTime.parse(
              t.replace(' ', 'T').replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2"))
          .toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    if (t.matches("\\d{4}-\\d\\d-\\d\\d")) {
      return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    for (DateTimeFormatter f : RFC822) {
      try {
        return ZonedDateTime.parse(t.replaceAll("\\s+", " "), f).toInstant();
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    return null;
  }
}
