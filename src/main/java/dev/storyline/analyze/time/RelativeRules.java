package dev.storyline.analyze.time;

import static dev.storyline.analyze.time.DateLexicon.COUNT;
import static dev.storyline.analyze.time.DateLexicon.UNIT;
import static dev.storyline.analyze.time.DateLexicon.WEEKDAYS;

import dev.storyline.analyze.time.Rule.Context;
import dev.storyline.analyze.time.Rule.Resolved;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/** Rules relative to publication: "yesterday", "on Friday", "last year", "two years ago". */
final class RelativeRules {
  private RelativeRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of(
            "deictic-day",
            c ->
                c.anyWord(
                    "today",
                    "tonight",
                    "yesterday",
                    "tomorrow",
                    "night",
                    "morning",
                    "afternoon",
                    "evening"),
            "(?i)\\b(?:(?:earlier|later)\\s+)?(?<word>today|tonight|yesterday|tomorrow"
                + "|last\\s+night|this\\s+(?:morning|afternoon|evening))\\b",
            RelativeRules::deicticDay),
        Rule.of(
            "weekday",
            SentenceFacts::weekday,
            "(?:\\b(?<prep>(?i:on|by|until|since|from|before|after))\\s+)?"
                + "(?:\\b(?<rel>(?i:last|next|this|coming|past))\\s+)?"
                + "(?<![Gg]ood\\s|[Bb]lack\\s|[Cc]yber\\s)\\b(?<weekday>"
                + WEEKDAYS
                + ")\\b"
                + "(?!\\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Morning\\s+Post))",
            RelativeRules::weekday),
        Rule.of(
            "this-next-last",
            c -> c.anyWord("week", "month", "year"),
            "(?i)(?<!the\\s)\\b(?:(?<mod>earlier|later|early|late)\\s+)?(?<rel>last|this|next)\\s+"
                + "(?<unit>week|month|year)\\b",
            RelativeRules::period),
        Rule.of(
            "ago",
            c -> c.anyWord("ago"),
            "(?i)\\b" + COUNT + "\\s+" + UNIT + "\\s+ago\\b",
            RelativeRules::ago),
        Rule.of(
            "in-n",
            c -> c.anyWord("day", "week", "month", "year", "decade", "centur"),
            "(?i)\\b(?<prep>in|within)\\s+(?:the\\s+next\\s+)?"
                + COUNT
                + "\\s+"
                + UNIT
                + "(?:(?:['’]s?)?\\s+time)?\\b",
            RelativeRules::inFuture));
  }

  private static Resolved deicticDay(Matcher m, Context c) {
    String word = m.group("word").toLowerCase(Locale.ROOT);
    if (word.equals("yesterday") || word.startsWith("last")) {
      return Resolved.day(c.published().minusDays(1));
    }
    if (word.equals("tomorrow")) {
      return Resolved.day(c.published().plusDays(1));
    }
    return Resolved.day(c.published());
  }

  private static Resolved weekday(Matcher m, Context c) {
    String rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT);
    LocalDate d =
        DateMath.weekday(DateLexicon.weekday(m.group("weekday")), c.published(), rel, c.tense(m));
    return Resolved.day(d);
  }

  /** "last week" → Monday of last week (DAY); "this month" → MONTH; "next year" → YEAR. */
  private static Resolved period(Matcher m, Context c) {
    String rel = m.group("rel").toLowerCase(Locale.ROOT);
    int step = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
    LocalDate p = c.published();
    return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
      case "week" -> Resolved.day(DateMath.monday(p.plusWeeks(step)));
      case "month" -> Resolved.month(p.plusMonths(step));
      default -> Resolved.year(p.getYear() + step);
    };
  }

  private static Resolved ago(Matcher m, Context c) {
    return shift(c.published(), -DateLexicon.count(m.group("n")), m.group("unit"));
  }

  /**
   * A superlative a few words before "in two centuries": "the worst quake in two centuries", "the
   * first strike in ten years" measure back over a span, they name no future point.
   */
  private static final java.util.regex.Pattern SUPERLATIVE_BEFORE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:worst|best|biggest|largest|highest|lowest|strongest|weakest|deadliest"
              + "|fastest|slowest|longest|shortest|greatest|heaviest|sharpest|steepest|most|least"
              + "|first|only|record)\\b(?:\\s+[\\p{L}'’-]+){0,4}\\s*$");

  /** "in two weeks", "within three months": a future point, unless the clause is past. */
  private static Resolved inFuture(Matcher m, Context c) {
    if (c.tense(m) == Tense.PAST
        || SUPERLATIVE_BEFORE.matcher(c.sentence().substring(0, m.start())).find()) {
      return null;
    }
    return shift(c.published(), DateLexicon.count(m.group("n")), m.group("unit"));
  }

  private static Resolved shift(LocalDate p, int n, String unitText) {
    String unit = unitText.toLowerCase(Locale.ROOT);
    if (unit.startsWith("day")) {
      return Resolved.day(p.plusDays(n));
    }
    if (unit.startsWith("week")) {
      return Resolved.day(p.plusWeeks(n));
    }
    if (unit.startsWith("month")) {
      return Resolved.month(p.plusMonths(n));
    }
    int years = unit.startsWith("decade") ? 10 * n : unit.startsWith("centur") ? 100 * n : n;
    return Resolved.year(p.getYear() + years);
  }
}
