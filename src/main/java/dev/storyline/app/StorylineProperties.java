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
 */
@Validated
@ConfigurationProperties("storyline")
public record StorylineProperties(
    @Valid @DefaultValue Sample sample,
    @Valid @DefaultValue Analyze analyze,
    @Valid @DefaultValue Cluster cluster,
    @Valid @DefaultValue Ingest ingest) {

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
   * @param storyThreshold minimum score for an article to join an existing story
   * @param window how far in time an article may be from a story's newest article to join it
   * @param entityWeight weight of shared named entities in the story score
   * @param gapPenaltyPerDay score removed per day between an article and the story's mean time
   * @param storylineThreshold minimum score for a story to join an existing storyline
   */
  public record Cluster(
      @DecimalMin("0") @DecimalMax("2") @DefaultValue("0.50") double storyThreshold,
      @DefaultValue("4d") Duration window,
      @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.1") double entityWeight,
      @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.16") double gapPenaltyPerDay,
      @DecimalMin("0") @DecimalMax("2") @DefaultValue("0.52") double storylineThreshold) {}

  /**
   * Input limits.
   *
   * @param maxLineChars longest JSON Lines record accepted, in characters
   */
  public record Ingest(@Min(1000) @DefaultValue("5000000") int maxLineChars) {}

  /** Defaults, for commands that run without Spring. */
  public static StorylineProperties defaults() {
    return new StorylineProperties(
        new Sample(true, "classpath:sample/corpus.jsonl"),
        new Analyze(2, true),
        new Cluster(0.50, Duration.ofDays(4), 0.1, 0.16, 0.52),
        new Ingest(5_000_000));
  }
}
