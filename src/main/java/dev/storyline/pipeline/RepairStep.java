package dev.storyline.pipeline;

import dev.storyline.cluster.StoryRepair;
import dev.storyline.store.StoryRepairRepository;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the merges and splits of a repair pass (already applied to the clusterer) and notes the
 * stories whose briefs must be rewritten: survivors, split stories and split-off ones; absorbed
 * stories leave that set, as they no longer exist.
 */
final class RepairStep {
  private static final Logger log = LoggerFactory.getLogger(RepairStep.class);
  private final StoryRepairRepository repairs;
  private final Clock clock;

  RepairStep(StoryRepairRepository repairs, Clock clock) {
    this.repairs = repairs;
    this.clock = clock;
  }

  void write(StoryRepair.Plan plan, Set<String> touched) {
    for (StoryRepair.Merge m : plan.merges()) {
      repairs.merge(m.absorbed(), m.survivor(), clock.instant());
      touched.remove(m.absorbed());
      touched.add(m.survivor());
      log.info("story repair: merged {} into {}", m.absorbed(), m.survivor());
    }
    for (StoryRepair.Split s : plan.splits()) {
      repairs.split(s.storyId(), s.newStoryId(), s.movedArticleIds());
      touched.add(s.storyId());
      touched.add(s.newStoryId());
      log.info(
          "story repair: split {} articles of {} into {}",
          s.movedArticleIds().size(),
          s.storyId(),
          s.newStoryId());
    }
  }
}
