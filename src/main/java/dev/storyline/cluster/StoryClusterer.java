package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Assigns articles to stories online, in publication order. Each article is scored against the
 * candidate stories active around its publication time by a {@link StoryScorer} (a learned
 * combination of embedding similarity to the story centroid and to its nearest member, shared
 * entities, words, numbers and days, story size and time gap; see {@link StoryFeatures}) and joins
 * the most probable one above the threshold, or founds a new story.
 *
 * <p>Candidates come from a Lucene HNSW index of every assigned article's embedding, filtered to
 * the time window, so assignment stays fast as the index grows. Story ids derive from the founding article's id, so they are stable across re-runs of the
 * same input. Not thread-safe: one pipeline runner drives it.
 */
public final class StoryClusterer {

  /**
   * Assignment settings.
   *
   * @param threshold minimum probability (from the scorer) to join an existing story
   * @param window how far apart in time an article and a story's newest article may be
   * @param scorer the learned combination of features
   */
  public record Settings(double threshold, Duration window, StoryScorer scorer) {
    /** The shipped scorer with the threshold chosen when it was trained, and a 4-day window. */
    public static Settings defaults() {
      StoryScorer scorer = StoryScorer.defaults();
      return new Settings(scorer.threshold(), Duration.ofDays(4), scorer);
    }
  }

  /** Where an article went. */
  public record Assignment(String articleId, String storyId, boolean newStory, double score) {}

  private static final int NEIGHBOURS = 24;
  private static final int REFRESH_EVERY = 1024;

  private final Settings settings;
  private final CandidateIndex index = new CandidateIndex(NEIGHBOURS, REFRESH_EVERY);
  private final StoryFeatures.Stats stats = StoryFeatures.Stats.empty();
  private final Map<String, StoryState> stories = new LinkedHashMap<>();

  public StoryClusterer(Settings settings) {
    this.settings = settings;
  }

  /** Assigns one article to an existing or a new story and updates that story. */
  public Assignment assign(AnalyzedArticle article) {
    ArticleEvidence evidence = ArticleEvidence.of(article);
    stats.add(evidence);
    StoryState best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Candidate c : candidates(article, evidence)) {
      double score = settings.scorer().probability(c.features());
      if (score > bestScore) {
        bestScore = score;
        best = c.story();
      }
    }
    if (best == null || bestScore < settings.threshold()) {
      best = new StoryState(newId(article.id()), article.embedding().length);
      stories.put(best.id, best);
      add(best, article, evidence);
      return new Assignment(article.id(), best.id, true, bestScore);
    }
    add(best, article, evidence);
    return new Assignment(article.id(), best.id, false, bestScore);
  }

  /** A candidate story with the features of the article against it. */
  record Candidate(StoryState story, double[] features) {}

  /**
   * The stories in the window with the article's nearest neighbours (at most {@code NEIGHBOURS}, the
   * nearest first), each with its features; state is not changed.
   */
  List<Candidate> candidates(AnalyzedArticle article, ArticleEvidence evidence) {
    Instant published = article.article().published();
    List<Map.Entry<String, Double>> near = new ArrayList<>();
    for (Map.Entry<String, Double> c : index.candidates(article.embedding(), published, settings.window()).entrySet()) {
      StoryState story = stories.get(c.getKey());
      if (story != null && inWindow(story, published)) {
        near.add(c);
      }
    }
    near.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Candidate> out = new ArrayList<>();
    int open = Math.min(NEIGHBOURS, near.size());
    for (Map.Entry<String, Double> c : near.subList(0, open)) {
      out.add(new Candidate(stories.get(c.getKey()), StoryFeatures.of(evidence, article.embedding(),
          published.getEpochSecond(), stories.get(c.getKey()), c.getValue(), open, stats)));
    }
    StoryFeatures.withMargins(out.stream().map(Candidate::features).toList());
    return out;
  }

  private void add(StoryState story, AnalyzedArticle article, ArticleEvidence evidence) {
    story.add(article, evidence);
    index.add(story.id, article.embedding(), article.article().published());
  }

  /** Replays a stored membership without scoring (to restore state after a restart). */
  public void replay(AnalyzedArticle article, String storyId) {
    replay(article, storyId, null);
  }

  /**
   * Replays a membership; when {@code observer} is given it first sees the candidates the article
   * would have been scored against (the trainer's view of a gold stream).
   */
  void replay(AnalyzedArticle article, String storyId, Consumer<List<Candidate>> observer) {
    ArticleEvidence evidence = ArticleEvidence.of(article);
    stats.add(evidence);
    if (observer != null) {
      observer.accept(candidates(article, evidence));
    }
    add(stories.computeIfAbsent(storyId, id -> new StoryState(id, article.embedding().length)),
        article, evidence);
  }

  /** The centroid and entity weights of a story, for storyline linking. */
  public Optional<StoryProfile> profile(String storyId) {
    StoryState s = stories.get(storyId);
    return s == null ? Optional.empty() : Optional.of(s.profile());
  }

  public int storyCount() {
    return stories.size();
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
    final StoryEvidence evidence = new StoryEvidence();
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

    void add(AnalyzedArticle article, ArticleEvidence e) {
      Vectors.addInto(sum, article.embedding());
      e.entities().forEach((k, v) -> entities.merge(k, v, Integer::sum));
      evidence.add(e);
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
