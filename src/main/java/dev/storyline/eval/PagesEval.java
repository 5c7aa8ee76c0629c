package dev.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.brief.BriefWriter;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryProfile;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.cluster.StorylineLinker;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Brief;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.StoryMaterial.StoryThread;
import dev.storyline.pipeline.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code eval pages}: the story pages a reader gets after importing basil and Timeline17 together,
 * checked section by section. The streams go through the real path of an import (analysis, story
 * clustering in publication order with one repair pass, storyline linking oldest story first, one
 * brief per story with its storyline), never reading the gold labels; then {@link PageChecks}
 * counts, per section, what a reader would call broken, and the storylines are scored against the
 * gold topics (Timeline17) and events (basil). The analysis is cached (see {@link AnalysisCache}).
 */
final class PagesEval {
  private final ArticleAnalyzer analyzer;
  private final StoryClusterer.Settings stories;
  private final StorylineLinker.Settings storylines;
  private final StoryRepair.Settings repair;
  private final BriefWriter writer;
  private final AnalysisCache cache;

  PagesEval(
      ArticleAnalyzer analyzer,
      StoryClusterer.Settings stories,
      StorylineLinker.Settings storylines,
      StoryRepair.Settings repair,
      BriefWriter writer,
      Path cacheDir,
      ObjectMapper json) {
    this.analyzer = analyzer;
    this.stories = stories;
    this.storylines = storylines;
    this.repair = repair;
    this.writer = writer;
    this.cache = new AnalysisCache(cacheDir, json);
  }

  /** One written page and what it was written from. */
  record Page(String storyId, String storylineId, List<AnalyzedArticle> articles, Brief brief) {}

  /** Everything the checks need: the pages, every article's gold label, storyline membership. */
  record Run(
      List<Page> pages,
      Map<String, String> gold,
      Map<String, String> storyOfArticle,
      Map<String, String> storylineOfStory,
      Map<String, AnalyzedArticle> articles) {}

  /**
   * Analyses (or reads the cache of) each stream, then clusters, links and briefs them together.
   */
  Run run(Map<String, List<Article>> streams) throws IOException {
    List<AnalyzedArticle> all = new ArrayList<>();
    for (Map.Entry<String, List<Article>> e : streams.entrySet()) {
      all.addAll(cache.analyse(e.getKey(), e.getValue(), analyzer));
    }
    all.sort(
        Comparator.comparing((AnalyzedArticle a) -> a.article().published())
            .thenComparing(AnalyzedArticle::id));
    Map<String, String> gold = new HashMap<>();
    Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
    all.forEach(
        a -> {
          gold.put(a.id(), StreamFile.gold(a.article()));
          byId.put(a.id(), a);
        });
    Clustering clustering = new Clustering(stories, repair);
    clustering.batch(all);
    clustering.end();
    Map<String, String> storyOf = new LinkedHashMap<>(clustering.predictions());
    Map<String, String> lineOf = link(storyOf, clustering.profiles());
    // the brief step leaves a site's own lines out; the clustering reads them
    List<Page> pages =
        brief(dev.storyline.analyze.sentence.SiteLines.leaveOut(all), storyOf, lineOf);
    return new Run(pages, gold, storyOf, lineOf, byId);
  }

  /** Links every story, oldest first, as an import does after its articles are assigned. */
  private Map<String, String> link(
      Map<String, String> storyOf, Map<String, StoryProfile> profiles) {
    StorylineLinker linker = new StorylineLinker(storylines);
    List<StoryProfile> ordered = new ArrayList<>();
    new LinkedHashSet<>(storyOf.values()).forEach(id -> ordered.add(profiles.get(id)));
    ordered.sort(Comparator.comparing(StoryProfile::first).thenComparing(StoryProfile::storyId));
    Map<String, String> line = new LinkedHashMap<>();
    ordered.forEach(p -> line.put(p.storyId(), linker.link(p)));
    return line;
  }

  private List<Page> brief(
      List<AnalyzedArticle> all, Map<String, String> storyOf, Map<String, String> lineOf) {
    Map<String, List<AnalyzedArticle>> members = new LinkedHashMap<>();
    for (AnalyzedArticle a : all) {
      members.computeIfAbsent(storyOf.get(a.id()), k -> new ArrayList<>()).add(a);
    }
    Map<String, List<StoryThread>> threads = new LinkedHashMap<>();
    members.forEach(
        (story, list) ->
            threads
                .computeIfAbsent(lineOf.get(story), k -> new ArrayList<>())
                .add(new StoryThread(story, list)));
    StoryMaterial.Coverage coverage = coverage(members);
    Instant now = all.get(all.size() - 1).article().published();
    List<Page> pages = new ArrayList<>();
    Progress progress = Progress.console();
    progress.start("brief", members.size());
    for (Map.Entry<String, List<StoryThread>> line : threads.entrySet()) {
      List<StoryThread> sorted = new ArrayList<>(line.getValue());
      sorted.sort(
          Comparator.comparing((StoryThread t) -> t.articles().get(0).article().published())
              .thenComparing(StoryThread::storyId));
      dev.storyline.brief.Saga saga = dev.storyline.brief.Saga.of(sorted);
      for (StoryThread t : sorted) {
        StoryMaterial material = saga.material(t.storyId(), t.articles(), coverage, now);
        pages.add(new Page(t.storyId(), line.getKey(), t.articles(), writer.write(material)));
        progress.step(1);
      }
    }
    progress.finish();
    return pages;
  }

  /** Corpus figures as the store computes them: per story, articles and distinct outlets. */
  static StoryMaterial.Coverage coverage(Map<String, List<AnalyzedArticle>> members) {
    double[] sizes = members.values().stream().mapToDouble(List::size).sorted().toArray();
    double[] outlets =
        members.values().stream()
            .mapToDouble(l -> l.stream().map(a -> a.article().outlet()).distinct().count())
            .sorted()
            .toArray();
    return new StoryMaterial.Coverage(
        sizes.length, quantile(sizes, 0.5), quantile(outlets, 0.5), quantile(sizes, 0.9));
  }

  private static double quantile(double[] sorted, double q) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }
}
