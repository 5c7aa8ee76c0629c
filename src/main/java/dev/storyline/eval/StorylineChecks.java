package dev.storyline.eval;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Storylines of an {@code eval pages} run against the gold labels: Timeline17's topic for its
 * articles and basil's event for its own (each basil event is its own saga). Purity is the
 * article-weighted share of each storyline's articles that carry its most common label; BCubed
 * scores the storyline of each article against its label; a storyline that mixes both sets or spans
 * more than a year is counted too.
 *
 * @param storylines storylines with at least one article
 * @param purity article-weighted majority-label share
 * @param bcubed BCubed precision / recall / F1 of storylines against the labels
 * @param mixedSets storylines holding articles of both Timeline17 and basil
 * @param overAYear storylines whose articles span more than 365 days
 * @param largestArticles articles of the largest storyline
 * @param largestSpanDays days spanned by the longest storyline
 */
record StorylineChecks(
    int storylines,
    double purity,
    ClusterMetrics bcubed,
    int mixedSets,
    int overAYear,
    int largestArticles,
    long largestSpanDays) {

  static StorylineChecks of(PagesEval.Run run) {
    Map<String, List<String>> members = new HashMap<>();
    List<String> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    run.storyOfArticle()
        .forEach(
            (article, story) -> {
              String line = run.storylineOfStory().get(story);
              members.computeIfAbsent(line, k -> new ArrayList<>()).add(article);
              predicted.add(line);
              gold.add(run.gold().get(article));
            });
    int majority = 0;
    int total = 0;
    int mixed = 0;
    int long_ = 0;
    int largest = 0;
    long span = 0;
    for (List<String> ids : members.values()) {
      Map<String, Integer> labels = new HashMap<>();
      Instant first = Instant.MAX;
      Instant last = Instant.MIN;
      for (String id : ids) {
        labels.merge(run.gold().get(id), 1, Integer::sum);
        Instant t = run.articles().get(id).article().published();
        first = t.isBefore(first) ? t : first;
        last = t.isAfter(last) ? t : last;
      }
      majority += labels.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      total += ids.size();
      boolean t17 = labels.keySet().stream().anyMatch(l -> l.startsWith("t17"));
      boolean basil = labels.keySet().stream().anyMatch(l -> l.startsWith("basil"));
      mixed += t17 && basil ? 1 : 0;
      long days = Duration.between(first, last).toDays();
      long_ += days > 365 ? 1 : 0;
      largest = Math.max(largest, ids.size());
      span = Math.max(span, days);
    }
    return new StorylineChecks(
        members.size(),
        total == 0 ? 0 : (double) majority / total,
        ClusterMetrics.score(predicted, gold),
        mixed,
        long_,
        largest,
        span);
  }
}
