package dev.storyline.discussion;

import java.time.Instant;

/**
 * A stored comment.
 *
 * @param id database id
 * @param storyId the story it is about
 * @param parentId the comment it replies to, or {@code null} for a top-level comment
 * @param authorId its author, or {@code null} once the author deleted their account
 * @param authorName the author's display name, or {@code null} with no author
 * @param body the Markdown source as written ("" once deleted)
 * @param status visible, hidden by a moderator, or deleted by its author
 * @param createdAt when it was posted
 * @param editedAt when it was last edited, or {@code null}
 * @param reports how many readers reported it
 */
record Comment(
    long id,
    String storyId,
    Long parentId,
    Long authorId,
    String authorName,
    String body,
    Status status,
    Instant createdAt,
    Instant editedAt,
    int reports) {

  /** A comment's state. */
  enum Status {
    VISIBLE,
    HIDDEN,
    DELETED
  }
}
