package dev.storyline.web;

import dev.storyline.domain.ForecastCheck;
import dev.storyline.store.StoryCard;
import dev.storyline.store.StoryDetail;
import dev.storyline.store.StoryQueries;
import dev.storyline.store.StorylineCard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-made {@link StoryQueries} over the {@link Fixtures} stories. {@link #empty()} makes it
 * answer like an empty store; {@link #reset()} restores the fixtures.
 */
public class FakeStoryQueries implements StoryQueries {

  private final List<StoryDetail> stories = new ArrayList<>();
  private final Map<String, List<ForecastCheck>> scorecards = new HashMap<>();

  public FakeStoryQueries() {
    reset();
  }

  /** Back to the fixture stories. */
  public void reset() {
    stories.clear();
    stories.addAll(Fixtures.all());
    scorecards.clear();
  }

  /** Stores a storyline's forecast scorecard. */
  public void putScorecard(String storylineId, List<ForecastCheck> checks) {
    scorecards.put(storylineId, List.copyOf(checks));
  }

  @Override
  public List<ForecastCheck> scorecard(String storylineId) {
    return scorecards.getOrDefault(storylineId, List.of());
  }

  /**
   * Replaces the story with the same id (or adds it), so a test can show a variant of a fixture.
   */
  public void put(StoryDetail story) {
    stories.removeIf(s -> s.card().id().equals(story.card().id()));
    stories.add(0, story);
  }

  /** Answer like a store without articles. */
  public void empty() {
    stories.clear();
  }

  @Override
  public List<StoryCard> frontPage() {
    return stories.stream()
        .map(StoryDetail::card)
        .filter(c -> !c.lastPublished().isBefore(Fixtures.LATEST_DAY))
        .sorted(Comparator.comparingInt((StoryCard c) -> c.noise().score()).reversed())
        .toList();
  }

  @Override
  public List<StoryCard> recentStories(int limit) {
    return stories.stream()
        .map(StoryDetail::card)
        .sorted(Comparator.comparing(StoryCard::lastPublished).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<StoryDetail> story(String id) {
    return stories.stream().filter(s -> s.card().id().equals(id)).findFirst();
  }

  @Override
  public Optional<StorylineCard> storyline(String id) {
    return stories.stream().map(StoryDetail::storyline).filter(l -> l.id().equals(id)).findFirst();
  }

  @Override
  public long articleCount() {
    return stories.isEmpty() ? 0 : 7;
  }
}
