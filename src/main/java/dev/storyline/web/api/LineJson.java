package dev.storyline.web.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One published sentence and the source sentences it is grounded in.
 *
 * @param text the sentence
 * @param refs its sources; never empty
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LineJson(String text, List<Ref> refs) {

  /**
   * A cited source sentence.
   *
   * @param article source article id
   * @param sentence sentence index in the article body, -1 for the title
   * @param outlet outlet name, or {@code null} when the article is not among the story's sources
   * @param url article address, or {@code null}
   * @param sentenceText the cited sentence, or {@code null} when not stored
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Ref(String article, int sentence, String outlet, String url, String sentenceText) {}
}
