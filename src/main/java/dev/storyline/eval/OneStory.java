package dev.storyline.eval;

import dev.storyline.brief.Saga;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.StoryMaterial;
import java.time.Instant;
import java.util.List;

/**
 * The material the evaluations and benchmarks brief a gold story from: the story alone in a
 * storyline of its own ({@link Saga#material}), as the service would brief it if no other story
 * were linked to it.
 */
final class OneStory {
  private OneStory() {}

  /** As of the story's latest article; {@code members} in publication order, none empty. */
  static StoryMaterial material(
      String id, List<AnalyzedArticle> members, StoryMaterial.Coverage coverage) {
    return material(id, members, coverage, members.get(members.size() - 1).article().published());
  }

  /** As of {@code now}. */
  static StoryMaterial material(
      String id, List<AnalyzedArticle> members, StoryMaterial.Coverage coverage, Instant now) {
    return Saga.of(List.of(new StoryMaterial.StoryThread(id, members)))
        .material(id, members, coverage, now);
  }
}
