package dev.storyline.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Storyline's settings ({@code storyline.*} in application.yml, or environment variables such as
 * {@code STORYLINE_SAMPLE_IMPORT_ON_START=false}).
 *
 * @param sample the sample corpus shipped in the jar
 * @param analyze analysis settings
 * @param cluster story and storyline clustering settings
 * @param ingest input limits
 * @param repair the story repair pass
 */
@Validated
@ConfigurationProperties("storyline")
public record StorylineProperties(
    @Valid @DefaultValue Sample sample,
    @Valid @DefaultValue Analyze analyze,
    @Valid @DefaultValue Cluster cluster,
    @Valid @DefaultValue Ingest ingest,
    @Valid @DefaultValue Repair repair) {

  /**
   * The sample corpus.
   *
   * @param importOnStart import it on the first start of an empty installation
   * @param resource where it is (a Spring resource location)
   */
  public record Sample(
      @DefaultValue("true") boolean importOnStart,
      @NotBlank @DefaultValue("classpath:sample/corpus.jsonl") String resource) {}

  /**
   * Analysis.
   *
   * @param embeddingThreads parallel single-threaded embedding calls (one per core is best)
   * @param sentenceEmbeddings embed every sentence too (needed by the brief writer)
   */
  public record Analyze(
      @Min(1) @Max(64) @DefaultValue("2") int embeddingThreads,
      @DefaultValue("true") boolean sentenceEmbeddings) {}

  /**
   * Clustering.
   *
   * @param storyThreshold minimum probability (of the learned story scorer) for an article to join
   *     an existing story; unset = the threshold chosen when the scorer was trained
   * @param window how far in time an article may be from a story's newest article to join it
   * @param storylineThreshold minimum score for a story to join an existing storyline
   */
  public record Cluster(
      @DecimalMin("0") @DecimalMax("1") Double storyThreshold,
      @DefaultValue("4d") Duration window,
      @DecimalMin("0") @DecimalMax("2") @DefaultValue("0.40") double storylineThreshold) {}

  /**
   * Input limits.
   *
   * @param maxLineChars longest JSON Lines record accepted, in characters
   */
  public record Ingest(@Min(1000) @DefaultValue("5000000") int maxLineChars) {}

  /**
   * The story repair pass (merges stories that turn out to be one event, splits a story whose
   * articles drift apart; merged ids redirect to the survivor).
   *
   * @param enabled run it after each import or poll batch, and on a schedule while serving
   * @param interval time between two scheduled passes
   */
  public record Repair(
      @DefaultValue("true") boolean enabled, @DefaultValue("10m") Duration interval) {}

  /** Defaults, for commands that run without Spring. */
  public static StorylineProperties defaults() {
    return new StorylineProperties(
        new Sample(true, "classpath:sample/corpus.jsonl"),
        new Analyze(2, true),
        new Cluster(null, Duration.ofDays(4), 0.40),
        new Ingest(5_000_000),
        new Repair(true, Duration.ofMinutes(10)));
  }
}
