package dev.storyline.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
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
 * @param roles what this process does: {@code web} (pages, API, accounts), {@code worker} (feed
 *     polls, analysis, clustering, briefs, scheduled jobs), or both (the default); a single role
 *     needs PostgreSQL
 * @param work how this process shares pipeline work with the others on its database
 */
@Validated
@ConfigurationProperties("storyline")
public record StorylineProperties(
    @Valid @DefaultValue Sample sample,
    @Valid @DefaultValue Analyze analyze,
    @Valid @DefaultValue Cluster cluster,
    @Valid @DefaultValue Ingest ingest,
    @Valid @DefaultValue Repair repair,
    @DefaultValue({"web", "worker"}) List<String> roles,
    @Valid @DefaultValue Work work) {

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

  /**
   * Sharing pipeline work with other processes on one PostgreSQL database.
   *
   * @param enabled run the pipeline here: analyze, cluster (when this process holds the role),
   *     write briefs, repair, import the sample corpus; off for a web-only process
   * @param reorderDelay how long a stored article waits before clustering, so that articles stored
   *     together by several processes are clustered in publication order; unset: none on the
   *     embedded H2 (one process) and 10 s on PostgreSQL
   * @param takeoverAfter how long the clustering writer may stay silent before another process ends
   *     its database session and takes over (a killed writer is replaced at once)
   * @param idlePoll how often a worker looks for work stored by other processes
   */
  public record Work(
      @DefaultValue("true") boolean enabled,
      Duration reorderDelay,
      @DefaultValue("30s") Duration takeoverAfter,
      @DefaultValue("1s") Duration idlePoll) {}

  /** Defaults, for commands that run without Spring. */
  public static StorylineProperties defaults() {
    return new StorylineProperties(
        new Sample(true, "classpath:sample/corpus.jsonl"),
        new Analyze(2, true),
        new Cluster(null, Duration.ofDays(4), 0.40),
        new Ingest(5_000_000),
        new Repair(true, Duration.ofMinutes(10)),
        List.of("web", "worker"),
        new Work(true, null, Duration.ofSeconds(30), Duration.ofSeconds(1)));
  }
}
