package dev.storyline.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.validation.annotation.Validated;

/**
 * Storyline's settings ({@code storyline.*} in application.yml, or environment variables such as
 * {@code STORYLINE_SAMPLE_IMPORT_ON_START=false}). Every default is written here once, in a {@code
 * DefaultValue}; the stages' own settings are built from these records ({@link Stages}), and the
 * commands that run without Spring bind the same records ({@link #fromEnvironment()}).
 *
 * @param sample the sample corpus shipped in the jar
 * @param analyze analysis settings
 * @param cluster story and storyline clustering settings
 * @param ingest input limits
 * @param repair the story repair pass
 * @param journal the ingest journal beside an embedded H2 file ({@code auto}) or none ({@code off})
 * @param llm the optional LLM brief writer
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
    @NotNull @DefaultValue("auto") JournalMode journal,
    @Valid @DefaultValue Llm llm,
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
   * @param centralEntities how many of a story's heaviest entities count as its central ones when
   *     linking it into a storyline
   * @param storylineMinTopic minimum cosine of a story to a storyline's topic for any link
   * @param storylineGapScale time unit of the storyline linker's gap penalty
   * @param storylineGapWeight score a story pays per doubling of (1 + gap / gap scale)
   * @param storylineGenericCoherence a name seen in four or more stories whose topics agree less
   *     than this (length of the mean of their unit centroids) is generic
   * @param storylineSagaNameShare a storyline link needs a shared name that at least this share of
   *     the storyline's stories have among their central names
   */
  public record Cluster(
      @DecimalMin("0") @DecimalMax("1") Double storyThreshold,
      @NotNull @DefaultValue("4d") Duration window,
      @DecimalMin("0") @DecimalMax("2") @DefaultValue("0.40") double storylineThreshold,
      @Min(1) @Max(100) @DefaultValue("5") int centralEntities,
      @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.35") double storylineMinTopic,
      @NotNull @DefaultValue("14d") Duration storylineGapScale,
      @DecimalMin("0") @DefaultValue("0.05") double storylineGapWeight,
      @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5") double storylineGenericCoherence,
      @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.1") double storylineSagaNameShare) {}

  /**
   * Ingest, for every way in (imports and feeds).
   *
   * @param maxLineChars longest JSON Lines record accepted, in characters
   * @param nearDuplicateWindow how far back (by publication time) stored texts are loaded for the
   *     near-duplicate search when the process starts; what arrives later is added as it comes
   */
  public record Ingest(
      @Min(1000) @DefaultValue("5000000") int maxLineChars,
      @NotNull @DefaultValue("14d") Duration nearDuplicateWindow) {}

  /**
   * The story repair pass (merges stories that turn out to be one event, splits a story whose
   * articles drift apart; merged ids redirect to the survivor). Its thresholds are stricter than
   * joining on purpose (see docs/story-repair.md).
   *
   * @param enabled run it after each import or poll batch, and on a schedule while serving
   * @param interval time between two scheduled passes
   * @param mergeSimilarity minimum mean cosine similarity between the articles of two stories for
   *     the similarity rule to merge them; above 1 (the default) the rule is off: the rejoin rule,
   *     which asks the story scorer, does better on every measured set (docs/story-repair.md)
   * @param mergeEntities minimum share of each story's entity weight the other has too
   * @param mergeGap longest time between the two stories' spans
   * @param splitSimilarity maximum mean cosine similarity between the two groups of a split
   * @param splitEntities maximum share of a group's entity weight the other group has too
   * @param splitMinPart fewest articles in each group of a split
   * @param rejoinProbability mean join probability with which a small story's articles would now
   *     join another story for the two to merge (above 1: never)
   * @param rejoinArticles largest story examined for a rejoin
   */
  public record Repair(
      @DefaultValue("true") boolean enabled,
      @NotNull @DefaultValue("10m") Duration interval,
      @DecimalMin("0") @DefaultValue("1.01") double mergeSimilarity,
      @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.15") double mergeEntities,
      @NotNull @DefaultValue("72h") Duration mergeGap,
      @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.45") double splitSimilarity,
      @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.45") double splitEntities,
      @Min(1) @DefaultValue("3") int splitMinPart,
      @DecimalMin("0") @DefaultValue("0.3") double rejoinProbability,
      @Min(1) @DefaultValue("2") int rejoinArticles) {}

  /** Whether imports and polls are journaled beside the database file. */
  public enum JournalMode {
    /** Journal when the database is an embedded H2 file (in {@code journal/} beside it). */
    AUTO,
    /** Never journal. */
    OFF
  }

  /**
   * The optional LLM brief writer: on when a key or a base URL is set ({@code STORYLINE_LLM_*}).
   *
   * @param provider {@code openai} (any OpenAI-compatible server such as Ollama, vLLM or llama.cpp)
   *     or {@code anthropic}
   * @param apiKey the API key; unset = {@code OPENAI_API_KEY} or {@code ANTHROPIC_API_KEY} from the
   *     environment, after the provider; never printed
   * @param baseUrl the server, e.g. {@code http://localhost:11434/v1} for Ollama (a local server
   *     needs no key)
   * @param model the model; unset = the provider's small default model
   * @param timeout longest wait for one answer before the extractive writer takes over
   */
  public record Llm(
      @NotBlank @Pattern(regexp = "(?i)openai|anthropic") @DefaultValue("openai") String provider,
      String apiKey,
      String baseUrl,
      String model,
      @NotNull @DefaultValue("30s") Duration timeout) {

    @Override
    public String toString() {
      return "Llm[provider="
          + provider
          + ", baseUrl="
          + baseUrl
          + ", model="
          + model
          + ", timeout="
          + timeout
          + ", apiKey="
          + (apiKey == null || apiKey.isBlank() ? "(none)" : "****")
          + "]";
    }
  }

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
      @NotNull @DefaultValue("30s") Duration takeoverAfter,
      @NotNull @DefaultValue("1s") Duration idlePoll) {}

  /** The defaults, for commands and tests that run without Spring and without the environment. */
  public static StorylineProperties defaults() {
    return new Binder().bindOrCreate("storyline", Bindable.of(StorylineProperties.class));
  }

  /**
   * The settings in the environment variables and system properties, for commands that run without
   * Spring ({@code eval}, {@code bench}).
   */
  public static StorylineProperties fromEnvironment() {
    return Binder.get(new StandardEnvironment())
        .bindOrCreate("storyline", Bindable.of(StorylineProperties.class));
  }
}
