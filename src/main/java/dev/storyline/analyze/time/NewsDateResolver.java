package dev.storyline.analyze.time;

import dev.storyline.analyze.time.Rule.Context;
import dev.storyline.analyze.time.Rule.Resolved;
import dev.storyline.domain.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Resolves English news date expressions against the publication date with a fixed set of
 * regular-expression rules ({@code AbsoluteRules}, {@code RelativeRules}). Every rule proposes
 * candidates; the longest non-overlapping ones win, so "on Friday, March 3, 2019" is one mention.
 *
 * <p>Conventions: MONTH dates are the 1st, YEAR dates 1 January. "last/this/next week" is the
 * Monday of that ISO week (DAY). "early/mid/late 2020" and "the end of 2019" keep the year (YEAR).
 * A yearless "March 3" takes the year (publication year or a neighbour) closest to publication,
 * moved back a year if a past clause would put it over two weeks after publication (forward for a
 * future clause). A bare weekday or month is the latest one on or before publication unless the
 * clause looks future ("will", "plans", ...). A year needs a preposition or modifier ("in 2019",
 * "mid-2020"); bare years ("the 2019 election"), decades ("the 1990s"), seasons alone, the second
 * end of ranges and numeric dates like "3/4/2019" are skipped on purpose. Month names and weekdays
 * must be capitalised ("protesters march" is no date). A rule runs only when the sentence holds the
 * cheap {@link SentenceFacts} it cannot match without (most sentences hold none). Immutable and
 * thread-safe.
 */
public final class NewsDateResolver implements DateResolver {
  private static final List<Rule> RULES = rules();

  private static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(AbsoluteRules.all());
    rules.addAll(RelativeRules.all());
    return List.copyOf(rules);
  }

  /** {@inheritDoc} Returns an empty list when either argument is null. */
  @Override
  public List<DateMention> resolve(String sentence, LocalDate published) {
    if (sentence == null || published == null || sentence.isEmpty()) {
      return List.of();
    }
    SentenceFacts cues = SentenceFacts.of(sentence);
    Context context = new Context(sentence, published);
    List<DateMention> candidates = new ArrayList<>();
    for (Rule rule : RULES) {
      if (rule.needs().test(cues)) {
        collect(rule, context, candidates);
      }
    }
    return candidates.isEmpty() ? List.of() : longestNonOverlapping(candidates);
  }

  private static void collect(Rule rule, Context context, List<DateMention> out) {
    Matcher m = rule.pattern().matcher(context.sentence());
    while (m.find()) {
      Resolved r = rule.interpreter().interpret(m, context);
      if (r != null) {
        out.add(new DateMention(m.group(), m.start(), m.end(), r.date(), r.granularity()));
      }
    }
  }

  private static List<DateMention> longestNonOverlapping(List<DateMention> candidates) {
    candidates.sort(
        Comparator.comparingInt((DateMention d) -> d.start() - d.end())
            .thenComparingInt(DateMention::start));
    List<DateMention> chosen = new ArrayList<>();
    for (DateMention c : candidates) {
      if (chosen.stream().noneMatch(o -> c.start() < o.end() && o.start() < c.end())) {
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(DateMention::start));
    return List.copyOf(chosen);
  }
}
