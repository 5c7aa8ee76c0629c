package dev.storyline.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The articles a moderator moved apart, for {@link StoryClusterer}: pairs of articles that must
 * never share a story again, so the repair pass does not merge stories holding such a pair. Not
 * thread-safe.
 */
final class ApartArticles {

  /** Article id to the articles it must never share a story with again (a moderator's move). */
  private final Map<String, Set<String>> apart = new HashMap<>();

  /**
   * Records that {@code articleId} must never again be in one story with any of {@code others} (a
   * moderator moved it out of their story): the repair pass will not merge such stories.
   */
  void keepApart(String articleId, Collection<String> others) {
    for (String other : others) {
      if (!other.equals(articleId)) {
        apart.computeIfAbsent(articleId, k -> new HashSet<>()).add(other);
        apart.computeIfAbsent(other, k -> new HashSet<>()).add(articleId);
      }
    }
  }

  /** True when some article of {@code a} must be kept apart from some article of {@code b}. */
  boolean keptApart(StoryState a, StoryState b) {
    if (apart.isEmpty()) {
      return false;
    }
    Set<String> inB = null;
    for (Member m : a.members) {
      Set<String> others = apart.get(m.articleId());
      if (others != null) {
        if (inB == null) {
          inB = new HashSet<>();
          for (Member n : b.members) {
            inB.add(n.articleId());
          }
        }
        for (String o : others) {
          if (inB.contains(o)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
