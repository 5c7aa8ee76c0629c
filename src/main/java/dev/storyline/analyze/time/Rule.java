package dev.storyline.analyze.time;

import dev.storyline.domain.DateGranularity;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One date pattern, how to turn its match into a date, and the cheap {@link SentenceFacts} without
 * which the pattern cannot match.
 */
record Rule(String name, Predicate<SentenceFacts> needs, Pattern pattern, Interpreter interpreter) {

  /** Builds a rule from a regular expression. */
  static Rule of(
      String name, Predicate<SentenceFacts> needs, String regex, Interpreter interpreter) {
    return new Rule(name, needs, Pattern.compile(regex), interpreter);
  }

  /** Turns a match into a resolved date, or null when the match is not a date after all. */
  @FunctionalInterface
  interface Interpreter {
    Resolved interpret(Matcher match, Context context);
  }

  /** A resolved date and its precision. */
  record Resolved(LocalDate date, DateGranularity granularity) {
    static Resolved day(LocalDate date) {
      return new Resolved(date, DateGranularity.DAY);
    }

    static Resolved month(LocalDate date) {
      return new Resolved(date.withDayOfMonth(1), DateGranularity.MONTH);
    }

    static Resolved year(int year) {
      return new Resolved(LocalDate.of(year, 1, 1), DateGranularity.YEAR);
    }
  }

  /** The sentence being read and its publication date. */
  record Context(String sentence, LocalDate published) {
    /** Tense of the clause around a match. */
    Tense tense(Matcher match) {
      return Tense.around(sentence, match.start(), match.end());
    }
  }
}
