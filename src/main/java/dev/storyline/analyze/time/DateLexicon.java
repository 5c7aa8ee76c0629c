package dev.storyline.analyze.time;

import dev.storyline.words.NumberWords;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Regular-expression fragments and word tables shared by the date rules. */
final class DateLexicon {
  /** A capitalised month name or abbreviation; named group {@code month}. */
  static final String MONTH =
      "(?<month>January|February|March|April|May|June|July|August|September|October|November"
          + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?"
          + "|Oct\\.?|Nov\\.?|Dec\\.?)(?![A-Za-z])";

  /** A capitalised full month name (abbreviations alone are too ambiguous); group {@code month}. */
  static final String FULL_MONTH =
      "(?<month>January|February|March|April|May|June|July|August|September|October|November"
          + "|December)(?![A-Za-z])";

  /** Capitalised weekday names, no group. */
  static final String WEEKDAYS = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  /** An optional "Friday, " in front of a calendar date. */
  static final String WEEKDAY_PREFIX = "(?:\\b" + WEEKDAYS + ",?\\s+)?";

  /** An optional leading preposition that belongs to the expression ("in", "since", "as of"). */
  static final String PREP =
      "(?:\\b(?<prep>(?i:in|on|since|by|during|until|till|before|after|from|through|throughout"
          + "|as\\s+of|as\\s+early\\s+as))\\s+)?";

  /** A part-of-period modifier ("early", "mid-", "the end of"); group {@code mod}. */
  static final String PART_MOD =
      "(?:(?<mod>(?i:(?:early|late|mid)(?:-|\\s+)|(?:the\\s+)?(?:end|start|beginning|middle|rest"
          + "|spring|summer|autumn|fall|winter|first\\s+half|second\\s+half)\\s+of\\s+)))?";

  /** A day of the month with an optional ordinal suffix; group {@code day}. */
  static final String DAY = "(?<![\\d$€£.,])\\b(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";

  /** What may not follow a day of the month. */
  static final String DAY_GUARD = "(?![\\d%A-Za-z]|[.,:]\\d)";

  /** A four-digit year; group {@code year}. */
  static final String YEAR = "(?<year>\\d{4})";

  /** What may not follow a year: digits, letters ("1990s"), a percent sign, decimals, ranges. */
  static final String YEAR_GUARD = "(?![\\d%A-Za-z]|[.,]\\d|[-–/]\\d)";

  /** A small count: a word ("a", "two", "twelve") or one to three digits; group {@code n}. */
  static final String COUNT = "(?<n>" + NumberWords.alternation(50) + "|an|a|\\d{1,3})";

  /** A calendar unit; group {@code unit}. */
  static final String UNIT = "(?<unit>days?|weeks?|months?|years?|decades?|century|centuries)";

  /** Lowest and highest year accepted as a year. */
  static final int MIN_YEAR = 1000;

  static final int MAX_YEAR = 2199;

  /** Words after a number that make it a count ("2019 people"), not a year. */
  private static final Set<String> COUNT_NOUNS =
      Set.of(
          "people",
          "million",
          "billion",
          "thousand",
          "hundred",
          "percent",
          "per",
          "men",
          "women",
          "children",
          "feet",
          "staff",
          "police",
          "metres",
          "meters",
          "miles",
          "times");

  /** Plural-looking words that are no nouns. */
  private static final Set<String> NOT_PLURALS =
      Set.of(
          "this",
          "thus",
          "less",
          "unless",
          "across",
          "plus",
          "versus",
          "whereas",
          "does",
          "towards",
          "afterwards",
          "besides",
          "always",
          "perhaps",
          "sometimes",
          "was",
          "has",
          "its",
          "his",
          "is",
          "as",
          "us",
          "yes");

  /** Words before "by 2030" that make it an amount of change, not a deadline. */
  private static final Set<String> CHANGE_WORDS =
      Set.of(
          "rose",
          "rise",
          "rises",
          "risen",
          "fell",
          "fall",
          "falls",
          "fallen",
          "increased",
          "increase",
          "decreased",
          "decrease",
          "dropped",
          "drop",
          "grew",
          "grow",
          "up",
          "down",
          "cut",
          "reduced",
          "reduce",
          "raised",
          "raise",
          "lowered",
          "climbed",
          "declined",
          "jumped",
          "gained",
          "lost",
          "surged",
          "slumped",
          "outnumbered",
          "won",
          "beat",
          "led",
          "trailed",
          "exceeded",
          "only",
          "multiplied",
          "divided");

  private DateLexicon() {}

  /** Month number (1-12) of a month name or abbreviation such as "Sept." or "March". */
  static int month(String name) {
    String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return switch (key) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException("not a month: " + name);
    };
  }

  /** Weekday of a capitalised weekday name. */
  static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** Value of a {@link #COUNT} match. */
  static int count(String text) {
    if (text.equalsIgnoreCase("a") || text.equalsIgnoreCase("an")) {
      return 1; // "a year ago"
    }
    Integer word = NumberWords.value(text);
    return word != null ? word : Integer.parseInt(text);
  }

  /** Time zones and words that follow a 24-hour clock time ("1400 BST", "0600 local time"). */
  private static final Set<String> CLOCK_WORDS =
      Set.of(
          "GMT", "BST", "UTC", "EST", "EDT", "CET", "CEST", "PST", "PDT", "local", "hours", "hrs");

  /**
   * Whether a four-digit number after a preposition is a 24-hour clock time, not a year. It must
   * read as a time (hours under 24, minutes under 60); then it is one when a time zone or "local
   * time" follows it ("from 1730 BST"), or when it is 1500 or less after a preposition other than
   * "in" or "during" ("returning shortly after 1100", "by 1100 (1600 GMT)"): such years come with
   * "in" ("in 1066", "in 1453").
   */
  static boolean clockTime(String prep, int number, String text, int end) {
    if (prep == null || number % 100 >= 60 || number / 100 >= 24) {
      return false;
    }
    return CLOCK_WORDS.contains(Words.after(text, end))
        || number <= 1500 && !prep.equals("in") && !prep.equals("during");
  }

  /** Whether the word after {@code end} in {@code text} marks the number before it as a count. */
  static boolean countNounFollows(String text, int end) {
    String next = Words.after(text, end);
    if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
      return false;
    }
    if (COUNT_NOUNS.contains(next)) {
      return true;
    }
    return next.length() >= 4
        && next.endsWith("s")
        && !next.endsWith("ss")
        && !NOT_PLURALS.contains(next);
  }

  /**
   * A year before Christ: "BC" (or "BCE", "B.C.") right after it or after the range it opens ("1250
   * BC", "from 1792 to 1750BC", "from 1200 until 1100 B.C.").
   */
  private static final Pattern BEFORE_CHRIST =
      Pattern.compile(
          "^\\s?(?:(?:to|until|and|-|–)\\s?\\d{1,4}\\s?)?(?:BCE?|B\\.\\s?C\\.?(?:\\s?E\\.?)?)(?![\\p{L}])");

  static boolean beforeChrist(String text, int end) {
    return BEFORE_CHRIST.matcher(text.substring(end)).find();
  }

  /** Whether the word before {@code start} makes "by N" an amount of change ("fell by 2000"). */
  static boolean changeWordPrecedes(String text, int start) {
    return CHANGE_WORDS.contains(Words.before(text, start).toLowerCase(Locale.ROOT));
  }
}
