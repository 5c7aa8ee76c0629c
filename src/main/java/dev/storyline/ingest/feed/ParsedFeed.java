package dev.storyline.ingest.feed;

import dev.storyline.domain.CleanText;
import java.util.List;

/**
 * A parsed feed.
 *
 * @param format e.g. "rss_2.0", "atom_1.0", "json_1.1", or "recovered" for a broken feed read
 *     leniently
 * @param title feed title, "" when none
 * @param link the site's address, or {@code null}
 * @param entries entries in document order, at most the cap given to the parser
 * @param totalEntries how many entries the document held before the cap
 * @param warnings problems that did not stop parsing, in words
 */
public record ParsedFeed(
    String format,
    String title,
    String link,
    List<FeedEntry> entries,
    int totalEntries,
    List<String> warnings) {

  public ParsedFeed {
    title = title == null ? "" : CleanText.of(title).strip();
    entries = List.copyOf(entries);
    warnings = List.copyOf(warnings);
  }
}
