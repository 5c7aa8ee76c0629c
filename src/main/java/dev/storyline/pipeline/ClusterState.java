package dev.storyline.pipeline;

import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryProfile;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.cluster.StorylineLinker;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.StoryRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The clusterer and linker with their state restored from the store on first use: every stored
 * assignment is replayed, so ids and memberships survive restarts. The clusterer evicts old stories
 * as it goes; an evicted story is replayed into the linker when it was linked already, or its
 * profile is kept until it is linked. The linker follows the stories' content: a linked story that
 * changed (new articles, a repair) is updated in it, and a story a repair absorbed is forgotten, so
 * the state after a run is the state a restart restores. Not thread-safe.
 */
final class ClusterState {
  private final StoryClusterer.Settings storySettings;
  private final StorylineLinker.Settings lineSettings;
  private final ArticleRepository articles;
  private final StoryRepository stories;
  private StoryClusterer clusterer;
  private StorylineLinker linker;

  /** Story id to storyline id, for every linked story. */
  private final Map<String, String> storyline = new LinkedHashMap<>();

  /** Profiles of evicted stories not linked yet. */
  private final Map<String, StoryProfile> unlinked = new HashMap<>();

  private boolean restoring;

  ClusterState(
      StoryClusterer.Settings storySettings,
      StorylineLinker.Settings lineSettings,
      ArticleRepository articles,
      StoryRepository stories) {
    this.storySettings = storySettings;
    this.lineSettings = lineSettings;
    this.articles = articles;
    this.stories = stories;
  }

  /**
   * Restores state on first call and returns the stories whose stored rows are missing or stale
   * (left so by an interrupted run); later calls return nothing.
   */
  Set<String> restore() {
    if (clusterer != null) {
      return Set.of();
    }
    clusterer = new StoryClusterer(storySettings);
    linker = new StorylineLinker(lineSettings);
    clusterer.onEvict(this::evicted);
    storyline.putAll(stories.links());
    storyline.values().removeIf(v -> v == null);
    List<String[]> assignments = articles.assignments();
    Map<String, String> storyOf = new HashMap<>();
    assignments.forEach(a -> storyOf.put(a[0], a[1]));
    List<String> ids = assignments.stream().map(a -> a[0]).toList();
    Map<String, Integer> counts = new HashMap<>();
    restoring = true;
    for (int i = 0; i < ids.size(); i += 500) {
      List<String> batch = ids.subList(i, Math.min(ids.size(), i + 500));
      for (AnalyzedArticle a : articles.analyzedWithoutSentenceVectors(batch)) {
        clusterer.replay(a, storyOf.get(a.id()));
        counts.merge(storyOf.get(a.id()), 1, Integer::sum);
      }
    }
    restoring = false;
    Set<String> stale = new LinkedHashSet<>();
    for (String storyId : new LinkedHashSet<>(storyOf.values())) {
      String line = storyline.get(storyId);
      if (line == null) {
        stale.add(storyId);
      } else {
        clusterer.profile(storyId).ifPresent(p -> linker.replay(line, p));
      }
    }
    storyline.keySet().retainAll(counts.keySet());
    stale.addAll(stories.staleStories(counts));
    whole = true; // every story replayed is changed: the first pass examines them all
    return stale;
  }

  private void evicted(StoryProfile p) {
    String line = storyline.get(p.storyId());
    if (line == null) {
      unlinked.put(p.storyId(), p);
      return;
    }
    if (restoring) {
      linker.replay(line, p);
    } else {
      linker.update(p);
    }
    linker.retire(p.storyId());
  }

  /**
   * The next repair pass examines every story held, not only the changed ones (RepairScope), unless
   * the state is {@link #settled}: then it would find nothing.
   */
  void examineEveryStory() {
    if (!settled) {
      dev.storyline.cluster.RepairScope.everyStory(clusterer);
      whole = true;
    }
  }

  /**
   * True when a pass examined every story held (a restore's first pass, or one asked for by {@link
   * #examineEveryStory}), the passes after it went on until one changed nothing, and no article was
   * assigned or moved since: another pass over every story would score the same stories with the
   * same statistics and find nothing.
   */
  boolean settled() {
    return settled;
  }

  /** Nothing changed since the last pass over every story (see {@link #settled()}). */
  private boolean settled;

  /** The next pass examines every story; a chain of passes from such a pass is going on. */
  private boolean whole;

  private boolean sweeping;

  private void changed() {
    settled = false;
    sweeping = false;
  }

  /** True once {@link #restore} has run. */
  boolean restored() {
    return clusterer != null;
  }

  /** Keeps an article apart from others from now on (a moderator's move, see StoryRepair). */
  void keepApart(String articleId, List<String> others) {
    changed();
    clusterer.keepApart(articleId, others);
  }

  /** Moves an article out of its story into a story of its own (see StoryRepair#detach). */
  Optional<StoryRepair.Split> detach(
      String articleId, String storyId, List<String> others, Predicate<String> idTaken) {
    changed();
    Optional<StoryRepair.Split> split =
        StoryRepair.detach(clusterer, articleId, storyId, others, idTaken);
    split.ifPresent(
        s -> {
          if (clusterer.profile(s.newStoryId()).isEmpty()) {
            // the story was already evicted: the new story needs a profile to be linked
            articles.analyzed(List.of(articleId)).forEach(a -> clusterer.replay(a, s.newStoryId()));
          }
        });
    return split;
  }

  StoryClusterer.Assignment assign(AnalyzedArticle article) {
    changed();
    return clusterer.assign(article);
  }

  /**
   * Runs a repair pass; each absorbed story leaves its storyline and the linker. Returns the plan
   * and the storylines that lost a story (their other stories need new briefs). Survivors and split
   * stories take in their new content, and split-off stories are linked, when {@link #link} sees
   * them among the touched stories.
   */
  Repaired repair(StoryRepair repair, Predicate<String> idTaken) {
    sweeping |= whole;
    whole = false;
    StoryRepair.Plan plan = repair.run(clusterer, idTaken);
    if (plan.merges().isEmpty() && plan.splits().isEmpty()) {
      settled |= sweeping; // a quiet pass after a settled state leaves it settled
      sweeping = false;
    } else {
      settled = false;
    }
    Set<String> lines = new LinkedHashSet<>();
    for (StoryRepair.Merge m : plan.merges()) {
      String line = storyline.remove(m.absorbed());
      linker.forget(m.absorbed());
      unlinked.remove(m.absorbed());
      if (line != null) {
        lines.add(line);
      }
    }
    return new Repaired(plan, lines);
  }

  /** A repair plan and the storylines whose briefs it made stale. */
  record Repaired(StoryRepair.Plan plan, Set<String> storylines) {}

  /**
   * Links the touched stories that have no storyline yet, oldest first, updates the linked ones
   * with their current content, and returns every touched storyline (and every one of {@code
   * moreLines}) with all its stories (oldest first).
   */
  Map<String, List<String>> link(Set<String> touched, Set<String> moreLines) {
    List<StoryProfile> fresh = new ArrayList<>();
    for (String id : touched) {
      if (!storyline.containsKey(id)) {
        profile(id).ifPresent(fresh::add);
      } else {
        clusterer.profile(id).ifPresent(linker::update);
      }
    }
    fresh.sort((a, b) -> a.first().compareTo(b.first()));
    fresh.forEach(
        p -> {
          storyline.put(p.storyId(), linker.link(p));
          unlinked.remove(p.storyId());
        });
    Set<String> lines = new LinkedHashSet<>();
    touched.forEach(
        id -> {
          if (storyline.containsKey(id)) {
            lines.add(storyline.get(id));
          }
        });
    lines.addAll(moreLines);
    Map<String, List<String>> out = new LinkedHashMap<>();
    lines.forEach(l -> out.put(l, new ArrayList<>()));
    storyline.forEach(
        (story, line) -> {
          if (out.containsKey(line)) {
            out.get(line).add(story);
          }
        });
    return out;
  }

  /** The linker's storylines (for checks). */
  List<StorylineLinker.LineView> linkerLines() {
    return linker.lines();
  }

  /** How many stories the linker counts (for checks). */
  int linkerStories() {
    return linker.storiesSeen();
  }

  private Optional<StoryProfile> profile(String id) {
    return Optional.ofNullable(unlinked.get(id)).or(() -> clusterer.profile(id));
  }
}
