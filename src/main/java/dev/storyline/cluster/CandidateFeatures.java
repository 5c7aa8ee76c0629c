package dev.storyline.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How {@link StoryClusterer} turns an article's nearest stories into scored candidates: the nearest
 * first (ties by story id), at most a given number, each with the article's features against it
 * ({@link StoryFeatures}) and the margins between them.
 */
final class CandidateFeatures {

  private CandidateFeatures() {}

  /**
   * The candidates among {@code near} (story id to similarity, stories in the window), nearest
   * first, at most {@code neighbours}; {@code near} is sorted in place. Their {@code open_stories}
   * counts every story of {@code stories} within {@code window} of the article, not only the
   * candidates: candidates come from a fixed number of nearest articles, so their count saturates
   * on any busy day and cannot tell a busy day from a crowded one.
   */
  static List<StoryClusterer.Candidate> rank(
      List<Map.Entry<String, Double>> near,
      Map<String, StoryState> stories,
      float[] embedding,
      Instant published,
      ArticleEvidence evidence,
      StoryFeatures.Stats stats,
      int neighbours,
      Duration window) {
    Instant from = published.minus(window);
    Instant to = published.plus(window);
    int crowd =
        (int)
            stories.values().stream()
                .filter(s -> !s.last.isBefore(from) && !s.first.isAfter(to))
                .count();
    near.sort(
        Map.Entry.<String, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    List<StoryClusterer.Candidate> out = new ArrayList<>();
    int open = Math.min(neighbours, near.size());
    for (Map.Entry<String, Double> c : near.subList(0, open)) {
      out.add(
          new StoryClusterer.Candidate(
              stories.get(c.getKey()),
              StoryFeatures.of(
                  evidence,
                  embedding,
                  published.getEpochSecond(),
                  stories.get(c.getKey()),
                  c.getValue(),
                  crowd,
                  stats)));
    }
    StoryFeatures.withMargins(out.stream().map(StoryClusterer.Candidate::features).toList());
    return out;
  }
}
