package dev.storyline.analyze.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic for the rules: picking the year of "March 3", the March of "in March". */
final class DateMath {
  /** How far a yearless date may lie on the "wrong" side of publication before it moves a year. */
  private static final long SLACK_DAYS = 14;

  private DateMath() {}

  /** A valid date, or null (e.g. 31 April). */
  static LocalDate dateOrNull(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The year of a yearless "March 3": the candidate (publication year or either neighbour) closest
   * to publication, moved a year back when a past clause would put it more than two weeks after
   * publication, or a year forward when a future clause would put it two weeks before.
   */
  static LocalDate yearless(int month, int day, LocalDate published, Tense tense) {
    LocalDate best = null;
    for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
      LocalDate d = dateOrNull(y, month, day);
      if (d != null && (best == null || distance(d, published) < distance(best, published))) {
        best = d;
      }
    }
    if (best == null) {
      return null;
    }
    if (tense == Tense.PAST && best.isAfter(published.plusDays(SLACK_DAYS))) {
      return dateOrNull(best.getYear() - 1, month, day);
    }
    if (tense == Tense.FUTURE && best.isBefore(published.minusDays(SLACK_DAYS))) {
      return dateOrNull(best.getYear() + 1, month, day);
    }
    return best;
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }

  /**
   * First day of a yearless month. {@code relative} is "last" (strictly before the publication
   * month), "next" (strictly after), "this" (publication year) or null (by tense: the latest one
   * not after publication, or for a future clause the earliest one not before it).
   */
  static LocalDate month(int month, LocalDate published, String relative, Tense tense) {
    YearMonth now = YearMonth.from(published);
    YearMonth same = YearMonth.of(published.getYear(), month);
    YearMonth result;
    if ("last".equals(relative)) {
      result = same.isBefore(now) ? same : same.minusYears(1);
    } else if ("next".equals(relative)) {
      result = same.isAfter(now) ? same : same.plusYears(1);
    } else if ("this".equals(relative)) {
      result = same;
    } else if (tense == Tense.FUTURE) {
      result = same.isBefore(now) ? same.plusYears(1) : same;
    } else {
      result = same.isAfter(now) ? same.minusYears(1) : same;
    }
    return result.atDay(1);
  }

  /**
   * A weekday near publication. "last": strictly before; "next": strictly after; "this"/"coming" or
   * a future clause: on or after; otherwise on or before (news mostly reports what happened).
   */
  static LocalDate weekday(DayOfWeek day, LocalDate published, String relative, Tense tense) {
    if ("last".equals(relative) || "past".equals(relative)) {
      return published.with(TemporalAdjusters.previous(day));
    }
    if ("next".equals(relative)) {
      return published.with(TemporalAdjusters.next(day));
    }
    if ("this".equals(relative) || "coming".equals(relative) || tense == Tense.FUTURE) {
      return published.with(TemporalAdjusters.nextOrSame(day));
    }
    return published.with(TemporalAdjusters.previousOrSame(day));
  }

  /** Monday of the ISO week containing {@code date}. */
  static LocalDate monday(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
