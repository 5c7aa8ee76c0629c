package dev.storyline.cluster;

/** Clusterer variants for developer tools. */
public final class Clusterers {
  private Clusterers() {}

  /** A clusterer that never evicts (as before eviction existed), for comparisons. */
  public static StoryClusterer withoutEviction(StoryClusterer.Settings settings) {
    return new StoryClusterer(settings, Integer.MAX_VALUE);
  }
}
