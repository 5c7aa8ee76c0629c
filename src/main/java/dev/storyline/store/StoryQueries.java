package dev.storyline.store;

import dev.storyline.domain.ForecastCheck;
import java.util.List;
import java.util.Map;
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
   * The story an id now redirects to, when a repair pass merged that story into another; empty for
   * ids of stories and unknown ids.
   */
  default Optional<String> redirect(String storyId) {
    return Optional.empty();
  }

  /**
   * The storyline that carries on a storyline whose last story a repair pass merged into a story of
   * another storyline; empty for ids of storylines and unknown ids.
   */
  default Optional<String> storylineRedirect(String storylineId) {
    return Optional.empty();
  }

  /**
   * Where else the articles of a story appeared (syndicated copies and near duplicates found at
   * other addresses): article id to its sightings, oldest first. Articles seen nowhere else are
   * absent.
   */
  default Map<String, List<SightingRepository.Sighting>> sightings(String storyId) {
    return Map.of();
  }

  /**
   * The forecast scorecard of a storyline, as written with its briefs; empty when none was written.
   */
  default List<ForecastCheck> scorecard(String storylineId) {
    return List.of();
  }

  /**
   * Why each article of a story is in it, as stored when it was placed (articles placed before
   * Storyline kept reasons are absent).
   */
  default Map<String, ArticleWhy> why(String storyId) {
    return Map.of();
  }

  /** Number of stored articles (for status lines). */
  long articleCount();
}
