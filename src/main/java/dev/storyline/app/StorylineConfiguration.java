package dev.storyline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.brief.BriefWriter;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.brief.llm.ChatModels;
import dev.storyline.brief.llm.LlmBriefWriter;
import dev.storyline.brief.llm.LlmSettings;
import dev.storyline.ingest.JsonLinesReader;
import dev.storyline.pipeline.ArticleIntake;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.store.ApartRepository;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.JdbcStoryQueries;
import dev.storyline.store.OutletRepository;
import dev.storyline.store.PageVersions;
import dev.storyline.store.SightingRepository;
import dev.storyline.store.StoryLists;
import dev.storyline.store.StoryQueries;
import dev.storyline.store.StoryRepairRepository;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.TopicRepository;
import dev.storyline.store.journal.IngestJournal;
import dev.storyline.store.work.Coordination;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the stages, the store and the pipeline runner. Models load once, here. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorylineProperties.class)
class StorylineConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
      name = "storyline.work.enabled",
      havingValue = "true",
      matchIfMissing = true)
  @Bean(destroyMethod = "close")
  MiniLmEmbedder embedder(StorylineProperties props) {
    return MiniLmEmbedder.load(props.analyze().embeddingThreads());
  }

  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
      name = "storyline.work.enabled",
      havingValue = "true",
      matchIfMissing = true)
  @Bean
  ArticleAnalyzer analyzer(MiniLmEmbedder embedder, StorylineProperties props) {
    return Stages.analyzer(embedder, props.analyze().sentenceEmbeddings());
  }

  /**
   * The extractive writer, or the checked LLM writer when {@code storyline.llm.*} names a key or a
   * base URL (or {@code OPENAI_API_KEY} / {@code ANTHROPIC_API_KEY} is set).
   */
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
      name = "storyline.work.enabled",
      havingValue = "true",
      matchIfMissing = true)
  @Bean
  BriefWriter briefWriter(StorylineProperties props, Environment env, MiniLmEmbedder embedder) {
    Optional<LlmSettings> llm = Stages.llmSettings(props.llm(), env::getProperty);
    String revision = BriefRevision.of(llm.map(LlmSettings::writerName).orElse("extractive"));
    org.slf4j.LoggerFactory.getLogger(StorylineConfiguration.class)
        .info("brief writer revision {}", revision);
    return briefWriter(llm, embedder::embed).withRevision(revision);
  }

  static BriefWriter briefWriter(
      Optional<LlmSettings> llm, java.util.function.Function<String, float[]> embed) {
    return llm.<BriefWriter>map(
            s -> {
              org.slf4j.LoggerFactory.getLogger(StorylineConfiguration.class)
                  .info("brief writer: {}", s);
              return new LlmBriefWriter(ChatModels.of(s), s.writerName(), embed);
            })
        .orElseGet(ExtractiveBriefWriter::new);
  }

  @Bean
  ArticleRepository articleRepository(JdbcTemplate jdbc, ObjectMapper json, IngestJournal journal) {
    return new ArticleRepository(jdbc, json, journal);
  }

  @Bean
  PageVersions pageVersions(JdbcTemplate jdbc) {
    return new PageVersions(jdbc);
  }

  @Bean
  SightingRepository sightingRepository(
      JdbcTemplate jdbc, IngestJournal journal, PageVersions pages) {
    // a new sighting marks the article's story page changed ("also at" shows at once)
    return new SightingRepository(jdbc, journal, pages);
  }

  /** Stores articles at most once, for imports and feeds alike. */
  @Bean
  ArticleIntake articleIntake(
      ArticleRepository articles,
      SightingRepository sightings,
      MeterRegistry meters,
      Clock clock,
      StorylineProperties props) {
    return new ArticleIntake(
        articles, sightings, meters, clock, props.ingest().nearDuplicateWindow());
  }

  @Bean
  StoryRepository storyRepository(JdbcTemplate jdbc, ObjectMapper json, PageVersions pages) {
    return new StoryRepository(jdbc, json, pages);
  }

  @Bean
  StoryQueries storyQueries(JdbcTemplate jdbc, ObjectMapper json) {
    return new JdbcStoryQueries(jdbc, json);
  }

  @Bean
  TopicRepository topicRepository(JdbcTemplate jdbc, ObjectMapper json) {
    return new TopicRepository(jdbc, json);
  }

  @Bean
  OutletRepository outletRepository(
      JdbcTemplate jdbc, PageVersions pages, TopicRepository topics, Clock clock) {
    return new OutletRepository(jdbc, pages, topics, clock);
  }

  @Bean
  StoryLists storyLists(JdbcTemplate jdbc, ObjectMapper json) {
    return new StoryLists(jdbc, new JdbcStoryQueries(jdbc, json));
  }

  @Bean
  ApartRepository apartRepository(JdbcTemplate jdbc) {
    return new ApartRepository(jdbc);
  }

  @Bean
  StoryRepairRepository storyRepairs(
      JdbcTemplate jdbc, PageVersions pages, ApplicationEventPublisher events) {
    return new StoryRepairRepository(jdbc, pages, events::publishEvent);
  }

  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
      name = "storyline.work.enabled",
      havingValue = "true",
      matchIfMissing = true)
  @Bean
  PipelineRunner pipelineRunner(
      StorylineProperties props,
      ObjectMapper json,
      ArticleAnalyzer analyzer,
      BriefWriter writer,
      ArticleRepository articles,
      StoryRepository stories,
      StoryRepairRepository repairs,
      ArticleIntake intake,
      MeterRegistry meters,
      Clock clock,
      Coordination coordination) {
    return new PipelineRunner(
        new JsonLinesReader(json, props.ingest().maxLineChars()),
        analyzer,
        Stages.storySettings(props.cluster()),
        Stages.storylineSettings(props.cluster()),
        props.repair().enabled() ? Stages.repairSettings(props.repair()) : null,
        writer,
        articles,
        stories,
        repairs,
        intake,
        meters,
        clock,
        coordination,
        Stages.workSettings(props.work(), coordination.shared()));
  }

  /** Locks, the clustering role and the brief queue of this database. */
  @Bean(destroyMethod = "close")
  Coordination coordination(
      JdbcTemplate jdbc, org.springframework.boot.autoconfigure.jdbc.DataSourceProperties db) {
    // a held lock keeps its connection: a small pool of its own, so the role held for hours and
    // the storylines' brief locks never take connections from the work's pool
    com.zaxxer.hikari.HikariDataSource locks =
        db.initializeDataSourceBuilder().type(com.zaxxer.hikari.HikariDataSource.class).build();
    locks.setPoolName("storyline-locks");
    locks.setMaximumPoolSize(4);
    locks.setMinimumIdle(0);
    return Coordination.of(jdbc, locks);
  }

  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
      name = "storyline.work.enabled",
      havingValue = "true",
      matchIfMissing = true)
  @Bean(initMethod = "start", destroyMethod = "stop")
  PipelineWorker pipelineWorker(PipelineRunner runner, StorylineProperties props) {
    return new PipelineWorker(runner, props.work().idlePoll());
  }

  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
      name = "storyline.work.enabled",
      havingValue = "true",
      matchIfMissing = true)
  @Bean(initMethod = "start", destroyMethod = "stop")
  RepairScheduler repairScheduler(PipelineRunner runner, StorylineProperties props) {
    return new RepairScheduler(runner, props.repair().enabled(), props.repair().interval());
  }
}
