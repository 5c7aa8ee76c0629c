package dev.storyline.pipeline;

import dev.storyline.cluster.StoryRepair;
import dev.storyline.store.StoryRepairRepository;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.work.BriefRequests;
import dev.storyline.store.work.Coordination;
import dev.storyline.store.work.Locks;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the merges and splits of a repair pass (already applied to the clusterer) and notes the
 * stories whose briefs must be rewritten: survivors, split stories and split-off ones; absorbed
 * stories leave that set, as they no longer exist. Each merge or split is written while holding the
 * brief locks of the storylines it touches, so that no brief writer in another process writes a
 * story row for a story that is going away.
 */
final class RepairStep {
  private static final Logger log = LoggerFactory.getLogger(RepairStep.class);
  private static final Duration WAIT = Duration.ofSeconds(60);
  private final StoryRepairRepository repairs;
  private final StoryRepository stories;
  private final Coordination coordination;
  private final Clock clock;

  RepairStep(
      StoryRepairRepository repairs,
      StoryRepository stories,
      Coordination coordination,
      Clock clock) {
    this.repairs = repairs;
    this.stories = stories;
    this.coordination = coordination;
    this.clock = clock;
  }

  void write(StoryRepair.Plan plan, Set<String> touched) {
    for (StoryRepair.Merge m : plan.merges()) {
      List<Locks.Held> held = lockLinesOf(m.absorbed(), m.survivor());
      try {
        repairs.merge(m.absorbed(), m.survivor(), clock.instant());
      } finally {
        held.forEach(Locks.Held::close);
      }
      touched.remove(m.absorbed());
      touched.add(m.survivor());
      log.info("story repair: merged {} into {}", m.absorbed(), m.survivor());
    }
    for (StoryRepair.Split s : plan.splits()) {
      List<Locks.Held> held = lockLinesOf(s.storyId());
      try {
        repairs.split(s.storyId(), s.newStoryId(), s.movedArticleIds());
      } finally {
        held.forEach(Locks.Held::close);
      }
      touched.add(s.storyId());
      touched.add(s.newStoryId());
      log.info(
          "story repair: split {} articles of {} into {}",
          s.movedArticleIds().size(),
          s.storyId(),
          s.newStoryId());
    }
  }

  /** The brief locks of the stories' storylines, taken in name order (no two takers deadlock). */
  private List<Locks.Held> lockLinesOf(String... storyIds) {
    Set<String> lines = new TreeSet<>();
    for (String id : storyIds) {
      stories.linkOf(id).ifPresent(lines::add);
    }
    List<Locks.Held> held = new ArrayList<>();
    try {
      for (String line : lines) {
        held.add(coordination.lock(BriefRequests.lockName(line), WAIT));
      }
    } catch (RuntimeException e) {
      held.forEach(Locks.Held::close);
      throw e;
    }
    return held;
  }
}
