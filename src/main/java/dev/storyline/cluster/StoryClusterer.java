package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.JoinEvidence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
 * the time window, so assignment stays fast as the index grows. Story ids derive from the founding
 * article's id, so they are stable across re-runs of the same input.
 *
 * <p>State is bounded: a story whose newest article is older than the window, relative to the
 * newest articles seen, can no longer be joined, so its state and its vectors in the index are
 * evicted (see {@link #onEvict}). Not thread-safe: one pipeline runner drives it.
 */
public final class StoryClusterer {
  /**
   * Assignment settings.
   *
   * @param threshold minimum probability (from the scorer) to join an existing story
   * @param window how far apart in time an article and a story's newest article may be
   * @param scorer the learned combination of features
   */
  public record Settings(double threshold, Duration window, StoryScorer scorer) {}

  /** Where an article went and why (as decided then, see {@link JoinEvidence}). */
  public record Assignment(
      String articleId, String storyId, boolean newStory, double score, JoinEvidence why) {}

  private static final int NEIGHBOURS = 24;
  private static final int REFRESH_EVERY = 1024;

  private final Settings settings;
  private final CandidateIndex index = new CandidateIndex(NEIGHBOURS, REFRESH_EVERY);
  private final StoryFeatures.Stats stats = StoryFeatures.Stats.empty();
  private final Map<String, StoryState> stories = new LinkedHashMap<>();
  private final Eviction eviction;

  /** Changed stories since the last repair pass, each with the members it took in since. */
  final Map<String, List<Member>> changed = new LinkedHashMap<>();

  private Consumer<StoryProfile> onEvict = p -> {};

  /** The articles that must never share a story again (a moderator's moves). */
  private final ApartArticles apart = new ApartArticles();

  public StoryClusterer(Settings settings) {
    this(settings, Eviction.EVERY);
  }

  /** With an eviction sweep every {@code evictEvery} articles (tests use small values). */
  StoryClusterer(Settings settings, int evictEvery) {
    this.settings = settings;
    this.eviction = new Eviction(evictEvery);
  }

  /** Assigns one article to an existing or a new story and updates that story. */
  public Assignment assign(AnalyzedArticle article) {
    ArticleEvidence evidence = ArticleEvidence.of(article);
    stats.add(evidence);
    Candidate best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Candidate c : candidates(article, evidence)) {
      double score = settings.scorer().probability(c.features());
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (best == null || bestScore < settings.threshold()) {
      StoryState story = new StoryState(newId(article.id()), article.embedding().length);
      stories.put(story.id, story);
      add(story, article, evidence);
      return new Assignment(
          article.id(),
          story.id,
          true,
          bestScore,
          JoinReasons.founded(bestScore, settings.threshold()));
    }
    JoinEvidence why =
        JoinReasons.joined(
            article,
            evidence,
            best.story(),
            best.features(),
            bestScore,
            settings.threshold(),
            settings.scorer(),
            stats);
    add(best.story(), article, evidence);
    return new Assignment(article.id(), best.story().id, false, bestScore, why);
  }

  /** A candidate story with the features of the article against it. */
  record Candidate(StoryState story, double[] features) {}

  /** The window's stories of the article's nearest neighbours, with features; changes nothing. */
  List<Candidate> candidates(AnalyzedArticle article, ArticleEvidence evidence) {
    return candidates(article.embedding(), article.article().published(), evidence, null);
  }

  /**
   * The candidates of an article given by its parts, story {@code without} left out (a member's
   * candidates as if it arrived now, for {@link Rejoins}); changes nothing.
   */
  List<Candidate> candidates(
      float[] embedding, Instant published, ArticleEvidence evidence, String without) {
    List<Map.Entry<String, Double>> near = near(embedding, published, without);
    return CandidateFeatures.rank(
        near, stories, embedding, published, evidence, stats, NEIGHBOURS, settings.window());
  }

  /** The window's stories of the nearest neighbours, without features (cheap); changes nothing. */
  List<Map.Entry<String, Double>> near(float[] embedding, Instant published, String without) {
    List<Map.Entry<String, Double>> near = new ArrayList<>();
    for (Map.Entry<String, Double> c :
        index.candidates(embedding, published, settings.window()).entrySet()) {
      StoryState story = stories.get(c.getKey());
      if (story != null && !c.getKey().equals(without) && inWindow(story, published)) {
        near.add(c);
      }
    }
    return near;
  }

  private void add(StoryState story, AnalyzedArticle article, ArticleEvidence evidence) {
    Instant published = article.article().published();
    Member member = new Member(article.id(), article.embedding(), evidence, published);
    story.add(member);
    index.add(story.id, article.embedding(), published);
    changed.computeIfAbsent(story.id, id -> new ArrayList<>()).add(member);
    if (eviction.arrived(published)) {
      evict(eviction.reference().minus(settings.window()));
    }
  }

  /**
   * Records that {@code articleId} must never again be in one story with any of {@code others} (a
   * moderator moved it out of their story): the repair pass will not merge such stories.
   */
  public void keepApart(String articleId, Collection<String> others) {
    apart.keepApart(articleId, others);
  }

  /** True when some article of {@code a} must be kept apart from some article of {@code b}. */
  boolean keptApart(StoryState a, StoryState b) {
    return apart.keptApart(a, b);
  }

  /** Receives the profile of each story as it is evicted (for example to link it first). */
  public void onEvict(Consumer<StoryProfile> listener) {
    this.onEvict = listener;
  }

  /** Drops stories whose newest article is before {@code cutoff}, and index entries before it. */
  private void evict(Instant cutoff) {
    List<StoryState> old = new ArrayList<>();
    stories.values().removeIf(s -> s.last.isBefore(cutoff) && old.add(s));
    old.forEach(
        s -> {
          changed.remove(s.id);
          onEvict.accept(s.profile());
        });
    index.evictBefore(cutoff.getEpochSecond());
  }

  /** The stories held in memory (those not evicted). */
  Collection<StoryState> live() {
    return stories.values();
  }

  StoryState story(String id) {
    return stories.get(id);
  }

  EntityStats entityStats() {
    return stats.entities();
  }

  /**
   * Replaces a story's state with the given members (for repairs): its entries in the index are
   * replaced too; no members removes the story.
   */
  void rebuild(String id, List<Member> members) {
    stories.remove(id);
    changed.remove(id);
    index.removeStory(id);
    if (members.isEmpty()) {
      return;
    }
    StoryState s = new StoryState(id, dimension(members));
    stories.put(id, s);
    for (Member m : members) {
      s.add(m);
      index.add(id, m.embedding(), m.published());
    }
  }

  static int dimension(List<Member> members) {
    return members.stream().mapToInt(m -> m.embedding().length).max().orElse(0);
  }

  /** Makes index changes (repairs) visible to the next search. */
  void refreshIndex() {
    index.refresh();
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
    add(
        stories.computeIfAbsent(storyId, id -> new StoryState(id, article.embedding().length)),
        article,
        evidence);
  }

  StoryScorer scorer() {
    return settings.scorer();
  }

  /** Number of articles in the candidate index (evicted ones excluded). */
  public int indexedArticles() {
    return index.size();
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
}
