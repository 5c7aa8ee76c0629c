package dev.storyline.pipeline;

import dev.storyline.analyze.sentence.SiteLines;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.StoryMaterial.StoryThread;
import dev.storyline.store.ArticleRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analyzed articles one brief run needs, read from the store once each: whole stories with a
 * handful of queries per 500 articles, and single articles. Lives for one storyline of one run.
 */
final class SagaLoader {
  private final ArticleRepository articles;
  private final Map<String, StoryThread> threads = new HashMap<>();
  private final Map<String, AnalyzedArticle> byId = new HashMap<>();

  SagaLoader(ArticleRepository articles) {
    this.articles = articles;
  }

  /** The story's articles, oldest first (empty when it has none). */
  StoryThread thread(String storyId) {
    load(List.of(storyId));
    return threads.get(storyId);
  }

  /** Reads the stories not read yet, all at once. */
  void load(Collection<String> storyIds) {
    Set<String> missing = new LinkedHashSet<>(storyIds);
    missing.removeAll(threads.keySet());
    if (missing.isEmpty()) {
      return;
    }
    Map<String, List<String>> ids = articles.idsOfStories(missing);
    List<String> all = new ArrayList<>();
    ids.values().forEach(all::addAll);
    read(all);
    for (String story : missing) {
      List<AnalyzedArticle> members = new ArrayList<>();
      for (String id : ids.getOrDefault(story, List.of())) {
        AnalyzedArticle a = byId.get(id);
        if (a != null) {
          members.add(a);
        }
      }
      threads.put(story, new StoryThread(story, members));
    }
  }

  /** The analyzed articles of these ids (those without analysis left out), oldest first. */
  List<AnalyzedArticle> articles(Collection<String> articleIds) {
    List<String> missing = new ArrayList<>();
    articleIds.forEach(
        id -> {
          if (!byId.containsKey(id)) {
            missing.add(id);
          }
        });
    read(missing);
    List<AnalyzedArticle> out = new ArrayList<>();
    articleIds.forEach(
        id -> {
          if (byId.get(id) != null) {
            out.add(byId.get(id));
          }
        });
    return out;
  }

  /** An article read already, or {@code null}. */
  AnalyzedArticle loaded(String articleId) {
    return byId.get(articleId);
  }

  private void read(List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    // a site's own lines (SiteLines) are no part of any brief; they depend on the site and the
    // day alone, so one query serves every article of a site and day
    List<AnalyzedArticle> read = articles.analyzed(ids);
    Map<SiteDay, Set<Long>> keys = new HashMap<>();
    read.forEach(
        a ->
            keys.computeIfAbsent(SiteDay.of(a), g -> new java.util.HashSet<>())
                .addAll(SiteLines.keys(a)));
    Map<SiteDay, Set<Long>> site = new HashMap<>();
    keys.forEach(
        (g, k) -> site.put(g, articles.siteLinesBefore(g.site(), g.day(), k, SiteLines.DAYS)));
    read.forEach(a -> byId.put(a.id(), SiteLines.without(a, site.get(SiteDay.of(a)))));
  }

  private record SiteDay(String site, java.time.LocalDate day) {
    static SiteDay of(AnalyzedArticle a) {
      return new SiteDay(a.article().outlet(), SiteLines.day(a));
    }
  }
}
