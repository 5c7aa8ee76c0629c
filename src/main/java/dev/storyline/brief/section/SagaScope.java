package dev.storyline.brief.section;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A story's Timeline shows its saga up to that story: the storyline's stories that began by the
 * time the story's newest article appeared, and no milestone or dated fact after that day. A reader
 * of an older story is not shown what happened later (that is what the storyline page is for).
 */
public final class SagaScope {
  private SagaScope() {}

  /** The material with only the storyline's stories that began by the story's newest article. */
  public static StoryMaterial upToStory(StoryMaterial material) {
    Instant end = end(material.articles());
    List<StoryThread> kept = new ArrayList<>();
    for (StoryThread t : material.storyline()) {
      boolean self = t.storyId().equals(material.storyId());
      if (self || (!t.articles().isEmpty() && !first(t.articles()).isAfter(end))) {
        kept.add(t);
      }
    }
    return new StoryMaterial(
        material.storyId(), material.articles(), kept, material.coverage(), material.now());
  }

  /** The entries dated on or before the day of the story's newest article. */
  public static List<TimelineEntry> upToStory(List<TimelineEntry> entries, StoryMaterial material) {
    LocalDate last = LocalDate.ofInstant(end(material.articles()), ZoneOffset.UTC);
    return entries.stream().filter(e -> !e.date().isAfter(last)).toList();
  }

  private static Instant end(List<AnalyzedArticle> articles) {
    return articles.stream()
        .map(a -> a.article().published())
        .max(Instant::compareTo)
        .orElse(Instant.MAX);
  }

  private static Instant first(List<AnalyzedArticle> articles) {
    return articles.stream()
        .map(a -> a.article().published())
        .min(Instant::compareTo)
        .orElseThrow();
  }
}
