package dev.storyline.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.app.StorylineProperties;
import dev.storyline.ingest.extract.ArticleExtractor;
import dev.storyline.ingest.feed.FeedParser;
import dev.storyline.ingest.http.AddressPolicy;
import dev.storyline.ingest.http.FetchSettings;
import dev.storyline.ingest.http.LoopbackServer;
import dev.storyline.ingest.http.SafeFetcher;
import dev.storyline.pipeline.ArticleIntake;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.SightingRepository;
import dev.storyline.store.Source;
import dev.storyline.store.SourceRepository;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;

/** A poller over a fresh in-memory H2 store and a loopback server whose answer tests can swap. */
final class FeedFixture implements AutoCloseable {
  final LoopbackServer server;
  final AtomicReference<LoopbackServer.Handler> feed = new AtomicReference<>();
  final AtomicInteger processRuns = new AtomicInteger();
  final JdbcTemplate jdbc;
  final ArticleRepository articles;
  final SourceRepository sources;
  final SightingRepository sightings;
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
  final FeedPoller poller;

  FeedFixture(FetchSettings fetch, int teaserWords) throws Exception {
    this(fetch, teaserWords, java.net.InetAddress::getAllByName);
  }

  FeedFixture(FetchSettings fetch, int teaserWords, SafeFetcher.Resolver dns) throws Exception {
    server = new LoopbackServer();
    server.on("/feed", ex -> feed.get().handle(ex));
    jdbc = dev.storyline.TestDatabases.migratedH2();
    ObjectMapper json = new ObjectMapper();
    articles = new ArticleRepository(jdbc, json);
    sources = new SourceRepository(jdbc);
    sightings = new SightingRepository(jdbc);
    SafeFetcher fetcher =
        new SafeFetcher(fetch, AddressPolicy.allowing(AddressPolicy.Category.LOOPBACK), dns);
    FeedPoller.Settings settings =
        new FeedPoller.Settings(
            2, teaserWords, Duration.ofHours(6), Duration.ZERO, Duration.ofMinutes(5));
    poller =
        new FeedPoller(
            fetcher,
            new FeedParser(json, FeedProperties.defaults().maxEntriesPerPoll()),
            new ArticleExtractor(json),
            sources,
            new ArticleIntake(
                articles,
                sightings,
                meters,
                clock,
                StorylineProperties.defaults().ingest().nearDuplicateWindow()),
            meters,
            processRuns::incrementAndGet,
            clock,
            settings);
  }

  FeedFixture() throws Exception {
    this(FetchProperties.defaults().settings(), 0);
  }

  Source addFeed() {
    return sources.add(server.url("/feed"), "", Duration.ofMinutes(30), clock.instant());
  }

  Source reload(Source s) {
    return sources.find(s.id()).orElseThrow();
  }

  /** Serves bytes at /feed with a content type. */
  void serve(String contentType, byte[] body) {
    feed.set(ex -> LoopbackServer.send(ex, 200, contentType, body));
  }

  /** Every stored article as "id|title|text", in id order: compared before and after a bad poll. */
  java.util.List<String> snapshot() {
    return jdbc.query(
        "select id, title, body, canonical_url, text_hash from article order by id",
        (rs, i) ->
            String.join(
                "|",
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5)));
  }

  @Override
  public void close() {
    server.close();
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
