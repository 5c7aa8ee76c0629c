package dev.storyline.brief;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.DateMention;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A long timeline for a large collection (Timeline17-style task), built like {@link TimelineWriter}
 * from dated source sentences: dates are ranked by how often the coverage refers to them (a
 * sentence resolving a day-precise date expression to it, from an article published on or after
 * it) plus half the number of articles published that day; for each chosen date the most central
 * candidate sentences (those that name the date, and the leads of that day's articles) are kept,
 * mutually different. Entries are newest first, each a verbatim source sentence with its reference.
 */
public final class DatedTimeline {
  static final int LEAD = 5;
  static final double PUBLISHED_WEIGHT = 0.5;

  private DatedTimeline() {}

  /** A candidate sentence for a date. */
  private record Candidate(AnalyzedArticle article, AnalyzedSentence sentence, String text,
      boolean namesDate) {}

  /**
   * Up to {@code dates} dates with up to {@code perDate} sentences each.
   *
   * @param articles the collection, any order
   * @param dates how many dates to pick
   * @param perDate sentences per date
   */
  public static List<TimelineEntry> generate(List<AnalyzedArticle> articles, int dates, int perDate) {
    Map<LocalDate, Double> votes = new HashMap<>();
    Map<LocalDate, List<Candidate>> candidates = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      collect(a, votes, candidates);
    }
    List<LocalDate> chosen = votes.entrySet().stream()
        .filter(e -> candidates.containsKey(e.getKey()))
        .sorted(Map.Entry.<LocalDate, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(dates)
        .map(Map.Entry::getKey)
        .toList();
    List<TimelineEntry> out = new ArrayList<>();
    for (LocalDate d : chosen) {
      for (Candidate c : pick(candidates.get(d), perDate)) {
        Line line = Line.of(c.text, new SourceRef(c.article.id(), c.sentence.index()));
        out.add(new TimelineEntry(d, DateGranularity.DAY, c.text, line, null, false));
      }
    }
    out.sort(Comparator.comparing(TimelineEntry::date).reversed());
    return out;
  }

  private static void collect(AnalyzedArticle a, Map<LocalDate, Double> votes,
      Map<LocalDate, List<Candidate>> candidates) {
    LocalDate published = LocalDate.ofInstant(a.article().published(), ZoneOffset.UTC);
    votes.merge(published, PUBLISHED_WEIGHT, Double::sum);
    for (AnalyzedSentence s : a.sentences()) {
      String text = Trimmer.trim(s.text());
      int words = Vectorizer.words(text).size();
      boolean usable = words >= 6 && words <= 40 && !text.endsWith("?");
      boolean dated = false;
      for (DateMention d : s.dates()) {
        if (d.granularity() == DateGranularity.DAY && !d.date().isAfter(published)) {
          dated = true;
          votes.merge(d.date(), 1.0, Double::sum);
          if (usable) {
            candidates.computeIfAbsent(d.date(), k -> new ArrayList<>())
                .add(new Candidate(a, s, text, true));
          }
        }
      }
      if (!dated && usable && s.index() < LEAD && s.dates().isEmpty()) {
        candidates.computeIfAbsent(published, k -> new ArrayList<>())
            .add(new Candidate(a, s, text, false));
      }
    }
  }

  /** Timeline lines are short: full weight up to 25 words, less beyond. */
  private static double brevity(String text) {
    int words = Vectorizer.words(text).size();
    return words <= 25 ? 1 : 25.0 / words;
  }

  /** The most central candidates (a sentence that names the date counts more), de-duplicated. */
  private static List<Candidate> pick(List<Candidate> all, int k) {
    List<TextVector> vectors = Vectorizer.lexical(all.stream().map(Candidate::text).toList());
    double[] centrality = Vectorizer.centrality(vectors);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      order.add(i);
    }
    Map<Integer, Double> score = new LinkedHashMap<>();
    order.forEach(i -> score.put(i, (0.1 + centrality[i]) * (all.get(i).namesDate ? 1.3 : 1)
        * brevity(all.get(i).text)));
    order.sort(Comparator.comparingDouble((Integer i) -> -score.get(i)));
    List<Integer> kept = new ArrayList<>();
    for (int i : order) {
      if (kept.size() == k) {
        break;
      }
      if (kept.stream().noneMatch(j -> vectors.get(i).dot(vectors.get(j)) >= 0.5)) {
        kept.add(i);
      }
    }
    return kept.stream().map(all::get).toList();
  }
}
