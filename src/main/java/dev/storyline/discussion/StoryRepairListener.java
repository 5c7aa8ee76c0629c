package dev.storyline.discussion;

import dev.storyline.store.StoryQueries;
import dev.storyline.store.StoryRepairEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applies story repairs to discussion's own tables. When a merge absorbs a story, its comments,
 * followers and readers' last visits move to the survivor; once stories are linked again after
 * merges, readers who followed a storyline that a merge emptied follow the one that carries it on.
 * The store publishes these events inside the repair's transaction and Spring calls this listener
 * synchronously, so its writes commit or roll back with the repair.
 */
@Component
class StoryRepairListener {
  private static final Logger log = LoggerFactory.getLogger(StoryRepairListener.class);
  private final CommentRepository comments;
  private final FollowRepository follows;
  private final VisitRepository visits;
  private final StoryQueries stories;

  StoryRepairListener(
      CommentRepository comments,
      FollowRepository follows,
      VisitRepository visits,
      StoryQueries stories) {
    this.comments = comments;
    this.follows = follows;
    this.visits = visits;
    this.stories = stories;
  }

  @EventListener
  void merged(StoryRepairEvent.Merged e) {
    comments.moveStory(e.absorbed(), e.survivor());
    follows.move(FollowRepository.Kind.STORY, e.absorbed(), e.survivor());
    visits.moveStory(e.absorbed(), e.survivor());
  }

  @EventListener
  void relinked(StoryRepairEvent.Relinked e) {
    for (String from : follows.followedEmptiedStorylines()) {
      Optional<String> to = stories.storylineRedirect(from);
      if (to.isPresent()) {
        follows.move(FollowRepository.Kind.STORYLINE, from, to.get());
        log.info("followers of storyline {} now follow {}", from, to.get());
      }
    }
  }
}
