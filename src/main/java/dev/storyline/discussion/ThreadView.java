package dev.storyline.discussion;

import java.util.List;

/** A top-level comment and its replies (one level), oldest first. */
public record ThreadView(CommentView comment, List<CommentView> replies) {
  public ThreadView {
    replies = List.copyOf(replies);
  }
}
