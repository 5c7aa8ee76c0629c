package dev.storyline.ingest.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses feed text of any supported format into a {@link ParsedFeed}. A strict parse comes first
 * (Rome for XML, Jackson for JSON Feed); XML that is not well-formed but still holds items is read
 * leniently by {@link RecoveringParser} with a warning. At most {@code maxEntries} entries are kept
 * per document (the first ones: feeds put the newest first), so a feed with 100 000 entries costs
 * one bounded parse and a bounded amount of downstream work. Thread-safe.
 */
public final class FeedParser {
  private final ObjectMapper json;
  private final int maxEntries;

  public FeedParser(ObjectMapper json, int maxEntries) {
    this.json = json;
    this.maxEntries = maxEntries;
  }

  /**
   * Parses a document.
   *
   * @param text the decoded document
   * @param baseUrl the address it came from, for resolving relative links; may be {@code null}
   */
  public ParsedFeed parse(String text, String baseUrl) throws FeedParseException {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new FeedParseException("the document is empty");
    }
    if (trimmed.startsWith("{") || trimmed.startsWith("\uFEFF{")) {
      return new JsonFeedParser(json, maxEntries).parse(trimmed.replace("\uFEFF", ""), baseUrl);
    }
    String xml = XmlPrep.prepare(text);
    try {
      return strict(xml, baseUrl);
    } catch (FeedException | IllegalArgumentException e) {
      String why = reason(e);
      if (why.startsWith("the document is not a known feed type")) {
        throw new FeedParseException(why, e);
      }
      ParsedFeed recovered = new RecoveringParser(maxEntries).parse(xml, baseUrl, why);
      if (recovered == null) {
        throw new FeedParseException(
            "the feed is not well-formed XML and no entries could be recovered: " + why, e);
      }
      return recovered;
    }
  }

  private ParsedFeed strict(String xml, String baseUrl) throws FeedException {
    SyndFeed feed = new RomeInput().read(xml);
    return RomeMapping.map(feed, baseUrl, maxEntries);
  }

  private static String reason(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (m.startsWith("Invalid document")
        || m.contains("Unknown feed type")
        || m.contains("not a valid")) {
      return "the document is not a known feed type (RSS, Atom or JSON Feed): " + m;
    }
    Throwable c = e.getCause();
    String detail = c != null && c.getMessage() != null ? c.getMessage() : m;
    return detail.length() > 300 ? detail.substring(0, 300) + "…" : detail;
  }

  static <T> List<T> capped(List<T> all, int max) {
    return all.size() <= max ? all : new ArrayList<>(all.subList(0, max));
  }
}
