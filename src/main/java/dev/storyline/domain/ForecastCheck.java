package dev.storyline.domain;

import java.time.LocalDate;

/**
 * One line of a storyline's forecast scorecard: a forward-looking statement from one of its
 * stories, the date by which to check it, and what later stories of the storyline say about it.
 *
 * @param storyId the story whose brief carries the forecast
 * @param attribution who made the forecast, or {@code null} when unknown
 * @param claim the forecast sentence with its source reference
 * @param claimSource the article the forecast comes from
 * @param checkBy the date to check it: a future date resolved in its sentence, else publication
 *     plus 90 days
 * @param status confirmed, contradicted, or still open
 * @param evidence the later sentence that confirms or contradicts it, {@code null} when open
 * @param evidenceSource the article of {@code evidence}, {@code null} when open
 * @param evidenceStoryId the later story of {@code evidence}, {@code null} when open
 */
public record ForecastCheck(
    String storyId,
    String attribution,
    Line claim,
    Brief.SourceArticle claimSource,
    LocalDate checkBy,
    Status status,
    Line evidence,
    Brief.SourceArticle evidenceSource,
    String evidenceStoryId) {

  /** What later coverage says about a forecast. */
  public enum Status {
    /** A later sentence reports that it happened. */
    CONFIRMED,
    /** A later sentence reports that it did not happen (negated, delayed, rejected...). */
    CONTRADICTED,
    /** No later sentence speaks to it yet. */
    OPEN
  }
}
