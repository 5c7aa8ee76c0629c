package dev.storyline.store;

import java.time.Instant;
import java.util.List;

/**
 * A storyline: one saga over months and years, made of stories.
 *
 * @param id stable storyline id
 * @param slug URL slug of its title
 * @param title title (the headline of its most recent story)
 * @param first first publication time of its oldest story
 * @param last last publication time of its newest story
 * @param stories its stories, oldest first
 */
public record StorylineCard(
    String id, String slug, String title, Instant first, Instant last, List<StoryCard> stories) {

  public StorylineCard {
    stories = List.copyOf(stories);
  }
}
