package dev.storyline.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Maps Rome's model to ours. */
final class RomeMapping {
  private RomeMapping() {}

  static ParsedFeed map(SyndFeed feed, String baseUrl, int maxEntries) {
    String link = Links.absolute(baseUrl, feed.getLink());
    String base = link != null && baseUrl == null ? link : baseUrl;
    List<SyndEntry> all = feed.getEntries();
    List<FeedEntry> entries = new ArrayList<>();
    for (SyndEntry e : FeedParser.capped(all, maxEntries)) {
      entries.add(entry(e, base));
    }
    List<String> warnings = new ArrayList<>();
    if (all.size() > maxEntries) {
      warnings.add(
          "the feed holds " + all.size() + " entries; only the first " + maxEntries + " were read");
    }
    return new ParsedFeed(
        feed.getFeedType(), Links.plain(feed.getTitle()), link, entries, all.size(), warnings);
  }

  private static FeedEntry entry(SyndEntry e, String base) {
    String link = Links.absolute(base, link(e));
    String id = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip() : link;
    StringBuilder content = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        content.append(content.length() > 0 ? "\n" : "").append(c.getValue());
      }
    }
    String summary = e.getDescription() == null ? "" : e.getDescription().getValue();
    return new FeedEntry(
        id,
        link,
        Links.plain(e.getTitle()),
        instant(e.getPublishedDate()),
        instant(e.getUpdatedDate()),
        authors(e),
        Links.demoronize(content.toString()),
        Links.demoronize(summary));
  }

  private static String link(SyndEntry e) {
    if (e.getLink() != null && !e.getLink().isBlank()) {
      return e.getLink();
    }
    for (SyndLink l : e.getLinks()) {
      if (l.getRel() == null || l.getRel().equals("alternate")) {
        return l.getHref();
      }
    }
    return null;
  }

  private static List<String> authors(SyndEntry e) {
    List<String> out = new ArrayList<>();
    for (SyndPerson p : e.getAuthors()) {
      String name = p.getName() == null ? "" : p.getName().strip();
      String email = p.getEmail() == null ? "" : p.getEmail().strip();
      if (!name.isEmpty() && !email.isEmpty()) {
        out.add(name + " (" + email + ")"); // as RSS writes it, and as feedparser reports it
      } else if (!name.isEmpty() || !email.isEmpty()) {
        out.add(name.isEmpty() ? email : name);
      }
    }
    if (out.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
      out.add(e.getAuthor().strip());
    }
    return out;
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }
}
