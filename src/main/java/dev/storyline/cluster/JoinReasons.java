package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.JoinEvidence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence of one assignment, taken at the moment the clusterer decides (before the article
 * changes the story): the features that weighed most in the scorer's decision, whatever features
 * the scorer has, the named entities and key words the article shares with the story, and the time
 * gap.
 */
final class JoinReasons {
  static final int TOP_FEATURES = 3;
  static final int NAMES = 3;

  private JoinReasons() {}

  /** The article joins {@code story} with probability {@code p}. */
  static JoinEvidence joined(
      AnalyzedArticle article,
      ArticleEvidence evidence,
      StoryState story,
      double[] features,
      double p,
      double threshold,
      StoryScorer scorer,
      StoryFeatures.Stats stats) {
    Instant published = article.article().published();
    double gap = Duration.between(story.last, published).toMinutes() / 60.0;
    return new JoinEvidence(
        JoinEvidence.JOINED,
        p,
        threshold,
        top(features, scorer),
        sharedEntities(article, evidence, story, stats),
        sharedTerms(article, evidence, story, stats),
        Math.round(gap * 10) / 10.0,
        story.articles,
        "");
  }

  /** The article founds a story: the best candidate (if any) scored {@code best}. */
  static JoinEvidence founded(double best, double threshold) {
    return new JoinEvidence(
        JoinEvidence.FOUNDED,
        Double.isFinite(best) ? best : -1,
        threshold,
        List.of(),
        List.of(),
        List.of(),
        -1,
        0,
        "");
  }

  private static List<JoinEvidence.Feature> top(double[] features, StoryScorer scorer) {
    double[] c = scorer.contributions(features);
    List<String> names = StoryScorer.featureNames();
    List<JoinEvidence.Feature> all = new ArrayList<>();
    for (int i = 0; i < c.length; i++) {
      if (c[i] > 0) {
        all.add(new JoinEvidence.Feature(names.get(i), round(features[i]), round(c[i])));
      }
    }
    all.sort(Comparator.comparingDouble(JoinEvidence.Feature::weight).reversed());
    return all.subList(0, Math.min(TOP_FEATURES, all.size()));
  }

  private static List<String> sharedEntities(
      AnalyzedArticle article,
      ArticleEvidence evidence,
      StoryState story,
      StoryFeatures.Stats stats) {
    Map<String, String> surface = new HashMap<>();
    article.titleEntities().forEach(e -> surface.putIfAbsent(e.key(), e.text()));
    for (AnalyzedSentence s : article.sentences()) {
      for (EntityMention e : s.entities()) {
        surface.putIfAbsent(e.key(), e.text());
      }
    }
    return evidence.entities().entrySet().stream()
        .filter(e -> story.entities.containsKey(e.getKey()))
        .sorted(
            Comparator.comparingDouble(
                    (Map.Entry<String, Integer> e) ->
                        -Math.min(e.getValue(), 3) * stats.entities().idf(e.getKey()))
                .thenComparing(Map.Entry::getKey))
        .map(e -> surface.getOrDefault(e.getKey(), e.getKey()))
        .distinct()
        .limit(NAMES)
        .toList();
  }

  private static List<String> sharedTerms(
      AnalyzedArticle article,
      ArticleEvidence evidence,
      StoryState story,
      StoryFeatures.Stats stats) {
    StringBuilder lead = new StringBuilder(article.article().title());
    int chars = 0;
    for (AnalyzedSentence s : article.sentences()) {
      if (chars >= ArticleEvidence.LEAD_CHARS) {
        break;
      }
      chars += s.text().length();
      lead.append(' ').append(s.text());
    }
    Map<String, String> surface = Terms.surfaces(lead.toString());
    return evidence.leadTerms().keySet().stream()
        .filter(story.evidence.leadTerms::containsKey)
        .sorted(
            Comparator.comparingDouble((String t) -> -stats.terms().idf(t))
                .thenComparing(Comparator.naturalOrder()))
        .limit(NAMES)
        .map(t -> surface.getOrDefault(t, t))
        .toList();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
