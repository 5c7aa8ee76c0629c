package dev.storyline.eval;

import dev.storyline.app.Stages;
import dev.storyline.cluster.RepairScope;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.domain.AnalyzedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Developer tool (not a test): what a restart's first repair pass still finds after a stream was
 * clustered batch by batch, as the pipeline does it. Each batch is assigned oldest first and
 * followed by repair passes until one merges nothing; then the stored assignments are replayed into
 * a fresh clusterer (as {@code ClusterState.restore} does after a restart) and one pass over every
 * story held runs. Its merges are the ones the passes after each batch missed: an idle re-poll
 * after a restart would make them. Like an import or a poll, the run ends with passes over every
 * story held ({@code -DnoFinalPass=true} leaves them out, as before session 23). Usage: {@code
 * RestartPass CACHE_DIR STREAM...} with {@code -Dbatches=1,8,64} (articles per batch).
 */
public final class RestartPass {
  private RestartPass() {}

  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args[0]);
    String[] sizes = System.getProperty("batches", "8,64").split(",");
    for (int i = 1; i < args.length; i++) {
      List<AnalyzedArticle> stream = ClusterProbe.load(Path.of(args[i]), cache);
      for (String size : sizes) {
        run(Path.of(args[i]).getFileName().toString(), stream, Integer.parseInt(size.trim()));
      }
    }
  }

  private static void run(String name, List<AnalyzedArticle> stream, int batch) {
    StoryClusterer.Settings settings = Stages.storySettings();
    StoryClusterer online = new StoryClusterer(settings);
    StoryRepair repair = new StoryRepair(Stages.repairSettings());
    Map<String, String> storyOf = new HashMap<>();
    Map<String, List<String>> members = new HashMap<>();
    int merges = 0;
    for (int i = 0; i < stream.size(); i += batch) {
      List<AnalyzedArticle> b =
          new ArrayList<>(stream.subList(i, Math.min(stream.size(), i + batch)));
      b.sort(
          Comparator.comparing((AnalyzedArticle a) -> a.article().published())
              .thenComparing(AnalyzedArticle::id));
      for (AnalyzedArticle a : b) {
        String story = online.assign(a).storyId();
        storyOf.put(a.id(), story);
        members.computeIfAbsent(story, k -> new ArrayList<>()).add(a.id());
      }
      merges += passes(repair, online, storyOf, members);
    }
    if (!Boolean.getBoolean("noFinalPass")) {
      // as an import or a poll ends (PipelineRunner.processUntilSettled): passes over every story
      RepairScope.everyStory(online);
      merges += passes(repair, online, storyOf, members);
    }
    List<AnalyzedArticle> stored = new ArrayList<>(stream);
    stored.sort(
        Comparator.comparing((AnalyzedArticle a) -> a.article().published())
            .thenComparing(AnalyzedArticle::id));
    StoryClusterer restarted = new StoryClusterer(settings);
    stored.forEach(a -> restarted.replay(a, storyOf.get(a.id())));
    long t0 = System.nanoTime();
    StoryRepair.Plan after =
        new StoryRepair(Stages.repairSettings()).run(restarted, members::containsKey);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf(
        Locale.ROOT,
        "%s batches of %d: %d stories, %d merges online; a restart's first pass: %d merges, %d splits (%d ms)%n",
        name,
        batch,
        new HashSet<>(storyOf.values()).size(),
        merges,
        after.merges().size(),
        after.splits().size(),
        ms);
  }

  /** Passes until one merges nothing, as the pipeline runs them; returns the merges. */
  private static int passes(
      StoryRepair repair,
      StoryClusterer online,
      Map<String, String> storyOf,
      Map<String, List<String>> members) {
    int merges = 0;
    for (int pass = 0; pass < StoryRepair.MAX_PASSES; pass++) {
      StoryRepair.Plan plan = repair.run(online, members::containsKey);
      merges += plan.merges().size();
      apply(plan, storyOf, members);
      if (plan.merges().isEmpty()) {
        break;
      }
    }
    return merges;
  }

  private static void apply(
      StoryRepair.Plan plan, Map<String, String> storyOf, Map<String, List<String>> members) {
    for (StoryRepair.Merge m : plan.merges()) {
      List<String> moved = members.remove(m.absorbed());
      moved.forEach(id -> storyOf.put(id, m.survivor()));
      members.get(m.survivor()).addAll(moved);
    }
    for (StoryRepair.Split s : plan.splits()) {
      members.get(s.storyId()).removeAll(s.movedArticleIds());
      s.movedArticleIds().forEach(id -> storyOf.put(id, s.newStoryId()));
      members.put(s.newStoryId(), new ArrayList<>(s.movedArticleIds()));
    }
  }
}
