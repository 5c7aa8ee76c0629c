package dev.storyline.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.ingest.extract.ArticleExtractor;
import dev.storyline.ingest.feed.FeedParser;
import dev.storyline.ingest.http.AddressPolicy;
import dev.storyline.ingest.http.SafeFetcher;
import dev.storyline.pipeline.ArticleIntake;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import dev.storyline.store.SourceRepository;
import dev.storyline.store.journal.IngestJournal;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires feed sources: the safe fetcher, parsers, extractor, poller, source service and scheduler.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FeedProperties.class, FetchProperties.class})
class FeedConfiguration {

  @Bean
  SafeFetcher safeFetcher(FetchProperties f) {
    return new SafeFetcher(f.settings(), AddressPolicy.of(f.allowPrivateAddresses()));
  }

  /** The poller's part of the settings. */
  static FeedPoller.Settings pollerSettings(FeedProperties f) {
    return new FeedPoller.Settings(
        f.threads(), f.teaserWords(), f.maxBackoff(), f.hostGap(), f.claimFor());
  }

  @Bean
  SourceRepository sourceRepository(JdbcTemplate jdbc, IngestJournal journal) {
    return new SourceRepository(jdbc, journal);
  }

  @Bean
  FeedPoller feedPoller(
      FeedProperties f,
      SafeFetcher fetcher,
      ObjectMapper json,
      SourceRepository sources,
      ArticleIntake intake,
      MeterRegistry meters,
      ObjectProvider<PipelineRunner> runner,
      Clock clock) {
    FeedPoller.Settings settings = pollerSettings(f);
    return new FeedPoller(
        fetcher,
        new FeedParser(json, f.maxEntriesPerPoll()),
        new ArticleExtractor(json),
        sources,
        intake,
        meters,
        () -> runner.ifAvailable(r -> r.process(Progress.silent())), // none: a web-only process
        clock,
        settings);
  }

  @Bean
  SourceService sourceService(
      SourceRepository sources, FeedPoller poller, Clock clock, FeedProperties f) {
    return new SourceService(sources, poller, clock, f.defaultInterval());
  }

  @Bean(initMethod = "start", destroyMethod = "stop")
  FeedScheduler feedScheduler(SourceService service, FeedProperties f) {
    return new FeedScheduler(service, f.pollEnabled(), f.tick());
  }
}
