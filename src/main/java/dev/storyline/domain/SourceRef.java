package dev.storyline.domain;

/**
 * Where a published sentence comes from: an article and one of its sentences.
 *
 * @param articleId the source article
 * @param sentence index of the sentence in the article body, or {@link #TITLE} for the headline
 */
public record SourceRef(String articleId, int sentence) {
  /** Sentence index that designates the article's title. */
  public static final int TITLE = -1;

  public static SourceRef title(String articleId) {
    return new SourceRef(articleId, TITLE);
  }
}
