package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.EntityMention;
import java.util.HashMap;
import java.util.Map;

/** Entity weights of an article: title mentions count double, body mentions once each. */
final class EntityProfile {
  private EntityProfile() {}

  static Map<String, Integer> of(AnalyzedArticle article) {
    Map<String, Integer> weights = new HashMap<>();
    for (EntityMention e : article.titleEntities()) {
      weights.merge(e.key(), 2, Integer::sum);
    }
    for (AnalyzedSentence s : article.sentences()) {
      for (EntityMention e : s.entities()) {
        weights.merge(e.key(), 1, Integer::sum);
      }
    }
    weights.keySet().removeIf(k -> k.isBlank());
    return weights;
  }

  /**
   * Share of the article's entity weight (each entity weighted by weight × idf) that the other
   * profile also contains; 0 when the article has no entities.
   */
  static double coverage(
      Map<String, Integer> article, Map<String, Integer> other, EntityStats idf) {
    double total = 0;
    double shared = 0;
    for (Map.Entry<String, Integer> e : article.entrySet()) {
      double w = Math.min(e.getValue(), 3) * idf.idf(e.getKey());
      total += w;
      if (other.containsKey(e.getKey())) {
        shared += w;
      }
    }
    return total == 0 ? 0 : shared / total;
  }
}
