package dev.storyline.ingest.extract;

import java.time.Instant;

/**
 * What a page says about its article.
 *
 * @param title headline, "" when none
 * @param text main text, paragraphs separated by a blank line; "" when none was found
 * @param author author name(s), or {@code null}
 * @param published publication time, or {@code null}
 * @param canonicalUrl the page's canonical address, or {@code null}
 * @param language language tag (e.g. "en"), or {@code null}
 * @param image lead image address, or {@code null}
 * @param description the page's own summary, or {@code null}
 */
public record ExtractedPage(
    String title,
    String text,
    String author,
    Instant published,
    String canonicalUrl,
    String language,
    String image,
    String description) {

  public ExtractedPage {
    title = title == null ? "" : title.strip();
    text = text == null ? "" : text;
  }
}
