package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Assigns articles to stories online, in publication order. Each article is scored against the
 * candidate stories active around its publication time (embedding similarity to the story centroid
 * and to its most similar recent member, idf-weighted share of its named entities the story
 * already has, days between the article and the story's mean publication time) and joins the best one above the threshold, or founds a new story.
 *
 * <p>Candidates come from a Lucene HNSW index of every assigned article's embedding, filtered to
 * the time window, so assignment stays fast as the index grows. Story ids derive from the founding article's id, so they are stable across re-runs of the
 * same input. Not thread-safe: one pipeline runner drives it.
 */
public final class StoryClusterer {

  /**
   * Scoring settings.
   *
   * @param threshold minimum score to join an existing story
   * @param window how far apart in time an article and a story's newest article may be
   * @param entityWeight weight of the shared-entity feature
   * @param gapPenaltyPerDay score removed per day between the article and the story's mean time
   */
  public record Settings(double threshold, Duration window, double entityWeight, double gapPenaltyPerDay) {
    public static Settings defaults() {
      return new Settings(0.50, Duration.ofDays(4), 0.10, 0.16);
    }
  }

  /** Where an article went. */
  public record Assignment(String articleId, String storyId, boolean newStory, double score) {}

  private static final int NEIGHBOURS = 24;
  private static final int REFRESH_EVERY = 1024;

  private final Settings settings;
  private final CandidateIndex index = new CandidateIndex(NEIGHBOURS, REFRESH_EVERY);
  private final EntityStats entityStats = new EntityStats();
  private final Map<String, StoryState> stories = new LinkedHashMap<>();

  public StoryClusterer(Settings settings) {
    this.settings = settings;
  }

  /** Assigns one article to an existing or a new story and updates that story. */
  public Assignment assign(AnalyzedArticle article) {
    Map<String, Integer> profile = EntityProfile.of(article);
    entityStats.add(profile.keySet());
    StoryState best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    Instant published = article.article().published();
    for (Map.Entry<String, Double> c : index.candidates(article.embedding(), published, settings.window()).entrySet()) {
      StoryState story = stories.get(c.getKey());
      if (story == null || !inWindow(story, published)) {
        continue;
      }
      double score = score(article, profile, story, c.getValue());
      if (score > bestScore) {
        bestScore = score;
        best = story;
      }
    }
    if (best == null || bestScore < settings.threshold()) {
      best = new StoryState(newId(article.id()), article.embedding().length);
      stories.put(best.id, best);
      add(best, article, profile);
      return new Assignment(article.id(), best.id, true, bestScore);
    }
    add(best, article, profile);
    return new Assignment(article.id(), best.id, false, bestScore);
  }

  private void add(StoryState story, AnalyzedArticle article, Map<String, Integer> profile) {
    story.add(article, profile);
    index.add(story.id, article.embedding(), article.article().published());
  }

  /** Replays a stored membership without scoring (to restore state after a restart). */
  public void replay(AnalyzedArticle article, String storyId) {
    Map<String, Integer> profile = EntityProfile.of(article);
    entityStats.add(profile.keySet());
    add(stories.computeIfAbsent(storyId, id -> new StoryState(id, article.embedding().length)),
        article, profile);
  }

  /** The centroid and entity weights of a story, for storyline linking. */
  public Optional<StoryProfile> profile(String storyId) {
    StoryState s = stories.get(storyId);
    return s == null ? Optional.empty() : Optional.of(s.profile());
  }

  public int storyCount() {
    return stories.size();
  }

  /**
   * The score of an article against a story.
   *
   * @param nearest cosine similarity of the article to its most similar article of the story
   */
  double score(AnalyzedArticle article, Map<String, Integer> profile, StoryState story, double nearest) {
    double centroid = Vectors.cosine(article.embedding(), story.sum);
    double entities = EntityProfile.coverage(profile, story.entities, entityStats);
    double gapDays = Math.abs(article.article().published().getEpochSecond() - story.meanEpochSecond()) / 86400.0;
    return 0.5 * centroid
        + 0.5 * nearest
        + settings.entityWeight() * entities
        - settings.gapPenaltyPerDay() * gapDays;
  }

  private boolean inWindow(StoryState s, Instant published) {
    return !s.last.isBefore(published.minus(settings.window()))
        && !s.first.isAfter(published.plus(settings.window()));
  }

  private String newId(String articleId) {
    String id = StableIds.of("s", articleId);
    int n = 2;
    while (stories.containsKey(id)) {
      id = StableIds.of("s", articleId + "#" + n++);
    }
    return id;
  }

  /** Running state of one story. */
  static final class StoryState {
    final String id;
    final float[] sum;
    final Map<String, Integer> entities = new HashMap<>();
    Instant first;
    Instant last;
    int articles;
    double epochSecondSum;

    double meanEpochSecond() {
      return articles == 0 ? 0 : epochSecondSum / articles;
    }

    StoryState(String id, int dimension) {
      this.id = id;
      this.sum = new float[dimension];
    }

    void add(AnalyzedArticle article, Map<String, Integer> profile) {
      Vectors.addInto(sum, article.embedding());
      profile.forEach((k, v) -> entities.merge(k, v, Integer::sum));
      Instant p = article.article().published();
      first = first == null || p.isBefore(first) ? p : first;
      last = last == null || p.isAfter(last) ? p : last;
      articles++;
      epochSecondSum += p.getEpochSecond();
    }

    StoryProfile profile() {
      return new StoryProfile(id, sum.clone(), Map.copyOf(entities), first, last, articles);
    }
  }
}
