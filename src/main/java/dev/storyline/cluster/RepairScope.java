package dev.storyline.cluster;

import java.util.ArrayList;

/**
 * Which stories the next repair pass examines. By default a pass examines the stories changed since
 * the last one and the small stories near what they took in ({@link StoryRepair}); a rejoin's
 * features also depend on the other stories near its articles and on entity statistics over the
 * whole window, which change as unrelated articles arrive, so only a pass over every story held
 * sees all of that — as the first pass after a restart does.
 */
public final class RepairScope {
  private RepairScope() {}

  /** Marks every story the clusterer holds as changed: the next pass examines them all. */
  public static void everyStory(StoryClusterer clusterer) {
    clusterer.live().forEach(s -> clusterer.changed.putIfAbsent(s.id, new ArrayList<>()));
  }
}
