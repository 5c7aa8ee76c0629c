package dev.storyline.pipeline;

import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryProfile;
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
import java.util.Set;

/**
 * The clusterer and linker with their state restored from the store on first use: every stored
 * assignment is replayed, so ids and memberships survive restarts. Not thread-safe.
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

  ClusterState(StoryClusterer.Settings storySettings, StorylineLinker.Settings lineSettings,
      ArticleRepository articles, StoryRepository stories) {
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
    List<String[]> assignments = articles.assignments();
    Map<String, String> storyOf = new HashMap<>();
    assignments.forEach(a -> storyOf.put(a[0], a[1]));
    List<String> ids = assignments.stream().map(a -> a[0]).toList();
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < ids.size(); i += 500) {
      for (AnalyzedArticle a : articles.analyzed(ids.subList(i, Math.min(ids.size(), i + 500)))) {
        clusterer.replay(a, storyOf.get(a.id()));
        counts.merge(storyOf.get(a.id()), 1, Integer::sum);
      }
    }
    Map<String, String> stored = stories.storylines();
    Set<String> stale = new LinkedHashSet<>();
    for (String storyId : new LinkedHashSet<>(storyOf.values())) {
      String line = stored.get(storyId);
      if (line == null) {
        stale.add(storyId);
      } else {
        storyline.put(storyId, line);
        linker.replay(line, clusterer.profile(storyId).orElseThrow());
      }
    }
    stale.addAll(stories.staleStories(counts));
    return stale;
  }

  StoryClusterer.Assignment assign(AnalyzedArticle article) {
    return clusterer.assign(article);
  }

  /**
   * Links the touched stories that have no storyline yet, oldest first, and returns every touched
   * storyline with all its stories (oldest first).
   */
  Map<String, List<String>> link(Set<String> touched) {
    List<StoryProfile> fresh = new ArrayList<>();
    for (String id : touched) {
      if (!storyline.containsKey(id)) {
        clusterer.profile(id).ifPresent(fresh::add);
      }
    }
    fresh.sort((a, b) -> a.first().compareTo(b.first()));
    fresh.forEach(p -> storyline.put(p.storyId(), linker.link(p)));
    Set<String> lines = new LinkedHashSet<>();
    touched.forEach(id -> lines.add(storyline.get(id)));
    Map<String, List<String>> out = new LinkedHashMap<>();
    lines.forEach(l -> out.put(l, new ArrayList<>()));
    storyline.forEach((story, line) -> {
      if (out.containsKey(line)) {
        out.get(line).add(story);
      }
    });
    return out;
  }
}
