package dev.storyline.domain;

import java.time.Instant;
import java.util.List;

/**
 * Everything the brief writer needs for one story: its own articles, the other stories of its
 * storyline (for the timeline) and corpus-wide coverage figures (for the noise level).
 *
 * @param storyId the story to write
 * @param articles the story's articles, oldest first
 * @param storyline all stories of the storyline including this one, oldest first
 * @param coverage corpus-wide figures to compare against
 * @param now the time the brief is written (injected clock)
 */
public record StoryMaterial(
    String storyId,
    List<AnalyzedArticle> articles,
    List<StoryThread> storyline,
    Coverage coverage,
    Instant now) {

  public StoryMaterial {
    articles = List.copyOf(articles);
    storyline = List.copyOf(storyline);
  }

  /** One story of a storyline with its articles, oldest first. */
  public record StoryThread(String storyId, List<AnalyzedArticle> articles) {
    public StoryThread {
      articles = List.copyOf(articles);
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
