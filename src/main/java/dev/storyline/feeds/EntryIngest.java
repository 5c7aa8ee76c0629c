package dev.storyline.feeds;

import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.extract.ArticleExtractor;
import dev.storyline.ingest.extract.ExtractedPage;
import dev.storyline.ingest.feed.EntryArticle;
import dev.storyline.ingest.feed.FeedEntry;
import dev.storyline.ingest.http.FetchException;
import dev.storyline.ingest.http.FetchResponse;
import dev.storyline.ingest.http.SafeFetcher;
import dev.storyline.pipeline.ArticleIntake;
import dev.storyline.store.Source;
import dev.storyline.store.SourceRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Turns one feed entry into a stored article, at most once: skips entries the source already
 * handled, fetches the article page when the entry is only a teaser, lets {@link EntryArticle}
 * decide the article and the {@link ArticleIntake} store it (duplicates become sightings, as for
 * imports), and remembers the entry. Each step writes before the next, so a process killed half-way
 * repeats at most the current entry, harmlessly.
 */
final class EntryIngest {
  /** What became of an entry. */
  enum Outcome {
    STORED,
    DUPLICATE,
    NEAR_DUPLICATE,
    ALREADY_SEEN,
    EMPTY
  }

  private final SafeFetcher fetcher;
  private final ArticleExtractor extractor;
  private final HostLimiter hosts;
  private final SourceRepository sources;
  private final ArticleIntake intake;
  private final MeterRegistry meters;
  private final Clock clock;
  private final int teaserWords;

  EntryIngest(
      SafeFetcher fetcher,
      ArticleExtractor extractor,
      HostLimiter hosts,
      SourceRepository sources,
      ArticleIntake intake,
      MeterRegistry meters,
      Clock clock,
      int teaserWords) {
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.hosts = hosts;
    this.sources = sources;
    this.intake = intake;
    this.meters = meters;
    this.clock = clock;
    this.teaserWords = teaserWords;
  }

  Outcome ingest(Source source, String outlet, FeedEntry entry, int position)
      throws InterruptedException {
    String key = EntryArticle.key(entry);
    if (sources.seen(source.id(), key)) {
      return counted(Outcome.ALREADY_SEEN);
    }
    ExtractedPage page =
        EntryArticle.isTeaser(entry, teaserWords) ? page(source, entry.link()) : null;
    Ingested in = EntryArticle.of(source.id(), outlet, entry, page, clock.instant(), position);
    if (!(in instanceof Ingested.Accepted accepted)) {
      sources.markSeen(source.id(), key, null, clock.instant());
      return counted(Outcome.EMPTY);
    }
    ArticleIntake.Result r = intake.store(List.of(accepted)).get(0);
    sources.markSeen(source.id(), key, r.articleId(), clock.instant());
    return switch (r.outcome()) {
      case STORED -> Outcome.STORED;
      case DUPLICATE -> Outcome.DUPLICATE;
      case NEAR_DUPLICATE -> Outcome.NEAR_DUPLICATE;
    };
  }

  /** Counts what the intake does not: entries skipped before they became articles. */
  private Outcome counted(Outcome o) {
    meters
        .counter(
            "storyline.stage.items",
            "stage",
            "ingest",
            "outcome",
            o.name().toLowerCase(Locale.ROOT))
        .increment();
    return o;
  }

  /**
   * Fetches and extracts the entry's page; its canonical address counts only on the page's own site
   * ({@link EntryArticle#onOwnSite}).
   */
  private ExtractedPage page(Source source, String url) throws InterruptedException {
    String host;
    try {
      host = URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host == null) {
      return null;
    }
    hosts.acquire(host);
    try {
      FetchResponse r = fetcher.fetch(URI.create(url), SafeFetcher.Conditional.NONE);
      return EntryArticle.onOwnSite(
          extractor.extract(r.text(), r.uri().toString()), r.uri().toString(), url, source.url());
    } catch (FetchException | RuntimeException | StackOverflowError e) {
      return null; // the teaser is kept; a page that cannot be read does not fail the source
    } finally {
      hosts.release(host);
    }
  }
}
