package dev.storyline.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How {@link StoryRepair} cuts a story in two: which group keeps the story's id (the founder's),
 * the id the other group gets, the state of a group, and a moderator's move of one article out of
 * its story. Stateless.
 */
final class StorySplits {

  private StorySplits() {}

  /** The body of {@link StoryRepair#detach}. */
  static Optional<StoryRepair.Split> detach(
      StoryClusterer clusterer,
      String articleId,
      String storyId,
      List<String> others,
      Predicate<String> idTaken) {
    if (others.isEmpty()) {
      return Optional.empty();
    }
    String newId = newId(clusterer, articleId, idTaken);
    StoryState held =
        clusterer.live().stream()
            .filter(s -> s.members.stream().anyMatch(m -> m.articleId().equals(articleId)))
            .findFirst()
            .orElse(null);
    if (held != null) {
      List<Member> kept = new ArrayList<>();
      List<Member> moved = new ArrayList<>();
      for (Member m : held.members) {
        (m.articleId().equals(articleId) ? moved : kept).add(m);
      }
      clusterer.rebuild(held.id, kept);
      clusterer.rebuild(newId, moved);
      clusterer.refreshIndex();
    }
    clusterer.keepApart(articleId, others);
    return Optional.of(
        new StoryRepair.Split(held != null ? held.id : storyId, newId, List.of(articleId)));
  }

  /** The running state of a group of members, as if they were one story. */
  static StoryState state(List<Member> members) {
    StoryState s = new StoryState("", StoryClusterer.dimension(members));
    members.forEach(s::add);
    return s;
  }

  /** Index of the member whose id the story's id derives from, else of the oldest member. */
  static int founderIndex(StoryState s) {
    for (int i = 0; i < s.members.size(); i++) {
      if (StableIds.of("s", s.members.get(i).articleId()).equals(s.id)) {
        return i;
      }
    }
    int oldest = 0;
    for (int i = 1; i < s.members.size(); i++) {
      if (s.members.get(i).published().isBefore(s.members.get(oldest).published())) {
        oldest = i;
      }
    }
    return oldest;
  }

  /**
   * The id a new story founded by {@code articleId} gets: derived from the article, numbered on
   * when held or taken.
   */
  static String newId(StoryClusterer clusterer, String articleId, Predicate<String> idTaken) {
    String id = StableIds.of("s", articleId);
    int n = 2;
    while (clusterer.story(id) != null || idTaken.test(id)) {
      id = StableIds.of("s", articleId + "#" + n++);
    }
    return id;
  }
}
