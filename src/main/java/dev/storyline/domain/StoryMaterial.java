package dev.storyline.domain;

import java.time.Instant;
import java.util.List;

/**
 * Everything the brief writer needs for one story: its own articles, what its storyline contributes
 * (the timeline and the usual story size, as the storyline stood at the story's latest article) and
 * corpus-wide coverage figures (for the noise level).
 *
 * @param storyId the story to write
 * @param articles the story's articles, oldest first
 * @param saga what the storyline contributes to the story's brief
 * @param coverage corpus-wide figures to compare against
 * @param now the time the brief is written (injected clock)
 */
public record StoryMaterial(
    String storyId,
    List<AnalyzedArticle> articles,
    SagaContext saga,
    Coverage coverage,
    Instant now) {

  public StoryMaterial {
    articles = List.copyOf(articles);
    saga = saga == null ? SagaContext.NONE : saga;
  }

  /** One story of a storyline with its articles, oldest first. */
  public record StoryThread(String storyId, List<AnalyzedArticle> articles) {
    public StoryThread {
      articles = List.copyOf(articles);
    }
  }

  /**
   * The parts of a story's brief that come from its storyline, computed from the storyline as it
   * stood at the story's latest article (stories and articles published later do not change them).
   *
   * @param timeline the story's timeline: milestones of the storyline and dated background facts,
   *     newest first
   * @param usualStorySize the median article count of the storyline's other stories (0 when there
   *     are none)
   * @param sidebarTitles titles (by their key, lower case) that headed articles of three stories or
   *     more of the storyline: a site's sidebar or promo given as the title of every page it sat on
   */
  public record SagaContext(
      List<Brief.TimelineEntry> timeline,
      double usualStorySize,
      java.util.Set<String> sidebarTitles) {
    /** No storyline: no timeline, no usual size. */
    public static final SagaContext NONE = new SagaContext(List.of(), 0);

    public SagaContext {
      timeline = List.copyOf(timeline);
      sidebarTitles = java.util.Set.copyOf(sidebarTitles);
    }

    public SagaContext(List<Brief.TimelineEntry> timeline, double usualStorySize) {
      this(timeline, usualStorySize, java.util.Set.of());
    }
  }

  /**
   * Corpus-wide coverage figures.
   *
   * @param stories number of stories in the corpus
   * @param medianArticles median number of articles per story
   * @param medianOutlets median number of distinct outlets per story
   * @param p90Articles 90th percentile of articles per story
   */
  public record Coverage(
      int stories, double medianArticles, double medianOutlets, double p90Articles) {}
}
