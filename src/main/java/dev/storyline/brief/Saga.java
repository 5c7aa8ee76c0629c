package dev.storyline.brief;

import dev.storyline.brief.section.HeadlineWriter;
import dev.storyline.brief.section.TimelineWriter;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.Line;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.StoryMaterial.SagaContext;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
  private static final Comparator<Digest> BY_TIME =
      Comparator.comparing(Digest::published).thenComparing(Digest::id);

  private final Map<String, Story> stories = new HashMap<>();
  private final Map<String, Digest> digests = new HashMap<>();
  private final StorylineTitle title = new StorylineTitle();

  /** Every article by publication time, then id; {@code null} when it must be rebuilt. */
  private List<Digest> timeline;

  /** prefix[i]: the sum of the fingerprints of the first i articles of {@link #timeline}. */
  private long[] prefix;

  /** Stories by first publication, then id; {@code null} when it must be rebuilt. */
  private List<Story> order;

  /** A storyline of these stories. */
  public static Saga of(List<StoryThread> threads) {
    Saga saga = new Saga();
    threads.forEach(saga::put);
    return saga;
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
    Story old = stories.get(thread.storyId());
    Set<String> before = new HashSet<>();
    if (old != null) {
      old.articles.forEach(d -> before.add(d.id()));
      title.subtract(old.tally);
    }
    List<Digest> articles = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (AnalyzedArticle a : thread.articles()) {
      Digest d = digests.get(a.id());
      if (d == null || !d.storyId().equals(thread.storyId())) {
        d = Digest.of(a, thread.storyId(), d);
        digests.put(a.id(), d);
      }
      articles.add(d);
      if (!before.remove(a.id())) {
        added.add(a.id());
      }
    }
    forget(before, thread.storyId());
    articles.sort(BY_TIME);
    Story story = new Story(thread.storyId(), articles, StorylineTitle.Tally.of(thread.articles()));
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
    Story old = stories.remove(storyId);
    if (old == null) {
      return List.of();
    }
    title.subtract(old.tally);
    Set<String> ids = new HashSet<>();
    old.articles.forEach(d -> ids.add(d.id()));
    forget(ids, storyId);
    stale();
    return List.copyOf(ids);
  }

  private void forget(Set<String> articleIds, String storyId) {
    for (String id : articleIds) {
      Digest d = digests.get(id);
      if (d != null && d.storyId().equals(storyId)) {
        digests.remove(id);
      }
    }
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

  /** The number of articles. */
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

  /** The article ids of a story, by publication, then id. */
  public List<String> articleIds(String storyId) {
    Story s = stories.get(storyId);
    return s == null ? List.of() : s.articles.stream().map(Digest::id).toList();
  }

  /** The first publication of a story, or {@code null} when it is not here. */
  public Instant first(String storyId) {
    Story s = stories.get(storyId);
    return s == null ? null : s.first();
  }

  /** The latest publication of a story, or {@code null} when it is not here. */
  public Instant last(String storyId) {
    Story s = stories.get(storyId);
    return s == null ? null : s.last();
  }

  /** The first publication in the storyline; it must not be empty. */
  public Instant first() {
    return timeline().get(0).published();
  }

  /** The latest publication in the storyline; it must not be empty. */
  public Instant last() {
    List<Digest> all = timeline();
    return all.get(all.size() - 1).published();
  }

  /**
   * The storyline's title: its central actors' names, or {@code fallback} (the newest story's
   * headline) when there are fewer than two stories or no name they share.
   */
  public String title(String fallback) {
    return title.title(fallback);
  }

  /**
   * The articles published after {@code after} in the stories that come after {@code storyId} (by
   * first publication, then id), article id to story id: where later coverage of its forecasts can
   * be.
   */
  public Map<String, String> laterArticles(String storyId, Instant after) {
    Map<String, String> out = new LinkedHashMap<>();
    boolean later = false;
    for (Story s : order()) {
      if (later) {
        for (Digest d : s.articles) {
          if (d.published().isAfter(after)) {
            out.put(d.id(), s.id);
          }
        }
      }
      later |= s.id.equals(storyId);
    }
    return out;
  }

  /** The material for a story's brief: its articles and its {@link #context}. */
  public StoryMaterial material(
      String storyId,
      List<AnalyzedArticle> articles,
      StoryMaterial.Coverage coverage,
      Instant now) {
    return new StoryMaterial(storyId, articles, context(storyId), coverage, now);
  }

  /**
   * What the storyline contributes to a story's brief, from the storyline as it stood at the
   * story's latest article: the newest milestones (each story's headline as of then) and the
   * background facts of the articles published by then, and the median size of the other stories by
   * then. {@link SagaContext#NONE} for a story that is not here.
   */
  public SagaContext context(String storyId) {
    Story x = stories.get(storyId);
    if (x == null) {
      return SagaContext.NONE;
    }
    Instant cutoff = x.last();
    List<Story> open = started(cutoff);
    List<TimelineWriter.Fact> facts = new ArrayList<>();
    List<Digest> all = timeline();
    for (int i = 0, n = upTo(cutoff); i < n; i++) {
      facts.addAll(all.get(i).facts());
    }
    List<TimelineEntry> timeline = TimelineWriter.write(milestones(open, cutoff), facts);
    return new SagaContext(timeline, usualSize(open, x, cutoff));
  }

  /**
   * A fingerprint of the material {@link #context} reads for a story: which articles were published
   * by its latest one, and in which stories. Equal bases give equal contexts.
   */
  public long basis(String storyId) {
    Story x = stories.get(storyId);
    if (x == null) {
      return 0;
    }
    timeline();
    int n = upTo(x.last());
    return prefix[n] * 31 + n;
  }

  /** Stories with an article published by {@code cutoff}, by first publication, then id. */
  private List<Story> started(Instant cutoff) {
    List<Story> all = order();
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).first().isAfter(cutoff)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return all.subList(0, lo);
  }

  /** The newest {@link TimelineWriter#MAX_MILESTONES} milestones by then, newest first. */
  private static List<TimelineEntry> milestones(List<Story> open, Instant cutoff) {
    List<Story> byDate = new ArrayList<>(open);
    byDate.sort(Comparator.comparing(Story::firstDay).reversed());
    List<TimelineEntry> out = new ArrayList<>();
    for (Story s : byDate.subList(0, Math.min(TimelineWriter.MAX_MILESTONES, byDate.size()))) {
      out.add(TimelineWriter.milestone(s.id, s.firstDay(), s.headline(cutoff)));
    }
    return out;
  }

  /** The median article count by then of the other stories (0 when there are none). */
  private static double usualSize(List<Story> open, Story x, Instant cutoff) {
    List<Integer> sizes = new ArrayList<>();
    for (Story s : open) {
      if (s != x) {
        sizes.add(s.sizeBy(cutoff));
      }
    }
    if (sizes.isEmpty()) {
      return 0;
    }
    sizes.sort(Comparator.naturalOrder());
    int mid = sizes.size() / 2;
    return sizes.size() % 2 == 1 ? sizes.get(mid) : (sizes.get(mid - 1) + sizes.get(mid)) / 2.0;
  }

  private List<Story> order() {
    if (order == null) {
      order = new ArrayList<>(stories.values());
      order.sort(Comparator.comparing(Story::first).thenComparing(s -> s.id));
    }
    return order;
  }

  private List<Digest> timeline() {
    if (timeline == null) {
      timeline = new ArrayList<>(digests.values());
      timeline.sort(BY_TIME);
      prefix = new long[timeline.size() + 1];
      for (int i = 0; i < timeline.size(); i++) {
        prefix[i + 1] = prefix[i] + timeline.get(i).fingerprint();
      }
    }
    return timeline;
  }

  /** How many articles were published by {@code cutoff}. */
  private int upTo(Instant cutoff) {
    return countBy(timeline(), cutoff);
  }

  private static int countBy(List<Digest> sorted, Instant cutoff) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).published().isAfter(cutoff)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** A story: its article digests by publication, and what it adds to the title. */
  private static final class Story {
    final String id;
    final List<Digest> articles;
    final StorylineTitle.Tally tally;
    private Line headline;

    Story(String id, List<Digest> articles, StorylineTitle.Tally tally) {
      this.id = id;
      this.articles = List.copyOf(articles);
      this.tally = tally;
    }

    Instant first() {
      return articles.get(0).published();
    }

    Instant last() {
      return articles.get(articles.size() - 1).published();
    }

    LocalDate firstDay() {
      return LocalDate.ofInstant(first(), ZoneOffset.UTC);
    }

    int sizeBy(Instant cutoff) {
      return last().isAfter(cutoff) ? countBy(articles, cutoff) : articles.size();
    }

    /** The headline the story had by {@code cutoff}. */
    Line headline(Instant cutoff) {
      if (last().isAfter(cutoff)) {
        return HeadlineWriter.write(
            articles.subList(0, countBy(articles, cutoff)).stream().map(Digest::headed).toList());
      }
      if (headline == null) {
        headline = HeadlineWriter.write(articles.stream().map(Digest::headed).toList());
      }
      return headline;
    }
  }

  /**
   * What the storyline keeps of an article.
   *
   * @param headed the article reduced to what {@link HeadlineWriter} reads (title, outlet, title
   *     entities, embedding, first sentence without its vector)
   * @param facts its background fact candidates
   * @param fingerprint a hash of its id and story id
   */
  private record Digest(
      String id,
      String storyId,
      Instant published,
      AnalyzedArticle headed,
      List<TimelineWriter.Fact> facts,
      long fingerprint) {

    /** The digest of an article in a story, reusing the facts of an earlier digest of it. */
    static Digest of(AnalyzedArticle a, String storyId, Digest earlier) {
      Article in = a.article();
      Article head =
          new Article(in.id(), in.source(), in.url(), in.published(), in.title(), "", Map.of());
      var first =
          a.sentences().isEmpty()
              ? List.<dev.storyline.domain.AnalyzedSentence>of()
              : List.of(
                  new dev.storyline.domain.AnalyzedSentence(
                      a.sentences().get(0).index(),
                      a.sentences().get(0).start(),
                      a.sentences().get(0).end(),
                      a.sentences().get(0).text(),
                      List.of(),
                      List.of(),
                      new float[0]));
      AnalyzedArticle headed = new AnalyzedArticle(head, first, a.titleEntities(), a.embedding());
      List<TimelineWriter.Fact> facts =
          earlier != null ? earlier.facts() : TimelineWriter.BackgroundFacts.of(a);
      return new Digest(a.id(), storyId, in.published(), headed, facts, hash(a.id(), storyId));
    }
  }

  /** The first 8 bytes of the SHA-256 of an article id and its story id. */
  static long hash(String articleId, String storyId) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest((articleId + "\u0000" + storyId).getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (d[i] & 0xff);
      }
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
