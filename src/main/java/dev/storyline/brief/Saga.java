package dev.storyline.brief;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.StoryMaterial.SagaContext;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A storyline as the brief stage needs it, kept up to date story by story: for each article its
 * publication time, what its story's headline is chosen from and its dated background facts; for
 * each story what it adds to the storyline's title.
 *
 * <p>A story's brief depends on its storyline only through {@link #context}, which reads the
 * storyline as it stood at the story's latest article: stories and articles published after it
 * never change that story's brief. {@link #basis} fingerprints exactly that material (which
 * articles, in which stories), so a stored brief whose basis is unchanged is what a full rewrite
 * would make, and a new article in a long storyline leaves the briefs of the stories before it
 * alone.
 *
 * <p>{@link #put} costs what the story holds; {@link #context} one pass over compact digests (no
 * sentence vectors). Mutable and not thread-safe: the pipeline keeps one per storyline.
 */
public final class Saga {
  private final Map<String, SagaStory> stories = new HashMap<>();
  private final Map<String, SagaDigest> digests = new HashMap<>();
  private final StorylineTitle title = new StorylineTitle();

  /** Every article by publication time, then id; {@code null} when it must be rebuilt. */
  private List<SagaDigest> timeline;

  /** prefix[i]: the sum of the id hashes of the first i articles of {@link #timeline}. */
  private long[] prefix;

  /** Stories by first publication, then id; {@code null} when it must be rebuilt. */
  private List<SagaStory> order;

  /** What changed since the last {@link #settle}. */
  private final SagaChanges changes = new SagaChanges();

  /** A storyline of these stories. */
  public static Saga of(List<StoryThread> threads) {
    Saga saga = new Saga();
    saga.putAll(threads);
    return saga;
  }

  /** As {@link #put} for each thread, with the digests of articles new here made on every core. */
  public void putAll(List<StoryThread> threads) {
    SagaDigest.ofNew(threads, digests).forEach(d -> digests.put(d.id(), d));
    threads.forEach(this::put);
  }

  /**
   * Adds a story or replaces it with its current articles (an empty thread removes it).
   *
   * @return the ids of the articles that joined the story and of those that left it
   */
  public Change put(StoryThread thread) {
    if (thread.articles().isEmpty()) {
      return new Change(List.of(), remove(thread.storyId()));
    }
    SagaStory old = stories.get(thread.storyId());
    Set<String> before = new HashSet<>();
    if (old != null) {
      old.articles.forEach(d -> before.add(d.id()));
      title.subtract(old.tally);
    }
    List<SagaDigest> articles = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (AnalyzedArticle a : thread.articles()) {
      SagaDigest d = digests.get(a.id());
      if (d == null || !d.storyId().equals(thread.storyId())) {
        d = SagaDigest.of(a, thread.storyId(), d);
        digests.put(a.id(), d);
      }
      articles.add(d);
      if (!before.remove(a.id())) {
        added.add(a.id());
      }
    }
    changes.put(thread.storyId(), added, old == null ? List.of() : old.articles, before, digests);
    forget(before, thread.storyId());
    articles.sort(SagaDigest.BY_TIME);
    SagaStory story =
        new SagaStory(thread.storyId(), articles, StorylineTitle.Tally.of(thread.articles()));
    stories.put(story.id, story);
    title.add(story.tally);
    stale();
    return new Change(added, List.copyOf(before));
  }

  /**
   * Removes a story (absorbed by a repair, or moved to another storyline).
   *
   * @return the ids of its articles, empty when it was not here
   */
  public List<String> remove(String storyId) {
    SagaStory old = stories.remove(storyId);
    if (old == null) {
      return List.of();
    }
    title.subtract(old.tally);
    changes.removed(storyId, old.first());
    Set<String> ids = new HashSet<>();
    old.articles.forEach(d -> ids.add(d.id()));
    forget(ids, storyId);
    stale();
    return List.copyOf(ids);
  }

  private void forget(Set<String> articleIds, String storyId) {
    for (String id : articleIds) {
      SagaDigest d = digests.get(id);
      if (d != null && d.storyId().equals(storyId)) {
        digests.remove(id);
      }
    }
  }

  /** Whether a story's {@link #basis} may differ from the last {@link #settle}'s (SagaChanges). */
  public boolean mayHaveChanged(String storyId) {
    SagaStory x = stories.get(storyId);
    return x == null || changes.touches(storyId, x.last());
  }

  /** Builds the lazy orders: {@link #material} may then run on several threads until a change. */
  public void ready() {
    order();
    timeline();
  }

  /** Marks the state later {@link #mayHaveChanged} calls compare with. */
  public void settle() {
    changes.settle();
  }

  private void stale() {
    timeline = null;
    prefix = null;
    order = null;
  }

  /** The ids of the articles that joined and left a story. */
  public record Change(List<String> added, List<String> removed) {}

  public boolean contains(String storyId) {
    return stories.containsKey(storyId);
  }

  /** The number of articles (the step's cache counts them). */
  public int articleCount() {
    return digests.size();
  }

  /** The number of stories. */
  public int size() {
    return stories.size();
  }

  /** The story ids, by first publication, then id. */
  public List<String> storyIds() {
    return order().stream().map(s -> s.id).toList();
  }

  /** The latest publication of a story, or {@code null} when it is not here. */
  public Instant last(String storyId) {
    SagaStory s = stories.get(storyId);
    return s == null ? null : s.last();
  }

  /** The first publication; the storyline must not be empty. */
  public Instant first() {
    return timeline().get(0).published();
  }

  /** The latest publication in the storyline; it must not be empty. */
  public Instant last() {
    List<SagaDigest> all = timeline();
    return all.get(all.size() - 1).published();
  }

  /**
   * The storyline's title: its central actors' names, or {@code fallback} (the newest story's
   * headline) when there are fewer than two stories or no name they share.
   */
  public String title(String fallback) {
    return title.title(fallback);
  }

  /** The ids of the articles published after {@code after}, by publication. */
  public List<String> articlesAfter(Instant after) {
    List<SagaDigest> all = timeline();
    int from = SagaStory.countBy(all, after);
    return all.subList(from, all.size()).stream().map(SagaDigest::id).toList();
  }

  /** The story an article is in, or {@code null} when it is not in the storyline. */
  public String storyOf(String articleId) {
    SagaDigest d = digests.get(articleId);
    return d == null ? null : d.storyId();
  }

  /** The material for a story's brief: its articles and its {@link #context}. */
  public StoryMaterial material(
      String id, List<AnalyzedArticle> articles, StoryMaterial.Coverage c, Instant now) {
    return new StoryMaterial(id, articles, context(id), c, now);
  }

  /**
   * What the storyline contributes to a story's brief, from the storyline as it stood at the
   * story's latest article: the newest milestones (each story's headline as of then) and the
   * background facts of the latest articles published by then, and the median size of the other
   * stories by then. {@link SagaContext#NONE} for a story that is not here.
   */
  public SagaContext context(String storyId) {
    SagaStory x = stories.get(storyId);
    if (x == null) {
      return SagaContext.NONE;
    }
    return SagaContexts.of(x, order(), timeline(), upTo(x.last()));
  }

  /**
   * A fingerprint of the material {@link #context} reads for a story: which were the latest
   * articles published by its latest one (their dated facts), the story's own articles, the stories
   * of its milestones with their articles by then, the usual story size and the storyline's sidebar
   * titles by then. Equal bases give equal contexts; a merge or split among stories that are not
   * among its milestones leaves it unchanged.
   */
  public long basis(String storyId) {
    SagaStory x = stories.get(storyId);
    if (x == null) {
      return 0;
    }
    timeline();
    int n = upTo(x.last());
    int from = SagaContexts.windowStart(n);
    long h = ((prefix[n] - prefix[from]) * 31 + n - from) * 31 + SagaContexts.shape(x, order());
    return h * 31 + SagaContexts.sidebars(timeline, n).hashCode();
  }

  private List<SagaStory> order() {
    if (order == null) {
      order = new ArrayList<>(stories.values());
      order.sort(Comparator.comparing(SagaStory::first).thenComparing(s -> s.id));
    }
    return order;
  }

  private List<SagaDigest> timeline() {
    if (timeline == null) {
      timeline = new ArrayList<>(digests.values());
      timeline.sort(SagaDigest.BY_TIME);
      prefix = new long[timeline.size() + 1];
      for (int i = 0; i < timeline.size(); i++) {
        prefix[i + 1] = prefix[i] + timeline.get(i).idHash();
      }
    }
    return timeline;
  }

  /** How many articles were published by {@code cutoff}. */
  private int upTo(Instant cutoff) {
    return SagaStory.countBy(timeline(), cutoff);
  }
}
