package dev.storyline.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.analyze.entity.PosChunkEntityRecognizer;
import dev.storyline.analyze.sentence.OpenNlpSentenceSplitter;
import dev.storyline.analyze.time.NewsDateResolver;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryScorer;
import dev.storyline.cluster.StorylineLinker;

/**
 * Builds the stages from settings; used by the Spring wiring and by commands that run without it.
 */
public final class Stages {
  private Stages() {}

  public static ArticleAnalyzer analyzer(Embedder embedder, boolean sentenceEmbeddings) {
    return new ArticleAnalyzer(
        OpenNlpSentenceSplitter.fromClasspath(),
        PosChunkEntityRecognizer.fromClasspath(),
        new NewsDateResolver(),
        embedder,
        sentenceEmbeddings);
  }

  public static StoryClusterer.Settings storySettings(StorylineProperties.Cluster c) {
    StoryScorer scorer = StoryScorer.defaults();
    double threshold = c.storyThreshold() == null ? scorer.threshold() : c.storyThreshold();
    return new StoryClusterer.Settings(threshold, c.window(), scorer);
  }

  public static StorylineLinker.Settings storylineSettings(StorylineProperties.Cluster c) {
    return new StorylineLinker.Settings(
        c.storylineThreshold(), StorylineLinker.Settings.defaults().centralEntities());
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
