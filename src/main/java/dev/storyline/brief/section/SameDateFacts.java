package dev.storyline.brief.section;

import dev.storyline.brief.text.TextVector;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.DateGranularity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One timeline entry per background date. A long-running story's reports keep going back to the
 * event that began it, each in its own words and most of them to say what happened since ("The
 * Deepwater Horizon rig exploded on 20 April, killing 11 workers.", "Oil has been leaking into the
 * Gulf since the rig exploded on 20 April.", "BP has lost half its value since the April 20
 * explosion."): the timeline shows that date once, in the statement that tells its event best, and
 * counts every statement as support for it, so that its other places go to other dates.
 *
 * <p>Measured with {@code eval pages} (basil + Timeline17, 3,653 pages): background entries that
 * repeat a date above them with half their words 6.2 % of timeline lines before, 0.0 % after. When
 * only statements alike in words (TF-IDF cosine 0.4, the rule before) or in meaning (embedding
 * cosine 0.5) were folded, 1.8 % were left, and the BP pages still gave 20 April three times, as a
 * poll, a TV round and a spill estimate "since the April 20 explosion". Facts of one date that tell
 * different things are rare among background dates (30 days or more before the article) and a
 * timeline has few places for them.
 */
final class SameDateFacts {
  /** A statement that measures from a date ("since the April 20 explosion") more than tells it. */
  private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b");

  /** Weight of a statement that measures from a date against one that tells it. */
  static final double MEASURES_FROM = 0.5;

  /** Embedding cosine from which a month's or year's statement tells a finer date's event. */
  static final double SAME_EVENT = 0.6;

  private SameDateFacts() {}

  /**
   * The facts folded by date and granularity, each entry the date's {@link #typical} statement with
   * the number of statements; in order of each date's first statement.
   */
  static List<TimelineWriter.Supported> dedupe(List<TimelineWriter.Fact> found) {
    Map<String, List<Integer>> byDate = new LinkedHashMap<>();
    for (int i = 0; i < found.size(); i++) {
      byDate
          .computeIfAbsent(TimelineWriter.day(found.get(i).entry()), k -> new ArrayList<>())
          .add(i);
    }
    List<List<Integer>> groups = new ArrayList<>(byDate.values());
    List<Integer> typical = new ArrayList<>();
    groups.forEach(g -> typical.add(typical(found, g)));
    int[] into = new int[groups.size()];
    for (int c = 0; c < groups.size(); c++) {
      into[c] = finer(found, groups, typical, c);
    }
    int[] support = new int[groups.size()];
    for (int c = 0; c < groups.size(); c++) {
      int t = c;
      while (into[t] != t) { // a year into a month into a day: always finer, so it ends
        t = into[t];
      }
      support[t] += groups.get(c).size();
    }
    List<TimelineWriter.Supported> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      if (into[g] == g) {
        out.add(new TimelineWriter.Supported(found.get(typical.get(g)).entry(), support[g]));
      }
    }
    return out;
  }

  /**
   * The date a coarser date's statements fold into: the finer date within its month or year whose
   * statement is closest in meaning to its own, at least {@value #SAME_EVENT} ("BP's Deepwater
   * Horizon oil rig exploded in April, killing 11 people." into 20 April's "The spill began April
   * 20 after the Deepwater Horizon rig … exploded, killing 11 workers."); else its own.
   */
  private static int finer(
      List<TimelineWriter.Fact> found,
      List<List<Integer>> groups,
      List<Integer> typical,
      int coarse) {
    TimelineEntry c = found.get(typical.get(coarse)).entry();
    int best = coarse;
    double bestSim = SAME_EVENT;
    for (int f = 0; f < groups.size(); f++) {
      TimelineEntry e = found.get(typical.get(f)).entry();
      if (e.granularity().compareTo(c.granularity()) < 0 && within(e, c)) {
        double sim =
            TextVector.cosine(
                found.get(typical.get(f)).embedding(), found.get(typical.get(coarse)).embedding());
        if (sim >= bestSim) {
          bestSim = sim;
          best = f;
        }
      }
    }
    return best;
  }

  /** True when a finer entry's date lies in a coarser one's month or year. */
  private static boolean within(TimelineEntry fine, TimelineEntry coarse) {
    return fine.date().getYear() == coarse.date().getYear()
        && (coarse.granularity() == DateGranularity.YEAR
            || fine.date().getMonth() == coarse.date().getMonth());
  }

  /**
   * The statement that tells the date's event: the one closest in meaning to the others (the
   * largest sum of embedding cosines), weighed by {@value #MEASURES_FROM} when it says "since"; the
   * first on a tie or without embeddings.
   */
  static int typical(List<TimelineWriter.Fact> found, List<Integer> group) {
    int best = group.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i : group) {
      double sum = 0;
      for (int j : group) {
        double c =
            i == j ? 0 : TextVector.cosine(found.get(i).embedding(), found.get(j).embedding());
        sum += Double.isNaN(c) ? 0 : c;
      }
      boolean measures = SINCE.matcher(found.get(i).entry().line().text()).find();
      double score = sum * (measures ? MEASURES_FROM : 1);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }
}
