package dev.storyline.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.ingest.extract.ArticleExtractor;
import dev.storyline.ingest.feed.FeedParser;
import dev.storyline.ingest.http.AddressPolicy;
import dev.storyline.ingest.http.FetchSettings;
import dev.storyline.ingest.http.SafeFetcher;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.PageVersions;
import dev.storyline.store.SightingRepository;
import dev.storyline.store.SourceRepository;
import dev.storyline.store.journal.IngestJournal;
import java.time.Clock;
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
    return new SafeFetcher(
        new FetchSettings(
            f.connectTimeout(),
            f.readTimeout(),
            f.totalTimeout(),
            f.maxBodyBytes(),
            f.maxDecodedBytes(),
            5,
            f.userAgent()),
        AddressPolicy.of(f.allowPrivateAddresses()));
  }

  @Bean
  SourceRepository sourceRepository(JdbcTemplate jdbc, IngestJournal journal) {
    return new SourceRepository(jdbc, journal);
  }

  @Bean
  SightingRepository sightingRepository(
      JdbcTemplate jdbc, IngestJournal journal, PageVersions pages) {
    return new SightingRepository(jdbc, journal, pages);
  }

  @Bean
  FeedPoller feedPoller(
      FeedProperties f,
      SafeFetcher fetcher,
      ObjectMapper json,
      SourceRepository sources,
      ArticleRepository articles,
      SightingRepository sightings,
      org.springframework.beans.factory.ObjectProvider<PipelineRunner> runner,
      Clock clock) {
    FeedPoller.Settings settings =
        new FeedPoller.Settings(
            f.threads(),
            f.teaserWords(),
            f.maxBackoff(),
            f.hostGap(),
            FeedPoller.Settings.defaults().claimFor(),
            FeedPoller.Settings.defaults().nearDuplicateWindow());
    return new FeedPoller(
        fetcher,
        new FeedParser(json, f.maxEntriesPerPoll()),
        new ArticleExtractor(json),
        sources,
        articles,
        sightings,
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
