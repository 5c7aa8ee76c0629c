package dev.storyline.analyze.time;

import static dev.storyline.analyze.time.DateLexicon.DAY;
import static dev.storyline.analyze.time.DateLexicon.DAY_GUARD;
import static dev.storyline.analyze.time.DateLexicon.FULL_MONTH;
import static dev.storyline.analyze.time.DateLexicon.MONTH;
import static dev.storyline.analyze.time.DateLexicon.PART_MOD;
import static dev.storyline.analyze.time.DateLexicon.PREP;
import static dev.storyline.analyze.time.DateLexicon.WEEKDAY_PREFIX;
import static dev.storyline.analyze.time.DateLexicon.YEAR;
import static dev.storyline.analyze.time.DateLexicon.YEAR_GUARD;

import dev.storyline.analyze.time.Rule.Context;
import dev.storyline.analyze.time.Rule.Resolved;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/** Rules for calendar dates: "March 3, 2019", "3 March", "March 2019", "in March", "in 2019". */
final class AbsoluteRules {
  private static final String THE = "(?:(?i:the)\\s+)?";
  private static final String OF = "(?:of\\s+)?";
  private static final Predicate<SentenceFacts> MONTH_AND_YEAR = c -> c.month() && c.fourDigits();
  private static final Predicate<SentenceFacts> MONTH_AND_DIGIT = c -> c.month() && c.digit();

  private AbsoluteRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of(
            "month-day-year",
            MONTH_AND_YEAR,
            PREP
                + WEEKDAY_PREFIX
                + "\\b"
                + MONTH
                + "\\s+"
                + DAY
                + "(?:,\\s*|\\s+)"
                + YEAR
                + YEAR_GUARD,
            AbsoluteRules::fullDate),
        Rule.of(
            "day-month-year",
            MONTH_AND_YEAR,
            PREP + WEEKDAY_PREFIX + THE + DAY + "\\s+" + OF + MONTH + ",?\\s+" + YEAR + YEAR_GUARD,
            AbsoluteRules::fullDate),
        Rule.of(
            "month-day",
            MONTH_AND_DIGIT,
            PREP + WEEKDAY_PREFIX + "\\b" + MONTH + "\\s+" + DAY + DAY_GUARD,
            AbsoluteRules::yearlessDate),
        Rule.of(
            "day-month",
            MONTH_AND_DIGIT,
            PREP + WEEKDAY_PREFIX + THE + DAY + "\\s+" + OF + MONTH,
            AbsoluteRules::yearlessDate),
        Rule.of(
            "iso",
            SentenceFacts::fourDigits,
            "(?<![\\d\\-/.])\\b" + YEAR + "-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d\\-/])",
            AbsoluteRules::iso),
        Rule.of(
            "month-year",
            MONTH_AND_YEAR,
            PREP + PART_MOD + "\\b" + MONTH + "\\s+" + OF + YEAR + YEAR_GUARD,
            AbsoluteRules::monthYear),
        Rule.of(
            "month",
            SentenceFacts::month,
            PREP + "(?:(?<rel>(?i:last|next|this))\\s+)?" + PART_MOD + "\\b" + FULL_MONTH,
            AbsoluteRules::monthAlone),
        Rule.of(
            "year",
            SentenceFacts::fourDigits,
            PREP + PART_MOD + "\\b" + YEAR + YEAR_GUARD,
            AbsoluteRules::year));
  }

  private static Resolved fullDate(Matcher m, Context c) {
    int year = Integer.parseInt(m.group("year"));
    if (!plausibleYear(year) || DateLexicon.countNounFollows(c.sentence(), m.end())) {
      return null;
    }
    LocalDate d = DateMath.dateOrNull(year, DateLexicon.month(m.group("month")), day(m));
    return d == null ? null : Resolved.day(d);
  }

  private static Resolved yearlessDate(Matcher m, Context c) {
    int month = DateLexicon.month(m.group("month"));
    LocalDate d = DateMath.yearless(month, day(m), c.published(), c.tense(m));
    if (d != null && namesTheAttacks(month, day(m), d, c, m.end())) {
      return null;
    }
    return d == null ? null : Resolved.day(d);
  }

  /** What follows a yearless "September 11" that names the 2001 attacks rather than a day. */
  private static final java.util.regex.Pattern ATTACKS =
      java.util.regex.Pattern.compile(
          "^[\\s\"”’'-]*(?i:attacks?|terror\\w*|hijack\\w*|commission|victims|era|generation)\\b");

  /**
   * Whether a yearless "September 11" names the 2001 attacks, a past event, not a day of the story:
   * an article written later that says "the September 11 attacks" or "the lessons of September 11"
   * more than two weeks from a September 11 means the attacks, which no rule may date to the
   * article's own year ("lessons of September 11" in a June 2005 speech is no event of 2004).
   */
  private static boolean namesTheAttacks(
      int month, int day, LocalDate resolved, Context c, int end) {
    if (month != 9 || day != 11 || !c.published().isAfter(LocalDate.of(2001, 9, 25))) {
      return false;
    }
    boolean near =
        Math.abs(java.time.temporal.ChronoUnit.DAYS.between(resolved, c.published())) <= 14;
    return !near || ATTACKS.matcher(c.sentence().substring(end)).find();
  }

  private static Resolved iso(Matcher m, Context c) {
    int year = Integer.parseInt(m.group("year"));
    if (!plausibleYear(year)) {
      return null;
    }
    LocalDate d =
        DateMath.dateOrNull(year, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
    return d == null ? null : Resolved.day(d);
  }

  private static Resolved monthYear(Matcher m, Context c) {
    int year = Integer.parseInt(m.group("year"));
    if (!plausibleYear(year) || DateLexicon.countNounFollows(c.sentence(), m.end())) {
      return null;
    }
    return Resolved.month(LocalDate.of(year, DateLexicon.month(m.group("month")), 1));
  }

  /** "in March", "last May", "mid-March": needs a preposition or modifier to count as a month. */
  private static Resolved monthAlone(Matcher m, Context c) {
    String rel = lower(m.group("rel"));
    if (m.group("prep") == null && rel == null && m.group("mod") == null) {
      return null;
    }
    if ("May".equals(m.group("month")) && c.sentence().startsWith("'s", m.end())) {
      return null; // "in May's hands": Theresa May, not the month
    }
    int month = DateLexicon.month(m.group("month"));
    return Resolved.month(DateMath.month(month, c.published(), rel, c.tense(m)));
  }

  /** "in 2019", "since 2019", "by 2030", "mid-2020", "the end of 2019"; never a bare "2019". */
  private static Resolved year(Matcher m, Context c) {
    String prep = lower(m.group("prep"));
    if (prep == null && m.group("mod") == null) {
      return null;
    }
    int year = Integer.parseInt(m.group("year"));
    if (!plausibleYear(year)
        || DateLexicon.countNounFollows(c.sentence(), m.end())
        || DateLexicon.beforeChrist(c.sentence(), m.end())) {
      return null;
    }
    if ("by".equals(prep) && DateLexicon.changeWordPrecedes(c.sentence(), m.start())) {
      return null; // "fell by 2000"
    }
    if (DateLexicon.clockTime(prep, year, c.sentence(), m.end())) {
      return null; // "returning shortly after 1100", "from 1730 BST"
    }
    return Resolved.year(year);
  }

  private static int day(Matcher m) {
    return Integer.parseInt(m.group("day"));
  }

  private static boolean plausibleYear(int year) {
    return year >= DateLexicon.MIN_YEAR && year <= DateLexicon.MAX_YEAR;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
