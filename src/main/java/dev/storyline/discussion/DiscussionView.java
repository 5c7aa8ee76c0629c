package dev.storyline.discussion;

import java.util.List;

/**
 * The Discussion section of a story page.
 *
 * @param storyId the story
 * @param storylineId its storyline
 * @param threads comment threads, oldest first
 * @param signedIn whether a reader is signed in
 * @param whyNot why the reader may not comment (or {@code null} when they may)
 * @param followingStory whether the reader follows the story
 * @param followingStoryline whether the reader follows its storyline
 * @param moderator whether the reader moderates (sees reports and hidden text)
 * @param count how many comments are shown
 */
public record DiscussionView(
    String storyId,
    String storylineId,
    List<ThreadView> threads,
    boolean signedIn,
    String whyNot,
    boolean followingStory,
    boolean followingStoryline,
    boolean moderator,
    int count) {

  public DiscussionView {
    threads = List.copyOf(threads);
  }

  /** Whether the reader may post now. */
  public boolean canComment() {
    return signedIn && whyNot == null;
  }
}
