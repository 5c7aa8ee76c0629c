package dev.storyline.web.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A story with every section of its page as data. Section keys follow {@code Brief.SECTIONS};
 * {@code gaps} maps a section without material to a plain message.
 *
 * @param id story id
 * @param url canonical path of the story page
 * @param card the story's list entry
 * @param storyline the storyline it belongs to
 * @param sections section keys in page order
 * @param headline headline line
 * @param whyItMatters Why It Matters lines
 * @param keyPoints Key Points lines
 * @param summary summary lines
 * @param explainer explainer lines and glosses
 * @param sides camps of stances
 * @param noise noise level, or {@code null}
 * @param forecast forecast items and disclaimer
 * @param timeline milestones, newest first
 * @param sources numbered source articles
 * @param gaps section key to message
 * @param writtenAt when the brief was written
 * @param writer which writer produced it
 * @param coverage the story's outlets by lean (as set by this site's operator), or {@code null}
 * @param topics the story's topic slugs
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StoryJson(
    String id,
    String url,
    StoryCardJson card,
    StorylineRef storyline,
    List<String> sections,
    LineJson headline,
    List<LineJson> whyItMatters,
    List<LineJson> keyPoints,
    List<LineJson> summary,
    Explainer explainer,
    List<Camp> sides,
    NoiseJson noise,
    Forecast forecast,
    List<Milestone> timeline,
    List<Source> sources,
    Map<String, String> gaps,
    Instant writtenAt,
    String writer,
    CoverageJson coverage,
    List<String> topics) {

  /** The storyline a story belongs to. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record StorylineRef(String id, String title, String url, String apiUrl) {}

  /** Plain-language lines and glosses of key actors. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Explainer(List<LineJson> lines, List<Gloss> glosses) {}

  /** A short description of an actor. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Gloss(String actor, LineJson line) {}

  /** A named camp of stances. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Camp(String name, List<Stance> stances) {}

  /** An attributed stance; {@code quote} is {@code null} unless the source quotes the words. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Stance(String actor, String quote, LineJson line) {}

  /** Forward-looking statements and the disclaimer. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Forecast(List<ForecastItem> items, String disclaimer) {}

  /** A forward-looking statement; {@code attribution} may be {@code null}. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ForecastItem(String attribution, LineJson line) {}

  /**
   * A timeline milestone; {@code date} is the first day of the month or year when {@code
   * granularity} is MONTH or YEAR; {@code story_id} is {@code null} for background facts.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Milestone(
      LocalDate date,
      String granularity,
      String label,
      String storyId,
      String url,
      boolean background,
      LineJson line) {}

  /**
   * A source article; {@code number} is its 1-based position, as on the story page; {@code
   * also_appeared_at} lists other places the same article appeared (syndicated copies), oldest
   * first.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Source(
      int number,
      String article,
      String outlet,
      String title,
      String url,
      Instant published,
      List<Appearance> alsoAppearedAt) {}

  /** Another place a source article appeared; {@code outlet} may be {@code null}. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Appearance(String outlet, String url, Instant seenAt) {}
}
