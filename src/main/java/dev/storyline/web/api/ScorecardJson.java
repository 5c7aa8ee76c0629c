package dev.storyline.web.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One forecast of a storyline's scorecard: the forward-looking sentence, where it comes from, the
 * date by which to check it, and what later stories of the storyline say about it.
 *
 * @param storyId the story whose brief carries the forecast
 * @param storyUrl path of that story's page
 * @param text the forecast sentence
 * @param attribution who made it, or {@code null} when unknown
 * @param source the article and sentence it comes from
 * @param checkBy the date to check it
 * @param status "confirmed", "contradicted" or "open"
 * @param evidence the later sentence that settled it, {@code null} while open
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScorecardJson(
    String storyId,
    String storyUrl,
    String text,
    String attribution,
    Source source,
    LocalDate checkBy,
    String status,
    Evidence evidence) {

  /**
   * A cited sentence's article.
   *
   * @param article article id
   * @param sentence sentence index in the article body, -1 for the title
   * @param outlet outlet name, or {@code null} when unknown
   * @param title article title, or {@code null} when unknown
   * @param url the article's address when it is a safe http(s) URL, else the citing story's page
   * @param published publication time, or {@code null} when unknown
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Source(
      String article, int sentence, String outlet, String title, String url, Instant published) {}

  /**
   * The later sentence that confirms or contradicts a forecast.
   *
   * @param text the sentence
   * @param storyId the later story it belongs to
   * @param storyUrl path of that story's page
   * @param url the evidence link: the article's safe address, else the later story's page
   * @param source the article and sentence
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Evidence(String text, String storyId, String storyUrl, String url, Source source) {}
}
