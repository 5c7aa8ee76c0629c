package dev.storyline.store;

import java.time.Instant;
import java.util.List;

/**
 * What a story repair did to the stored stories, told to the features that keep rows of their own
 * per story or storyline (discussion: comments, follows, last visits). {@link
 * StoryRepairRepository} publishes each event inside the transaction that made the change, so a
 * listener that writes to the same database takes part in that transaction: the repair and what the
 * listener does are stored together or not at all. Listeners must therefore be synchronous and must
 * not call back into the repair.
 */
public sealed interface StoryRepairEvent {

  /** Story {@code absorbed} joined {@code survivor}; its id redirects there from now on. */
  record Merged(String absorbed, String survivor, Instant at) implements StoryRepairEvent {}

  /**
   * The articles {@code movedArticleIds} left story {@code storyId} for the new {@code newStoryId}.
   */
  record Split(String storyId, String newStoryId, List<String> movedArticleIds)
      implements StoryRepairEvent {
    public Split {
      movedArticleIds = List.copyOf(movedArticleIds);
    }
  }

  /**
   * The stories a repair pass changed are linked into storylines again: a storyline that a merge
   * emptied may now be carried on by another one ({@link StoryRepairRepository#storylineRedirect}).
   */
  record Relinked(Instant at) implements StoryRepairEvent {}
}
