package dev.storyline.pipeline;

import dev.storyline.brief.TextTopics;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.StoryMaterial.StoryThread;
import dev.storyline.store.StoryRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Part of {@link BriefStep}: stores a storyline's row and its stories' rows with their briefs. */
final class StoryRows {
  /** The text method for story topics (used where no outlet of a story carries one). */
  private static final TextTopics TOPICS = TextTopics.defaults();

  private final StoryRepository stories;
  private final Clock clock;

  StoryRows(StoryRepository stories, Clock clock) {
    this.stories = stories;
    this.clock = clock;
  }

  void saveStoryline(StorylineState state) {
    List<String> order = state.saga.storyIds();
    String newest = state.headline.getOrDefault(order.get(order.size() - 1), "");
    StoryRepository.StorylineRow row =
        new StoryRepository.StorylineRow(
            state.id,
            state.saga.title(newest),
            state.saga.first(),
            state.saga.last(),
            state.saga.size());
    if (!row.equals(state.savedRow)) {
      stories.save(row);
      state.savedRow = row;
    }
  }

  /** Stores a story's brief; false when a repair took the story out of the storyline meanwhile. */
  boolean save(String storylineId, StoryThread thread, Brief brief, String basis) {
    if (!stories.linked(thread.storyId(), storylineId)) {
      return false;
    }
    List<AnalyzedArticle> members = thread.articles();
    Map<String, Integer> outlets = new LinkedHashMap<>();
    members.forEach(a -> outlets.merge(a.article().outlet(), 1, Integer::sum));
    List<String> byCount =
        outlets.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .map(Map.Entry::getKey)
            .toList();
    Instant first = members.get(0).article().published();
    Instant last = members.get(members.size() - 1).article().published();
    stories.save(
        new StoryRepository.StoryRow(
            thread.storyId(),
            storylineId,
            brief.headline().text(),
            first,
            last,
            members.size(),
            byCount,
            brief.noise().score(),
            brief,
            clock.instant(),
            basis,
            TOPICS.of(members)));
    return true;
  }
}
