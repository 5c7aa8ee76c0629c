package dev.storyline.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads a feed that is not well-formed XML (truncated, unescaped ampersands, mismatched tags) with
 * jsoup's forgiving XML parser, keeping the items it can see. Entities were refused and the DOCTYPE
 * removed before, so nothing here expands entities.
 */
final class RecoveringParser {
  private final int maxEntries;

  RecoveringParser(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  /** The recovered feed, or {@code null} when the document holds neither items nor a feed root. */
  ParsedFeed parse(String xml, String baseUrl, String why) {
    Document doc = Jsoup.parse(xml, baseUrl == null ? "" : baseUrl, Parser.xmlParser());
    Element root = doc.selectFirst("rss, feed, rdf|RDF, channel");
    Elements items = doc.select("item, entry");
    if (root == null && items.isEmpty()) {
      return null;
    }
    boolean atom = doc.selectFirst("feed") != null;
    Element head = doc.selectFirst("channel, feed");
    String title = head == null ? "" : childText(head, "title");
    String link = head == null ? null : Links.absolute(baseUrl, link(head, atom));
    List<FeedEntry> entries = new ArrayList<>();
    for (Element item : items) {
      if (entries.size() >= maxEntries) {
        break;
      }
      entries.add(entry(item, baseUrl, atom));
    }
    return new ParsedFeed(
        "recovered",
        Links.plain(title),
        link,
        entries,
        items.size(),
        List.of(
            "the feed is not well-formed XML ("
                + why
                + "); read leniently, "
                + items.size()
                + " entries recovered"));
  }

  private static FeedEntry entry(Element item, String base, boolean atom) {
    String link = Links.absolute(base, link(item, atom));
    String id = childText(item, atom ? "id" : "guid");
    String date =
        firstNonBlank(
            childText(item, "pubDate"),
            childText(item, "published"),
            childText(item, "dc|date"),
            childText(item, "updated"));
    String author = firstNonBlank(childText(item, "author"), childText(item, "dc|creator"));
    return new FeedEntry(
        id.isBlank() ? link : id.strip(),
        link,
        Links.plain(childText(item, "title")),
        FeedDates.parse(date),
        FeedDates.parse(childText(item, "updated")),
        author.isBlank() ? List.of() : List.of(author.strip()),
        firstNonBlank(childText(item, "content|encoded"), childText(item, "content")),
        firstNonBlank(childText(item, "description"), childText(item, "summary")));
  }

  private static String link(Element e, boolean atom) {
    for (Element l : e.children()) {
      if (!l.tagName().equals("link")) {
        continue;
      }
      if (l.hasAttr("href") && (!l.hasAttr("rel") || l.attr("rel").equals("alternate"))) {
        return l.attr("href");
      }
      if (!l.text().isBlank()) {
        return l.text();
      }
    }
    return null;
  }

  private static String childText(Element e, String name) {
    for (Element c : e.children()) {
      if (c.tagName().equalsIgnoreCase(name.replace('|', ':'))) {
        String t = c.wholeText();
        return t.isBlank() ? c.html() : t;
      }
    }
    return "";
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }
}
