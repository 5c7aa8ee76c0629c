package dev.storyline.feeds;

import dev.storyline.ingest.extract.ArticleExtractor;
import dev.storyline.ingest.feed.FeedEntry;
import dev.storyline.ingest.feed.FeedParseException;
import dev.storyline.ingest.feed.FeedParser;
import dev.storyline.ingest.feed.ParsedFeed;
import dev.storyline.ingest.http.FetchException;
import dev.storyline.ingest.http.FetchResponse;
import dev.storyline.ingest.http.Redact;
import dev.storyline.ingest.http.SafeFetcher;
import dev.storyline.pipeline.ArticleIntake;
import dev.storyline.store.Source;
import dev.storyline.store.SourceRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feed sources: claims a due source (one fetch per source at a time), fetches it with a
 * conditional GET through the safe client, parses it, hands every new entry to {@link EntryIngest},
 * records the outcome on the source (success, or the error in words with exponential back-off up to
 * a cap), and finally runs the pipeline over what was stored. Nothing stored is ever changed by a
 * failed poll. Thread-safe.
 */
public class FeedPoller {
  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

  /**
   * Polling settings.
   *
   * @param threads sources polled in parallel
   * @param teaserWords an entry with fewer words is a teaser: its page is fetched and extracted
   * @param maxBackoff longest wait after repeated failures
   * @param hostGap minimum time between two requests to one host
   * @param claimFor how long a claim protects a fetch in progress
   */
  public record Settings(
      int threads, int teaserWords, Duration maxBackoff, Duration hostGap, Duration claimFor) {}

  /** What one poll of one source did; {@code error} is {@code null} on success. */
  public record Report(
      String sourceId, int entries, Map<EntryIngest.Outcome, Integer> outcomes, String error) {
    public int stored() {
      return outcomes.getOrDefault(EntryIngest.Outcome.STORED, 0);
    }

    @Override
    public String toString() {
      return sourceId
          + ": "
          + (error != null ? "error: " + error : entries + " entries " + outcomes);
    }
  }

  private final SafeFetcher fetcher;
  private final FeedParser parser;
  private final SourceRepository sources;
  private final Runnable process;
  private final Clock clock;
  private final Settings settings;
  private final HostLimiter hosts;
  private final EntryIngest entries;

  public FeedPoller(
      SafeFetcher fetcher,
      FeedParser parser,
      ArticleExtractor extractor,
      SourceRepository sources,
      ArticleIntake intake,
      MeterRegistry meters,
      Runnable process,
      Clock clock,
      Settings settings) {
    this.fetcher = fetcher;
    this.parser = parser;
    this.sources = sources;
    this.process = process;
    this.clock = clock;
    this.settings = settings;
    this.hosts = new HostLimiter(clock, settings.hostGap());
    this.entries =
        new EntryIngest(
            fetcher, extractor, hosts, sources, intake, meters, clock, settings.teaserWords());
  }

  /**
   * Polls every due source, then runs the pipeline once if anything was stored. Whatever happens in
   * one source's poll (an {@link Error} included) is recorded on that source and never stops the
   * others.
   */
  public List<Report> pollDue() throws InterruptedException {
    List<Source> due = sources.due(clock.instant());
    List<Report> reports = new ArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Math.min(settings.threads(), due.size())));
    try {
      List<Future<Report>> futures = new ArrayList<>();
      for (Source s : due) {
        futures.add(pool.submit(() -> pollOnly(s.id())));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          reports.add(futures.get(i).get());
        } catch (java.util.concurrent.ExecutionException e) {
          // pollOnly records every failure itself; this is only reached if recording failed too
          log.error("poll of source={} failed unexpectedly", due.get(i).id(), e.getCause());
          reports.add(
              new Report(due.get(i).id(), 0, Map.of(), "internal error: " + name(e.getCause())));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (reports.stream().anyMatch(r -> r != null && r.stored() > 0)) {
      process.run();
    }
    return reports.stream().filter(r -> r != null).toList();
  }

  /** Polls one source now (even when not due), then runs the pipeline if anything was stored. */
  public Report poll(String sourceId) throws InterruptedException {
    Report r = pollOnly(sourceId);
    if (r != null && r.stored() > 0) {
      process.run();
    }
    return r;
  }

  /** Polls one source without running the pipeline; {@code null} when another fetch holds it. */
  Report pollOnly(String sourceId) throws InterruptedException {
    Instant now = clock.instant();
    Source s = sources.find(sourceId).orElse(null);
    if (s == null || !claim(sourceId, now)) {
      return null;
    }
    try {
      return fetchAndStore(s);
    } catch (FetchException | FeedParseException e) {
      return failed(s, e.getMessage());
    } catch (InterruptedException e) {
      sources.failed(s.id(), "interrupted", now, now); // release the claim; due again at once
      throw e;
    } catch (RuntimeException | Error e) {
      // a bug or a hostile input that got past every limit (a StackOverflowError, say): this
      // source is recorded and backed off, its claim released, and the other sources go on
      log.warn("poll failed source={}", s.id(), e);
      return failed(s, "internal error: " + name(e));
    }
  }

  private static String name(Throwable e) {
    return e == null ? "unknown" : e.getClass().getSimpleName();
  }

  /** Claims the source, taking over a claim left by a process of this machine that has ended. */
  private boolean claim(String sourceId, Instant now) {
    Instant until = now.plus(settings.claimFor());
    if (sources.claim(sourceId, now, until, ProcessOwner.SELF)) {
      return true;
    }
    String holder = sources.claimHolder(sourceId, now).orElse(null);
    if (holder == null || !ProcessOwner.endedHere(holder)) {
      return false;
    }
    log.info("source={} was claimed by {}, which ended mid-poll; taking over", sourceId, holder);
    return sources.takeOver(sourceId, holder, until, ProcessOwner.SELF);
  }

  private Report fetchAndStore(Source s)
      throws FetchException, FeedParseException, InterruptedException {
    URI uri = URI.create(s.url());
    String host = uri.getHost() == null ? "" : uri.getHost();
    FetchResponse response;
    hosts.acquire(host);
    try {
      response = fetcher.fetch(uri, new SafeFetcher.Conditional(s.etag(), s.lastModified()));
    } finally {
      hosts.release(host);
    }
    Map<EntryIngest.Outcome, Integer> outcomes = new EnumMap<>(EntryIngest.Outcome.class);
    if (response.notModified()) {
      succeed(s, null, null, s.etag(), s.lastModified(), 0);
      return new Report(s.id(), 0, outcomes, null);
    }
    ParsedFeed feed = parser.parse(response.text(), response.uri().toString());
    String outlet =
        !s.title().isBlank() ? s.title() : !feed.title().isBlank() ? feed.title() : host;
    int position = 0;
    for (FeedEntry e : feed.entries()) {
      outcomes.merge(entries.ingest(s, outlet, e, ++position), 1, Integer::sum);
    }
    int stored = outcomes.getOrDefault(EntryIngest.Outcome.STORED, 0);
    succeed(
        s,
        feed.title(),
        feed.link(),
        response.header("etag"),
        response.header("last-modified"),
        stored);
    log.info(
        "polled source={} url={} entries={} outcomes={} warnings={}",
        s.id(),
        Redact.url(s.url()),
        feed.entries().size(),
        outcomes,
        feed.warnings());
    return new Report(s.id(), feed.entries().size(), outcomes, null);
  }

  private void succeed(
      Source s, String title, String link, String etag, String lastModified, int stored) {
    Instant now = clock.instant();
    sources.succeeded(s.id(), title, link, etag, lastModified, stored, now, now.plus(s.interval()));
  }

  private Report failed(Source s, String error) {
    Instant now = clock.instant();
    Duration wait = backoff(s.interval(), s.errorCount() + 1, settings.maxBackoff());
    sources.failed(s.id(), error, now, now.plus(wait));
    log.warn(
        "poll failed source={} url={} error={} next_in={}",
        s.id(),
        Redact.url(s.url()),
        error,
        wait);
    return new Report(s.id(), 0, Map.of(), error);
  }

  /**
   * The wait after {@code failures} consecutive failures: interval × 2^failures, at most {@code
   * cap}.
   */
  static Duration backoff(Duration interval, int failures, Duration cap) {
    long factor = 1L << Math.min(20, Math.max(0, failures));
    long seconds =
        interval.toSeconds() > cap.toSeconds() / factor
            ? cap.toSeconds()
            : interval.toSeconds() * factor;
    return Duration.ofSeconds(Math.min(seconds, cap.toSeconds()));
  }
}
