package dev.storyline.eval;

import dev.storyline.app.Stages;
import dev.storyline.cluster.Clusterers;
import dev.storyline.cluster.StoryClusterer;

/**
 * Developer tool (not a test): {@code bench assign} with and without eviction on the same synthetic
 * stream. Usage: EvictionBench SIZE [QUERIES].
 */
public final class EvictionBench {
  public static void main(String[] args) {
    int size = Integer.parseInt(args[0]);
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    StoryClusterer.Settings s = Stages.storySettings();
    System.out.print("with eviction:    ");
    new AssignBench(System.out, s, 2000).run(size, queries);
    System.out.print("without eviction: ");
    new AssignBench(System.out, s, 2000, Clusterers::withoutEviction).run(size, queries);
  }
}
