package dev.storyline.pipeline;

import dev.storyline.domain.StoryMaterial;
import dev.storyline.store.StoryRepairRepository;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.work.BriefRequests;
import dev.storyline.store.work.Coordination;
import dev.storyline.store.work.Locks;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Writes the briefs the clustering writer asked for ({@link BriefRequests}), one storyline at a
 * time under that storyline's lock, so several workers share the writing and never write one
 * storyline at once. A storyline another worker holds is passed over; its requests stay until
 * someone serves them. Not thread-safe: the runner's methods are synchronized.
 */
final class BriefJobs {
  private static final int PAGE = 100;
  private final BriefStep step;
  private final StoryRepository stories;
  private final StoryRepairRepository repairs;
  private final Coordination coordination;
  private final Clock clock;
  private final String revision;

  BriefJobs(
      BriefStep step,
      StoryRepository stories,
      StoryRepairRepository repairs,
      Coordination coordination,
      Clock clock,
      String revision) {
    this.step = step;
    this.revision = revision;
    this.clock = clock;
    this.stories = stories;
    this.repairs = repairs;
    this.coordination = coordination;
  }

  /**
   * Asks for the briefs stored under another revision of the writer ({@code BriefWriter.revision})
   * to be written again; returns how many storylines (none when the writer names no revision).
   */
  int requestOutdated() {
    return revision.isEmpty()
        ? 0
        : coordination.briefs().requestOutdated(revision, clock.instant());
  }

  /** Serves requests until none is left that another worker is not serving; returns how many. */
  int run(Progress progress) {
    BriefRequests requests = coordination.briefs();
    List<String> due = requests.due(PAGE);
    if (due.isEmpty()) {
      return 0;
    }
    StoryMaterial.Coverage coverage = stories.coverage();
    progress.start("brief", due.size());
    int served = 0;
    while (!due.isEmpty()) {
      int before = served;
      for (String line : due) {
        if (serve(line, coverage, progress)) {
          served++;
          progress.step(1);
        }
      }
      if (served == before) {
        break; // what is left is being written elsewhere
      }
      due = requests.due(PAGE);
      progress.grow(due.size()); // the next page: the count keeps moving past the first 100
    }
    progress.finish();
    if (served > 0) {
      repairs.relinked(clock.instant());
    }
    return served;
  }

  private boolean serve(String line, StoryMaterial.Coverage coverage, Progress progress) {
    Optional<Locks.Held> lock = coordination.tryLock(BriefRequests.lockName(line));
    if (lock.isEmpty()) {
      return false;
    }
    try (Locks.Held held = lock.get()) {
      BriefRequests.Pending pending = coordination.briefs().pending(line);
      if (pending.isEmpty()) {
        return false;
      }
      step.serve(line, stories.linkedTo(line), pending.stories(), coverage, progress);
      coordination.briefs().done(line, pending.maxSeq());
      return true;
    }
  }
}
