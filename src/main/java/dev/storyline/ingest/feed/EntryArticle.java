package dev.storyline.ingest.feed;

import dev.storyline.domain.Article;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.RegistrableDomain;
import dev.storyline.ingest.TextFingerprint;
import dev.storyline.ingest.UrlCanonicalizer;
import dev.storyline.ingest.extract.ExtractedPage;
import dev.storyline.ingest.extract.HtmlText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decision "feed entry → article", over plain values: which key a source remembers an entry by,
 * whether the entry is only a teaser whose page is worth fetching, and the article it becomes (text
 * from the entry or from its page, whichever is longer; id from the canonical address; time and
 * metadata merged from entry and page). Fetching the page and storing the article are the caller's
 * (the feeds runner); whether the article is a duplicate is decided by {@code
 * ingest.dedup.Duplicates}, the same way for every ingest path. Stateless.
 */
public final class EntryArticle {
  private EntryArticle() {}

  /**
   * The key a source remembers an entry by: a hash of its id, else its link, else title and time.
   */
  public static String key(FeedEntry entry) {
    return sha(
        entry.id() != null
            ? entry.id()
            : entry.link() != null ? entry.link() : entry.title() + "|" + entry.time());
  }

  /** An entry with fewer than {@code teaserWords} words and a link: its page is worth fetching. */
  public static boolean isTeaser(FeedEntry entry, int teaserWords) {
    return entry.link() != null && HtmlText.words(HtmlText.paragraphs(entry.body())) < teaserWords;
  }

  /**
   * The page with its canonical address (rel=canonical, og:url) only when that address is on the
   * registrable domain of the page as fetched, of the entry's link or of the feed. The canonical
   * address becomes the article's id and dedup key, so a page must not claim another outlet's
   * address and make that outlet's real article a "duplicate".
   *
   * @param page the extracted page, or {@code null}
   * @param sites the addresses whose sites the canonical address may be on
   * @return {@code page}, without its canonical address when that points to another site
   */
  public static ExtractedPage onOwnSite(ExtractedPage page, String... sites) {
    if (page == null
        || page.canonicalUrl() == null
        || RegistrableDomain.sameSite(page.canonicalUrl(), sites)) {
      return page;
    }
    return new ExtractedPage(
        page.title(),
        page.text(),
        page.author(),
        page.published(),
        null,
        page.language(),
        page.image(),
        page.description());
  }

  /**
   * The article an entry becomes.
   *
   * @param sourceId the feed source
   * @param outlet the outlet the article is credited to
   * @param entry the entry
   * @param page the entry's extracted page, or {@code null} when it was not fetched or unreadable
   * @param now the time of the poll (the article's time when neither entry nor page has one)
   * @param position the entry's 1-based position in the feed document
   * @return the article with its canonical address and text fingerprint, or a rejection ({@link
   *     Ingested.Reason#EMPTY_TEXT}) when neither entry nor page has a title or text
   */
  public static Ingested of(
      String sourceId,
      String outlet,
      FeedEntry entry,
      ExtractedPage page,
      Instant now,
      long position) {
    String text = HtmlText.paragraphs(entry.body());
    if (page != null && HtmlText.words(page.text()) > HtmlText.words(text)) {
      text = page.text();
    }
    String title = !entry.title().isBlank() ? entry.title() : page == null ? "" : page.title();
    if (title.isBlank() && text.isBlank()) {
      return new Ingested.Rejected(
          position, Ingested.Reason.EMPTY_TEXT, "no title and no text: " + key(entry));
    }
    String link = page != null && page.canonicalUrl() != null ? page.canonicalUrl() : entry.link();
    String canonical = UrlCanonicalizer.canonicalize(link);
    String id =
        "f" + sha(canonical != null ? canonical : sourceId + "|" + key(entry)).substring(0, 24);
    Instant published =
        entry.time() != null
            ? entry.time()
            : page != null && page.published() != null ? page.published() : now;
    Article article =
        new Article(id, outlet, entry.link(), published, title, text, meta(sourceId, entry, page));
    return new Ingested.Accepted(position, article, canonical, TextFingerprint.of(title, text));
  }

  private static Map<String, String> meta(String sourceId, FeedEntry entry, ExtractedPage page) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("feed", sourceId);
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
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
