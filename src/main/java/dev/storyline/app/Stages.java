package dev.storyline.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.analyze.entity.PosChunkEntityRecognizer;
import dev.storyline.analyze.sentence.OpenNlpSentenceSplitter;
import dev.storyline.analyze.time.NewsDateResolver;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.brief.llm.LlmSettings;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.cluster.StoryScorer;
import dev.storyline.cluster.StorylineLinker;
import dev.storyline.eval.Toolkit;
import dev.storyline.pipeline.WorkSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the stages from settings; used by the Spring wiring and by commands that run without it.
 */
public final class Stages {
  /** The reorder delay on a database shared by several processes, unless one is set. */
  private static final Duration SHARED_REORDER_DELAY = Duration.ofSeconds(10);

  private Stages() {}

  public static ArticleAnalyzer analyzer(Embedder embedder, boolean sentenceEmbeddings) {
    return new ArticleAnalyzer(
        OpenNlpSentenceSplitter.fromClasspath(),
        PosChunkEntityRecognizer.fromClasspath(),
        new NewsDateResolver(),
        embedder,
        sentenceEmbeddings);
  }

  /** The embedder with the default number of threads (tests and tools that run without Spring). */
  public static MiniLmEmbedder embedder() {
    return MiniLmEmbedder.load(StorylineProperties.defaults().analyze().embeddingThreads());
  }

  /** Story clustering: the shipped scorer, its trained threshold unless one is set, the window. */
  public static StoryClusterer.Settings storySettings(StorylineProperties.Cluster c) {
    StoryScorer scorer = StoryScorer.defaults();
    double threshold = c.storyThreshold() == null ? scorer.threshold() : c.storyThreshold();
    return new StoryClusterer.Settings(threshold, c.window(), scorer);
  }

  /** Story clustering with the default settings. */
  public static StoryClusterer.Settings storySettings() {
    return storySettings(StorylineProperties.defaults().cluster());
  }

  public static StorylineLinker.Settings storylineSettings(StorylineProperties.Cluster c) {
    return new StorylineLinker.Settings(
        c.storylineThreshold(),
        c.centralEntities(),
        c.storylineMinTopic(),
        c.storylineGapScale(),
        c.storylineGapWeight(),
        c.storylineGenericCoherence(),
        c.storylineSagaNameShare());
  }

  /** Storyline linking with the default settings. */
  public static StorylineLinker.Settings storylineSettings() {
    return storylineSettings(StorylineProperties.defaults().cluster());
  }

  /** The repair pass's thresholds (whether it runs at all is {@code Repair.enabled}). */
  public static StoryRepair.Settings repairSettings(StorylineProperties.Repair r) {
    return new StoryRepair.Settings(
        r.mergeSimilarity(),
        r.mergeEntities(),
        r.mergeGap(),
        r.splitSimilarity(),
        r.splitEntities(),
        r.splitMinPart(),
        r.rejoinProbability(),
        r.rejoinArticles());
  }

  /** The repair pass's default thresholds. */
  public static StoryRepair.Settings repairSettings() {
    return repairSettings(StorylineProperties.defaults().repair());
  }

  /**
   * How the pipeline shares work ({@code storyline.work}); an unset reorder delay is none on a
   * database that serves one process (the embedded H2) and 10 s on a shared one (PostgreSQL).
   */
  public static WorkSettings workSettings(StorylineProperties.Work w, boolean shared) {
    Duration delay =
        w.reorderDelay() != null ? w.reorderDelay() : shared ? SHARED_REORDER_DELAY : Duration.ZERO;
    return new WorkSettings(delay, w.takeoverAfter(), w.idlePoll());
  }

  /** The default work settings of a process alone on its database (tests, commands). */
  public static WorkSettings workSettings() {
    return workSettings(StorylineProperties.defaults().work(), false);
  }

  /**
   * The LLM writer's settings, or empty when it is off. Without a key of its own it takes the
   * provider's usual environment variable ({@code OPENAI_API_KEY} or {@code ANTHROPIC_API_KEY})
   * from {@code environment}.
   */
  public static Optional<LlmSettings> llmSettings(
      StorylineProperties.Llm llm, Function<String, String> environment) {
    String key = llm.apiKey();
    if (key == null || key.isBlank()) {
      key =
          environment.apply(
              llm.provider().equalsIgnoreCase("anthropic")
                  ? "ANTHROPIC_API_KEY"
                  : "OPENAI_API_KEY");
    }
    return LlmSettings.of(llm.provider(), llm.baseUrl(), key, llm.model(), llm.timeout());
  }

  /** The real stages with the settings in the environment, for commands that run without Spring. */
  public static Toolkit toolkit() {
    StorylineProperties props = StorylineProperties.fromEnvironment();
    return new Toolkit(
        () -> MiniLmEmbedder.load(props.analyze().embeddingThreads()),
        Stages::analyzer,
        storySettings(props.cluster()),
        storylineSettings(props.cluster()),
        repairSettings(props.repair()),
        new ExtractiveBriefWriter(),
        llmSettings(props.llm(), System::getenv),
        json());
  }

  /** The JSON mapper used outside Spring (Spring's own is configured the same way). */
  public static ObjectMapper json() {
    return JsonMapper.builder()
        .findAndAddModules()
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }
}
