package dev.storyline.feeds;

import dev.storyline.domain.Article;
import dev.storyline.ingest.RegistrableDomain;
import dev.storyline.ingest.TextFingerprint;
import dev.storyline.ingest.UrlCanonicalizer;
import dev.storyline.ingest.dedup.NearDuplicates;
import dev.storyline.ingest.dedup.SimHash;
import dev.storyline.ingest.extract.ArticleExtractor;
import dev.storyline.ingest.extract.ExtractedPage;
import dev.storyline.ingest.extract.HtmlText;
import dev.storyline.ingest.feed.FeedEntry;
import dev.storyline.ingest.http.FetchException;
import dev.storyline.ingest.http.FetchResponse;
import dev.storyline.ingest.http.SafeFetcher;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.SightingRepository;
import dev.storyline.store.Source;
import dev.storyline.store.SourceRepository;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one feed entry into a stored article, at most once: skips entries the source already
 * handled, fetches the article page when the entry is only a teaser, and records exact and near
 * duplicates as sightings of the stored article instead of storing them again. Each step writes
 * before the next, so a process killed half-way repeats at most the current entry, harmlessly.
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
  private final ArticleRepository articles;
  private final SightingRepository sightings;
  private final NearDuplicates near;
  private final Clock clock;
  private final int teaserWords;

  EntryIngest(
      SafeFetcher fetcher,
      ArticleExtractor extractor,
      HostLimiter hosts,
      SourceRepository sources,
      ArticleRepository articles,
      SightingRepository sightings,
      NearDuplicates near,
      Clock clock,
      int teaserWords) {
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.hosts = hosts;
    this.sources = sources;
    this.articles = articles;
    this.sightings = sightings;
    this.near = near;
    this.clock = clock;
    this.teaserWords = teaserWords;
  }

  Outcome ingest(Source source, String outlet, FeedEntry entry) throws InterruptedException {
    String key =
        sha(
            entry.id() != null
                ? entry.id()
                : entry.link() != null ? entry.link() : entry.title() + "|" + entry.time());
    if (sources.seen(source.id(), key)) {
      return Outcome.ALREADY_SEEN;
    }
    String text = HtmlText.paragraphs(entry.body());
    ExtractedPage page = null;
    if (HtmlText.words(text) < teaserWords && entry.link() != null) {
      page = page(source, entry.link());
      if (page != null && HtmlText.words(page.text()) > HtmlText.words(text)) {
        text = page.text();
      }
    }
    String title = !entry.title().isBlank() ? entry.title() : page == null ? "" : page.title();
    if (title.isBlank() && text.isBlank()) {
      sources.markSeen(source.id(), key, null, clock.instant());
      return Outcome.EMPTY;
    }
    return store(source, outlet, entry, key, title, text, page);
  }

  private Outcome store(
      Source source,
      String outlet,
      FeedEntry entry,
      String key,
      String title,
      String text,
      ExtractedPage page) {
    Instant now = clock.instant();
    String link = page != null && page.canonicalUrl() != null ? page.canonicalUrl() : entry.link();
    String canonical = UrlCanonicalizer.canonicalize(link);
    String id = "f" + sha(canonical != null ? canonical : source.id() + "|" + key).substring(0, 24);
    String hash = TextFingerprint.of(title, text);
    Optional<String> same = sightings.existing(id, canonical, hash);
    if (same.isPresent()) {
      if (!same.get().equals(id)) {
        sightings.add(same.get(), entry.link(), outlet, "exact", now);
      }
      sources.markSeen(source.id(), key, same.get(), now);
      return Outcome.DUPLICATE;
    }
    long simhash = SimHash.of(title + "\n" + text);
    String nearId = nearDuplicate(simhash, title + "\n" + text);
    if (nearId != null) {
      sightings.add(nearId, entry.link(), outlet, "near", now);
      sources.markSeen(source.id(), key, nearId, now);
      return Outcome.NEAR_DUPLICATE;
    }
    Instant published =
        entry.time() != null
            ? entry.time()
            : page != null && page.published() != null ? page.published() : now;
    Article article =
        new Article(id, outlet, entry.link(), published, title, text, meta(source, entry, page));
    boolean stored = articles.insert(article, canonical, hash, now);
    if (stored) {
      sightings.saveHash(id, simhash, published);
      near.add(id, simhash);
    }
    sources.markSeen(source.id(), key, id, now);
    return stored ? Outcome.STORED : Outcome.DUPLICATE;
  }

  private String nearDuplicate(long simhash, String text) {
    for (String candidate : near.candidates(simhash, 5)) {
      Article a = articles.article(candidate);
      if (a != null && SimHash.resemblance(text, a.title() + "\n" + a.text()) >= SimHash.SAME) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Fetches and extracts the entry's page. Its canonical address (rel=canonical, og:url) becomes
   * the article's id and dedup key, so it is kept only on the registrable domain of the page as
   * fetched, of the entry's link or of the feed: a page cannot claim another outlet's address and
   * make that outlet's real article a "duplicate".
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
      ExtractedPage p = extractor.extract(r.text(), r.uri().toString());
      return p == null
              || p.canonicalUrl() == null
              || RegistrableDomain.sameSite(p.canonicalUrl(), r.uri().toString(), url, source.url())
          ? p
          : withoutCanonical(p);
    } catch (FetchException | RuntimeException | StackOverflowError e) {
      return null; // the teaser is kept; a page that cannot be read does not fail the source
    } finally {
      hosts.release(host);
    }
  }

  private static ExtractedPage withoutCanonical(ExtractedPage p) {
    return new ExtractedPage(
        p.title(),
        p.text(),
        p.author(),
        p.published(),
        null,
        p.language(),
        p.image(),
        p.description());
  }

  private static Map<String, String> meta(Source source, FeedEntry entry, ExtractedPage page) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("feed", source.id());
    if (!entry.authors().isEmpty()) {
      m.put("author", String.join(", ", entry.authors()));
    } else if (page != null && page.author() != null) {
      m.put("author", page.author());
    }
    if (page != null) {
      putIf(m, "language", page.language());
      putIf(m, "image", page.image());
      putIf(m, "canonical", page.canonicalUrl());
    }
    return m;
  }

  private static void putIf(Map<String, String> m, String k, String v) {
    if (v != null && !v.isBlank()) {
      m.put(k, v);
    }
  }

  static String sha(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
