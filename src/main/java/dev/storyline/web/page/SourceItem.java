package dev.storyline.web.page;

import java.util.List;

/**
 * One entry of a story page's numbered Sources list.
 *
 * @param number 1-based number used by the superscript links
 * @param anchor element id ({@code src-N})
 * @param outlet outlet name
 * @param title article title
 * @param url safe http(s) address, or {@code null} to show the title unlinked
 * @param date publication day ("24 Nov 2026"), or "" when unknown
 * @param dateIso ISO instant for {@code <time>}, or "" when unknown
 * @param alsoAt other places the same article appeared (syndicated copies), oldest first
 * @param articleId the article's id
 */
public record SourceItem(
    int number,
    String anchor,
    String outlet,
    String title,
    String url,
    String date,
    String dateIso,
    List<AlsoAt> alsoAt,
    String articleId) {

  public SourceItem {
    alsoAt = List.copyOf(alsoAt);
  }

  /**
   * Another place an article appeared.
   *
   * @param outlet outlet name (the address's host when the outlet is unknown)
   * @param url safe http(s) address, or {@code null} to show the name unlinked
   */
  public record AlsoAt(String outlet, String url) {}
}
