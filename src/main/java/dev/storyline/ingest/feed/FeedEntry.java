package dev.storyline.ingest.feed;

import dev.storyline.domain.CleanText;
import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed, as published.
 *
 * @param id the entry's own id (guid, atom:id, JSON Feed id), or its link, or {@code null}
 * @param link the article address (absolute when the feed allows), or {@code null}
 * @param title the title as plain text, "" when none
 * @param published publication time, or {@code null}
 * @param updated last update time, or {@code null}
 * @param authors author names
 * @param content full content (HTML), "" when none
 * @param summary summary or description (HTML), "" when none
 */
public record FeedEntry(
    String id,
    String link,
    String title,
    Instant published,
    Instant updated,
    List<String> authors,
    String content,
    String summary) {

  public FeedEntry {
    title = title == null ? "" : CleanText.of(title).strip();
    authors = authors == null ? List.of() : authors.stream().map(CleanText::of).toList();
    content = content == null ? "" : content;
    summary = summary == null ? "" : summary;
  }

  /** The best time the entry carries: published, else updated, else {@code null}. */
  public Instant time() {
    return published != null ? published : updated;
  }

  /** The richest body: content when present, else summary. */
  public String body() {
    return content.isBlank() ? summary : content;
  }
}
