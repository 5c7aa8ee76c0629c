package dev.storyline.cluster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The union of its articles' {@link ArticleEvidence} that a story keeps for scoring, with the
 * idf-weighted totals of its lead entities and words for the story-share features. A total is
 * recomputed when the story changes or the document count behind the idf weights has grown by more
 * than {@value #STALE_SHARE} of itself since, so scoring an article against a big story costs the
 * article's items, not the story's.
 */
final class StoryEvidence {
  static final double STALE_SHARE = 0.01;

  final Map<String, Integer> leadEntities = new HashMap<>();
  final Map<String, Integer> leadTerms = new HashMap<>();
  final Set<String> titleTerms = new HashSet<>();
  final Set<String> numbers = new HashSet<>();
  final Set<LocalDate> days = new HashSet<>();
  final Set<String> places = new HashSet<>();
  private final Total entityTotal = new Total();
  private final Total termTotal = new Total();

  void add(ArticleEvidence a) {
    a.leadEntities().forEach((k, v) -> leadEntities.merge(k, v, Integer::sum));
    a.leadTerms().forEach((k, v) -> leadTerms.merge(k, v, Integer::sum));
    titleTerms.addAll(a.titleTerms());
    numbers.addAll(a.numbers());
    days.addAll(a.days());
    places.addAll(a.leadPlaces());
    entityTotal.reset();
    termTotal.reset();
  }

  /** Share of the story's lead-entity weight that the article's entities have. */
  double entityShare(Map<String, Integer> article, EntityStats idf) {
    return share(leadEntities, entityTotal.of(leadEntities, idf), article, idf);
  }

  /** Share of the story's lead-word weight that the article's words have. */
  double termShare(Map<String, Integer> article, EntityStats idf) {
    return share(leadTerms, termTotal.of(leadTerms, idf), article, idf);
  }

  private static double share(
      Map<String, Integer> story, double total, Map<String, Integer> article, EntityStats idf) {
    if (total == 0) {
      return 0;
    }
    double shared = 0;
    for (String k : article.keySet()) {
      Integer n = story.get(k);
      shared += n == null ? 0 : n * idf.idf(k);
    }
    return Math.min(1, shared / total);
  }

  /** Sum of count × idf over a story's items. */
  static double total(Map<String, Integer> story, EntityStats idf) {
    double total = 0;
    for (Map.Entry<String, Integer> e : story.entrySet()) {
      total += e.getValue() * idf.idf(e.getKey());
    }
    return total;
  }

  /** A cached total and the document count it was computed at. */
  private static final class Total {
    private double value;
    private int documents = -1;

    void reset() {
      documents = -1;
    }

    double of(Map<String, Integer> story, EntityStats idf) {
      int now = idf.documents();
      if (documents < 0 || now > documents * (1 + STALE_SHARE)) {
        value = total(story, idf);
        documents = now;
      }
      return value;
    }
  }
}
