package dev.storyline.pipeline;

import dev.storyline.brief.BriefWriter;
import dev.storyline.domain.Brief;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.StoryMaterial.StoryThread;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Part of {@link BriefStep}: writes and stores the briefs of a storyline whose basis changed. */
final class StaleBriefs {
  /** Briefs written in parallel between two stores and progress lines. */
  private static final int BATCH = 32;

  private final BriefWriter writer;
  private final StoryRows rows;
  private final Clock clock;
  private final MeterRegistry meters;

  StaleBriefs(BriefWriter writer, StoryRows rows, Clock clock, MeterRegistry meters) {
    this.writer = writer;
    this.rows = rows;
    this.clock = clock;
    this.meters = meters;
  }

  /** Rewrites and stores the briefs whose basis changed; returns them by story id. */
  Map<String, Brief> write(
      StorylineState state, SagaLoader loader, StoryMaterial.Coverage coverage, LineWork work) {
    List<String> stale = new ArrayList<>();
    Map<String, String> bases = new HashMap<>();
    for (String id : state.saga.storyIds()) {
      String basis = revised(state.basisOf(id));
      if (!basis.equals(state.basis.get(id))) {
        stale.add(id);
        bases.put(id, basis);
      }
    }
    state.basesSettled();
    if (stale.size() >= BriefStep.LONG) {
      work.note(stale.size() + " briefs to write");
    }
    loader.load(stale);
    // each brief is a pure function of its material, which only reads the saga: written on every
    // core (the saga's lazily built orders first), a batch at a time, stored in order here
    state.saga.ready();
    Instant now = clock.instant();
    Map<String, Brief> written = new LinkedHashMap<>();
    for (int from = 0; from < stale.size(); from += BATCH) {
      List<StoryThread> threads =
          stale.subList(from, Math.min(stale.size(), from + BATCH)).stream()
              .map(loader::thread)
              .toList();
      List<Brief> briefs =
          threads.parallelStream()
              .map(t -> write(state.saga.material(t.storyId(), t.articles(), coverage, now)))
              .toList();
      for (int i = 0; i < threads.size(); i++) {
        save(state, threads.get(i), briefs.get(i), bases.get(threads.get(i).storyId()), written);
      }
      work.written(written.size(), stale.size());
    }
    return written;
  }

  /**
   * The basis as stored: the material's fingerprint and, when the writer names one, its revision
   * ("3f9c…@5be0…"), so that a brief written by another revision of the writer is written again.
   */
  private String revised(String basis) {
    return writer.revision().isEmpty() ? basis : basis + "@" + writer.revision();
  }

  private void save(
      StorylineState state,
      StoryThread thread,
      Brief brief,
      String basis,
      Map<String, Brief> written) {
    String id = thread.storyId();
    if (rows.save(state.id, thread, brief, basis)) {
      state.basis.put(id, basis);
    }
    state.headline.put(id, brief.headline().text());
    written.put(id, brief);
  }

  private Brief write(StoryMaterial material) {
    Brief brief =
        meters.timer("storyline.stage.time", "stage", "brief").record(() -> writer.write(material));
    meters.counter("storyline.stage.items", "stage", "brief", "outcome", "written").increment();
    return brief;
  }
}
