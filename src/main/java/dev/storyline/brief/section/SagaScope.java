package dev.storyline.brief.section;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.StoryMaterial;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A story's Timeline shows its saga up to that story: the storyline's stories that began by the
 * time the story's newest article appeared, and no milestone or dated fact after that day. A reader
 * of an older story is not shown what happened later (that is what the storyline page is for).
 * {@code brief.Saga} gathers the storyline as it stood at the story's newest article (milestones of
 * the stories begun by then, facts of the articles published by then); the entries are cut at that
 * day once more here.
 */
public final class SagaScope {
  private SagaScope() {}

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
}
