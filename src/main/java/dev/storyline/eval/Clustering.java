package dev.storyline.eval;

import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryProfile;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.domain.AnalyzedArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online clustering of a stream in batches, as the pipeline does it: each batch is assigned, then
 * (when repair is on) repair passes run, as many as the pipeline runs, and their merges and splits
 * are applied to the story of every article assigned so far; at the end ({@link #end}) passes over
 * every story held, as an import or a poll ends.
 */
final class Clustering {
  private final StoryClusterer clusterer;
  private final StoryRepair repair;
  private final Map<String, String> storyOf = new LinkedHashMap<>();
  private final Map<String, Set<String>> members = new HashMap<>();
  private final Map<String, StoryProfile> evicted = new HashMap<>();
  private final List<MergeRecord> mergeRecords = new ArrayList<>();
  private int merges;
  private int splits;

  /** The articles of the two stories of a merge, as they were just before it. */
  record MergeRecord(Set<String> survivor, Set<String> absorbed) {}

  /** Without repair when {@code repair} is null. */
  Clustering(StoryClusterer.Settings settings, StoryRepair.Settings repair) {
    this.clusterer = new StoryClusterer(settings);
    this.repair = repair == null ? null : new StoryRepair(repair);
    clusterer.onEvict(p -> evicted.put(p.storyId(), p));
  }

  /** Articles assigned between two repair passes, as the pipeline takes them. */
  static final int BATCH = 64;

  /**
   * The story of each article of {@code stream}, in its order, after online assignment in batches
   * of {@value #BATCH} with repair passes after each (none when {@code repair} is null): the
   * stories as the service would hold them.
   */
  static List<String> assign(
      List<AnalyzedArticle> stream, StoryClusterer.Settings settings, StoryRepair.Settings repair) {
    Clustering c = new Clustering(settings, repair);
    c.batches(stream);
    return stream.stream().map(a -> c.storyOf.get(a.id())).toList();
  }

  /**
   * The stream in batches of {@value #BATCH}, each followed by the repair passes (when on), then
   * {@link #end}.
   */
  void batches(List<AnalyzedArticle> stream) {
    for (int i = 0; i < stream.size(); i += BATCH) {
      batch(stream.subList(i, Math.min(stream.size(), i + BATCH)));
    }
    end();
  }

  /**
   * Repair passes over every story held, as an import or a poll ends ({@code
   * PipelineRunner.processUntilSettled}); none when repair is off.
   */
  void end() {
    if (repair != null) {
      dev.storyline.cluster.RepairScope.everyStory(clusterer);
      repair();
    }
  }

  void batch(List<AnalyzedArticle> articles) {
    for (AnalyzedArticle a : articles) {
      move(a.id(), clusterer.assign(a).storyId());
    }
    repair();
  }

  /** An article put into a given story, as a restarted process reads its stories back. */
  void replay(AnalyzedArticle article, String storyId) {
    clusterer.replay(article, storyId);
    move(article.id(), storyId);
  }

  /** The repair passes after a batch (none when repair is off). */
  void repair() {
    if (repair == null) {
      return;
    }
    // passes until one merges nothing, as the pipeline runs them (ClusterStep)
    for (int pass = 0; pass < StoryRepair.MAX_PASSES; pass++) {
      StoryRepair.Plan plan = repair.run(clusterer, members::containsKey);
      apply(plan);
      if (plan.merges().isEmpty()) {
        return;
      }
    }
  }

  private void apply(StoryRepair.Plan plan) {
    for (StoryRepair.Merge m : plan.merges()) {
      mergeRecords.add(
          new MergeRecord(
              Set.copyOf(members.getOrDefault(m.survivor(), Set.of())),
              Set.copyOf(members.getOrDefault(m.absorbed(), Set.of()))));
      new ArrayList<>(members.getOrDefault(m.absorbed(), Set.of()))
          .forEach(id -> move(id, m.survivor()));
      merges++;
    }
    for (StoryRepair.Split s : plan.splits()) {
      s.movedArticleIds().forEach(id -> move(id, s.newStoryId()));
      splits++;
    }
  }

  private void move(String articleId, String storyId) {
    String old = storyOf.put(articleId, storyId);
    if (old != null && members.containsKey(old)) {
      members.get(old).remove(articleId);
      if (members.get(old).isEmpty()) {
        members.remove(old);
      }
    }
    members.computeIfAbsent(storyId, k -> new LinkedHashSet<>()).add(articleId);
  }

  /** Article id to its story id, in arrival order. */
  Map<String, String> predictions() {
    return storyOf;
  }

  /** Profile of every story (evicted ones as they were when evicted). */
  Map<String, StoryProfile> profiles() {
    Map<String, StoryProfile> out = new HashMap<>(evicted);
    for (String id : members.keySet()) {
      clusterer.profile(id).ifPresent(p -> out.put(id, p));
    }
    return out;
  }

  int merges() {
    return merges;
  }

  int splits() {
    return splits;
  }

  /** Every merge made so far, in order. */
  List<MergeRecord> mergeRecords() {
    return List.copyOf(mergeRecords);
  }
}
