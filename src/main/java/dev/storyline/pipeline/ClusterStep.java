package dev.storyline.pipeline;

import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.cluster.StorylineLinker;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.store.ApartRepository;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.StoryRepairRepository;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.work.Coordination;
import dev.storyline.store.work.RoleLease;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clustering writer: exactly one process at a time assigns articles to stories, repairs them
 * and links them into storylines, because online clustering depends on the order it sees articles
 * in. The role is a {@link RoleLease}; the process that takes it rebuilds its state from the store
 * ({@link ClusterState#restore}), so a process taking over from one that died goes on where the
 * store says. It assigns analyzed articles in publication order and never gets ahead of an article
 * that is still being analyzed, or that was stored less than {@link WorkSettings#reorderDelay} ago:
 * its result does not depend on how many processes analyze. Before each batch of writes it checks
 * that it still holds the role, and an article is only ever given a story once ({@link
 * ArticleRepository#assign}), with the evidence the clusterer saw (the "why" line). It applies the
 * moves moderators asked for before each repair pass and keeps those articles apart from then on,
 * also after a take-over. It records each story's storyline ({@code story_link}) and asks for the
 * briefs that changed ({@code brief_request}); any worker writes them. Not thread-safe: the
 * runner's methods are synchronized.
 */
final class ClusterStep {
  static final String ROLE = "cluster";
  private static final Logger log = LoggerFactory.getLogger(ClusterStep.class);
  private static final int BATCH = 32;

  private final StoryClusterer.Settings storySettings;
  private final StorylineLinker.Settings lineSettings;
  private final StoryRepair.Settings repairSettings;
  private final ArticleRepository articles;
  private final StoryRepository stories;
  private final StoryRepairRepository repairs;
  private final Coordination coordination;
  private final WorkSettings work;
  private final Clock clock;
  private final MeterRegistry meters;
  private RoleLease lease;
  private ClusterState state;
  private StoryRepair repair;

  ClusterStep(
      StoryClusterer.Settings storySettings,
      StorylineLinker.Settings lineSettings,
      StoryRepair.Settings repairSettings,
      ArticleRepository articles,
      StoryRepository stories,
      StoryRepairRepository repairs,
      Coordination coordination,
      WorkSettings work,
      Clock clock,
      MeterRegistry meters) {
    this.storySettings = storySettings;
    this.lineSettings = lineSettings;
    this.repairSettings = repairSettings;
    this.articles = articles;
    this.stories = stories;
    this.repairs = repairs;
    this.coordination = coordination;
    this.work = work;
    this.clock = clock;
    this.meters = meters;
  }

  /** Signals that the role was lost mid-run: nothing more may be written. */
  static final class LostRole extends RuntimeException {
    LostRole() {
      super("the clustering role was lost", null, false, false);
    }
  }

  /**
   * Assigns the articles that may be assigned now (when {@code assign}), repairs (the first pass
   * over every story held when {@code everyStory}), links, and asks for the briefs that changed.
   * Returns false when another process holds the role (nothing was done).
   */
  boolean run(Progress progress, boolean assign, boolean everyStory) {
    if (!hold()) {
      return false;
    }
    try {
      Set<String> touched = new LinkedHashSet<>();
      if (state == null) {
        state = new ClusterState(storySettings, lineSettings, articles, stories);
        repair = repairSettings == null ? null : new StoryRepair(repairSettings);
        long t0 = System.nanoTime();
        touched.addAll(state.restore());
        // the articles moderators moved out stay apart from their old stories' articles
        repairs.apart().applied().forEach(a -> state.keepApart(a.articleId(), a.apartFrom()));
        log.info(
            "clustering writer: state rebuilt from the store in {} ms ({} stories to refresh)",
            (System.nanoTime() - t0) / 1_000_000,
            touched.size());
      }
      if (assign) {
        touched.addAll(assignPending(progress));
      }
      if (everyStory) {
        state.examineEveryStory();
      }
      repairAndLink(touched);
      return true;
    } catch (LostRole e) {
      log.warn("clustering writer: lost the role mid-run; another process goes on");
      release();
      return false;
    } catch (RuntimeException e) {
      release(); // the state may no longer match the store: rebuild it next time
      throw e;
    }
  }

  /** Whether this process holds the role, taking it when it is free. */
  boolean hold() {
    if (lease != null && lease.valid()) {
      return true;
    }
    if (lease != null) {
      log.warn("clustering writer: this process lost the role");
      release();
    }
    lease = coordination.tryRole(ROLE, work.takeoverAfter()).orElse(null);
    if (lease != null) {
      state = null;
      log.info("clustering writer: this process ({}) holds the role now", coordination.self());
    }
    return lease != null;
  }

  /** Gives the role up (at shutdown, or when the state can no longer be trusted). */
  void release() {
    if (lease != null) {
      lease.close();
    }
    lease = null;
    state = null;
  }

  ClusterState state() {
    return state;
  }

  private void check() {
    if (lease == null || !lease.valid()) {
      throw new LostRole();
    }
  }

  private Set<String> assignPending(Progress progress) {
    List<String> pending = articles.unassignedBefore(clock.instant().minus(work.reorderDelay()));
    progress.start("cluster", pending.size());
    Set<String> touched = new LinkedHashSet<>();
    for (int i = 0; i < pending.size(); i += BATCH) {
      List<AnalyzedArticle> batch =
          articles.analyzed(pending.subList(i, Math.min(pending.size(), i + BATCH)));
      check();
      for (AnalyzedArticle a : batch) {
        StoryClusterer.Assignment assignment =
            meters.timer("storyline.stage.time", "stage", "cluster").record(() -> state.assign(a));
        if (!articles.assign(a.id(), assignment.storyId(), assignment.why(), clock.instant())) {
          throw new IllegalStateException("article " + a.id() + " already has a story");
        }
        touched.add(assignment.storyId());
        meters
            .counter(
                "storyline.stage.items",
                "stage",
                "cluster",
                "outcome",
                assignment.newStory() ? "new_story" : "joined")
            .increment();
        progress.step(1);
      }
    }
    progress.finish();
    return touched;
  }

  private void repairAndLink(Set<String> touched) {
    boolean merged = false;
    Set<String> moreLines = new LinkedHashSet<>();
    applyMoves(touched);
    // passes until one merges nothing: a pass merges each story once at most, and what it left
    // for the next pass would otherwise wait for the next article (and rewrite its briefs then)
    for (int pass = 0; repair != null && pass < StoryRepair.MAX_PASSES; pass++) {
      check();
      ClusterState.Repaired repaired = state.repair(repair, repairs::taken);
      StoryRepair.Plan plan = repaired.plan();
      moreLines.addAll(repaired.storylines());
      new RepairStep(repairs, stories, coordination, clock).write(plan, touched);
      count("merged", plan.merges().size());
      count("split", plan.splits().size());
      merged |= !plan.merges().isEmpty();
      if (plan.merges().isEmpty()) {
        break;
      }
    }
    if (touched.isEmpty() && moreLines.isEmpty()) {
      return;
    }
    check();
    Map<String, List<String>> lines = state.link(touched, moreLines);
    Map<String, Set<String>> requests = new LinkedHashMap<>();
    lines.forEach(
        (line, ids) -> {
          Set<String> changed = new LinkedHashSet<>();
          for (String id : ids) {
            if (touched.contains(id)) {
              stories.link(id, line);
              changed.add(id);
            }
          }
          requests.put(line, changed);
        });
    coordination.briefs().request(requests, clock.instant());
    if (merged) {
      repairs.relinked(clock.instant());
    }
  }

  /**
   * Applies the moves moderators asked for (an article out of its story into one of its own, with
   * the repair machinery's split and its redirects), before the repair pass, so that the pass and
   * every later assignment already keep the article apart.
   */
  private void applyMoves(Set<String> touched) {
    ApartRepository apart = repairs.apart();
    for (ApartRepository.Apart a : apart.pending()) {
      check();
      List<String> current = new ArrayList<>(articles.idsOfStory(a.storyId()));
      Set<String> others = new LinkedHashSet<>(a.apartFrom());
      others.addAll(current);
      others.remove(a.articleId());
      current.remove(a.articleId());
      Optional<StoryRepair.Split> split =
          current.isEmpty()
              ? Optional.empty()
              : state.detach(a.articleId(), a.storyId(), new ArrayList<>(others), repairs::taken);
      if (split.isPresent()) {
        StoryRepair.Split s = split.get();
        new RepairStep(repairs, stories, coordination, clock)
            .write(new StoryRepair.Plan(List.of(), List.of(s)), touched);
        apart.applied(a.articleId(), s.newStoryId(), clock.instant());
        count("moved", 1);
        log.info(
            "moderation: moved {} out of {} into {}", a.articleId(), a.storyId(), s.newStoryId());
      } else {
        // already alone in its story: nothing to split, but it stays apart from now on
        state.keepApart(a.articleId(), new ArrayList<>(others));
        apart.applied(a.articleId(), a.storyId(), clock.instant());
      }
    }
  }

  private void count(String outcome, long n) {
    meters.counter("storyline.stage.items", "stage", "repair", "outcome", outcome).increment(n);
  }
}
