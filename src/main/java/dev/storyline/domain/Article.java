package dev.storyline.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as it enters the pipeline (the common format of the article streams). Its text
 * fields are {@link CleanText cleaned} of characters no output can carry.
 *
 * @param id unique id within its source file or feed; never null
 * @param source outlet name, or {@code null} when unknown
 * @param url original address, or {@code null}
 * @param published publication time (UTC); date-only inputs are taken at 00:00 UTC; never null
 * @param title headline, "" when none
 * @param text body, paragraphs separated by a blank line
 * @param meta other labels of the input, kept verbatim (never read by the clusterer)
 */
public record Article(
    String id,
    String source,
    String url,
    Instant published,
    String title,
    String text,
    Map<String, String> meta) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    source = CleanText.of(source);
    url = CleanText.of(url);
    title = title == null ? "" : CleanText.of(title);
    text = text == null ? "" : CleanText.of(text);
    meta = meta == null ? Map.of() : clean(meta);
  }

  private static Map<String, String> clean(Map<String, String> meta) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    meta.forEach((k, v) -> out.put(CleanText.of(k), CleanText.of(v)));
    return Map.copyOf(out);
  }

  /** Outlet name to show; "Unknown outlet" when the input has none. */
  public String outlet() {
    return source == null || source.isBlank() ? "Unknown outlet" : source;
  }
}
