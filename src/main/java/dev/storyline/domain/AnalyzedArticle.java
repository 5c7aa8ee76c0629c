package dev.storyline.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article with its sentences, entities, dates and embeddings.
 *
 * @param article the input article
 * @param sentences body sentences in order
 * @param titleEntities named entities of the title (offsets relative to the title)
 * @param embedding unit-length embedding of title + lead (384 dimensions)
 */
public record AnalyzedArticle(
    Article article,
    List<AnalyzedSentence> sentences,
    List<EntityMention> titleEntities,
    float[] embedding) {

  public AnalyzedArticle {
    sentences = List.copyOf(sentences);
    titleEntities = List.copyOf(titleEntities);
  }

  public String id() {
    return article.id();
  }

  /** Entity key to number of mentions over title and body, in first-seen order. */
  public Map<String, Integer> entityCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    titleEntities.forEach(e -> counts.merge(e.key(), 1, Integer::sum));
    for (AnalyzedSentence s : sentences) {
      s.entities().forEach(e -> counts.merge(e.key(), 1, Integer::sum));
    }
    return counts;
  }
}
