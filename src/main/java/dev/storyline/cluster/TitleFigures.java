package dev.storyline.cluster;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The headline-figure cue of recurring reports: weekly jobless claims, the monthly jobs report, a
 * day's case count. Such reports share their words, their people and the kind of event from one
 * period to the next; what tells this week's apart from last week's is the figure in the title
 * ("claims rise to 853,000"). {@link #clash} is the share of a story's members with figures none of
 * which is among the article's title figures. The article's title, not its lead: a lead often
 * repeats last week's figure ("up from 716,000"), which last week's members name, while this week's
 * headline figure cannot be in last week's articles and is in most of this week's leads. Figures
 * are quantities only: decimals and whole numbers of three digits or more that are not years; small
 * whole numbers are mostly days, ranks and names ("COVID-19"), shared by unrelated stories and
 * different in one story's articles.
 */
final class TitleFigures {
  private TitleFigures() {}

  /** Share of the members with figures that have none of the article's title figures. */
  static double clash(ArticleEvidence a, List<Member> members) {
    Set<String> own = figures(a.titleNumbers());
    if (own.isEmpty()) {
      return 0;
    }
    int with = 0;
    int clashing = 0;
    for (Member m : members) {
      Set<String> other = figures(m.evidence().numbers());
      if (!other.isEmpty()) {
        with++;
        clashing += Collections.disjoint(own, other) ? 1 : 0;
      }
    }
    return with == 0 ? 0 : clashing / (double) with;
  }

  /** The figures among number keys ("#853000", "#3.6"; not "#19" or "#2020"). */
  static Set<String> figures(Set<String> numbers) {
    Set<String> out = new HashSet<>();
    for (String n : numbers) {
      String v = n.substring(1);
      boolean year = v.length() == 4 && (v.startsWith("19") || v.startsWith("20"));
      if (v.contains(".") || (v.length() >= 3 && !year)) {
        out.add(n);
      }
    }
    return out;
  }
}
