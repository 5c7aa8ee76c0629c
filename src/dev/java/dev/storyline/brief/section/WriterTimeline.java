package dev.storyline.brief.section;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.DateGranularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Developer tool (not a test): the story page's Timeline method ({@link TimelineWriter}'s
 * background facts: past-tense sentences dated at least {@value TimelineWriter#BACKGROUND_DAYS}
 * days before their article, de-duplicated, ranked as {@link TimelineWriter#write} ranks them)
 * driven as the Timeline17 protocol asks: every article of the span, day-precise facts within the
 * span, the first {@code dates} dates in that order with up to {@code perDate} facts each, each
 * containing a query word. Milestones (a story's first day and headline) need stories, which the
 * protocol does not give, and Timeline17's articles have no headlines; they are left out.
 */
public final class WriterTimeline {
  private WriterTimeline() {}

  public static Map<LocalDate, List<String>> protocol(
      List<AnalyzedArticle> articles,
      int dates,
      int perDate,
      LocalDate from,
      LocalDate to,
      Set<String> keywords) {
    List<TimelineWriter.Fact> facts = new ArrayList<>();
    articles.stream()
        .sorted(Comparator.comparing(a -> a.article().published()))
        .forEach(a -> facts.addAll(TimelineWriter.BackgroundFacts.of(a)));
    List<TimelineEntry> ranked = TimelineWriter.ranked(facts);
    Map<LocalDate, List<String>> out = new TreeMap<>();
    for (TimelineEntry e : ranked) {
      if (e.granularity() != DateGranularity.DAY
          || e.date().isBefore(from)
          || e.date().isAfter(to)) {
        continue;
      }
      String lower = e.line().text().toLowerCase(Locale.ROOT);
      if (!keywords.isEmpty() && keywords.stream().noneMatch(lower::contains)) {
        continue;
      }
      if (!out.containsKey(e.date()) && out.size() == dates) {
        continue;
      }
      List<String> day = out.computeIfAbsent(e.date(), k -> new ArrayList<>());
      if (day.size() < perDate) {
        day.add(e.line().text());
      }
    }
    return out;
  }
}
