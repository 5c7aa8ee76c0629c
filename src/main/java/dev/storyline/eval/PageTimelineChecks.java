package dev.storyline.eval;

import dev.storyline.domain.Brief;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The timeline's checks of {@code eval pages} ({@link PageChecks} lists them). */
final class PageTimelineChecks {
  private PageTimelineChecks() {}

  /** Counts one page's timeline entries: after the story, outside its saga, the same date twice. */
  static void check(
      PageChecks.Counts c,
      PageSiteLines siteLines,
      Brief b,
      PageStory story,
      Map<String, String> gold) {
    List<Brief.TimelineEntry> above = new ArrayList<>();
    for (Brief.TimelineEntry e : b.timeline()) {
      c.lines++;
      siteLines.line(e.line().text());
      if (e.background() && above.stream().anyMatch(o -> sameEvent(o, e))) {
        c.sameDate++;
        c.example("same date", e.date() + " " + e.line().text());
      }
      above.add(e);
      if (e.date().isAfter(story.last())) {
        c.after++;
        c.example("after", e.date() + " > " + story.last() + " " + e.line().text());
      }
      String g = gold.get(e.line().refs().get(0).articleId());
      if (g != null && !g.equals(story.gold())) {
        c.outside++;
        c.example("outside", story.gold() + " <- " + g + " " + e.line().text());
      }
    }
  }

  /**
   * True when two timeline entries have the same date and half or more of the shorter one's content
   * words (three at least, {@link PageChecks#words}) are in the other: one event told twice.
   */
  static boolean sameEvent(Brief.TimelineEntry a, Brief.TimelineEntry b) {
    if (!a.date().equals(b.date())) {
      return false;
    }
    Set<String> x = new HashSet<>(PageChecks.words(a.line().text()));
    Set<String> y = new HashSet<>(PageChecks.words(b.line().text()));
    Set<String> small = x.size() <= y.size() ? x : y;
    Set<String> large = small == x ? y : x;
    return small.size() >= 3 && small.stream().filter(large::contains).count() * 2 >= small.size();
  }
}
