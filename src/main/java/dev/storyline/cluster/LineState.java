package dev.storyline.cluster;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Running state of one storyline held by {@link StorylineLinker}: the sum of its stories' unit
 * centroids, its central entities' story counts and its stories' newest article times. Not
 * thread-safe.
 */
final class LineState {
  final String id;
  final float[] sum;
  final Map<String, Integer> entities = new HashMap<>();
  final java.util.TreeMap<Instant, Integer> lasts = new java.util.TreeMap<>();
  int stories;

  LineState(String id, int dimension) {
    this.id = id;
    this.sum = new float[dimension];
  }

  /**
   * Adds ({@code sign} 1) or takes back ({@code sign} -1) one story's unit centroid and central
   * entities.
   */
  void add(float[] unit, Set<String> central, Instant last, int sign) {
    for (int i = 0; i < Math.min(sum.length, unit.length); i++) {
      sum[i] += sign * unit[i];
    }
    central.forEach(k -> entities.merge(k, sign, (a, b) -> a + b == 0 ? null : a + b));
    if (last != null) {
      lasts.merge(last, sign, (a, b) -> a + b == 0 ? null : a + b);
    }
    stories += sign;
  }

  /** The newest article time of its stories, or null when unknown. */
  Instant last() {
    return lasts.isEmpty() ? null : lasts.lastKey();
  }
}
