package dev.storyline.store.search;

import java.time.Instant;
import java.util.List;

/**
 * One search result.
 *
 * @param kind "story" or "article"
 * @param id the story id, or the article id
 * @param storyId the story the hit belongs to (the hit itself for a story), or {@code null}
 * @param title headline or article title
 * @param outlet the article's outlet, or "" for a story
 * @param published publication time (a story's newest article)
 * @param url the article's original address, or {@code null}
 * @param snippet the passage around the first match, as plain and highlighted pieces
 */
public record SearchHit(
    String kind,
    String id,
    String storyId,
    String title,
    String outlet,
    Instant published,
    String url,
    List<Piece> snippet) {

  public SearchHit {
    snippet = List.copyOf(snippet);
  }

  /** A piece of a snippet: text, and whether it matched the query. */
  public record Piece(String text, boolean match) {}
}
