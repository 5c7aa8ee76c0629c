package dev.storyline.domain;

import java.util.List;

/**
 * One sentence of an article's body with what analysis found in it.
 *
 * @param index position of the sentence in the article body, from 0
 * @param start offset of the sentence in {@link Article#text()}
 * @param end end offset (exclusive) in {@link Article#text()}
 * @param text the sentence text (equal to {@code article.text().substring(start, end)})
 * @param entities named entities, offsets relative to {@code text}
 * @param dates date expressions, offsets relative to {@code text}
 * @param embedding unit-length sentence embedding (384 dimensions), or an empty array when not
 *     computed
 */
public record AnalyzedSentence(
    int index,
    int start,
    int end,
    String text,
    List<EntityMention> entities,
    List<DateMention> dates,
    float[] embedding) {

  public AnalyzedSentence {
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
  }
}
