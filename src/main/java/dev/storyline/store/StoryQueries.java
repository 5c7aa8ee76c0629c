package dev.storyline.store;

import dev.storyline.domain.ForecastCheck;
import java.util.List;
import java.util.Optional;

/** Read side of the store used by {@code web}. Thread-safe. */
public interface StoryQueries {

  /**
   * The front page: stories with an article on the latest day of coverage (the calendar day, UTC,
   * of the newest article in the store), loudest first.
   */
  List<StoryCard> frontPage();

  /** Most recently updated stories, newest first. */
  List<StoryCard> recentStories(int limit);

  Optional<StoryDetail> story(String id);

  Optional<StorylineCard> storyline(String id);

  /**
   * The forecast scorecard of a storyline, as written with its briefs; empty when none was
   * written.
   */
  default List<ForecastCheck> scorecard(String storylineId) {
    return List.of();
  }

  /** Number of stored articles (for status lines). */
  long articleCount();
}
