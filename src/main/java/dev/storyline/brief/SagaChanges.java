package dev.storyline.brief;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Part of {@link Saga}: what changed since the last settle, enough to tell which stories' bases may
 * differ: the stories put or removed, and the earliest publication of an article that joined, left
 * or moved. Everything may have changed before the first settle.
 */
final class SagaChanges {
  /** {@code null}: no article changed; {@link Instant#MIN}: everything may have. */
  private Instant since = Instant.MIN;

  private final Set<String> stories = new HashSet<>();

  /** A story put with its articles; {@code left} holds the ids of the old articles that left. */
  void put(
      String storyId,
      Collection<String> added,
      List<SagaDigest> old,
      Set<String> left,
      Map<String, SagaDigest> digests) {
    stories.add(storyId);
    added.forEach(id -> at(digests.get(id).published()));
    for (SagaDigest d : old) {
      if (left.contains(d.id())) {
        at(d.published());
      }
    }
  }

  /** A story removed, with its first publication. */
  void removed(String storyId, Instant first) {
    stories.add(storyId);
    at(first);
  }

  /** Whether the story changed, or an article published by its latest one did. */
  boolean touches(String storyId, Instant last) {
    return stories.contains(storyId) || (since != null && !last.isBefore(since));
  }

  void settle() {
    since = null;
    stories.clear();
  }

  private void at(Instant published) {
    if (since == null || published.isBefore(since)) {
      since = published;
    }
  }
}
