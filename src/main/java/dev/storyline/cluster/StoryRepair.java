package dev.storyline.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A repair pass over the stories a clusterer holds (the recent ones: older stories are evicted).
 * Online assignment sees each article once, in order, so it can found two stories for one event
 * (the first reports differ) or let a story drift into a second event. The pass merges a small
 * story whose articles would now join another ({@link Rejoins}: the join decision made again with
 * hindsight) and, when its threshold is set (off by default), two stories whose articles agree
 * strongly (mean similarity across them, shared named entities, overlapping time); it splits a
 * story whose articles form two groups far apart (2-means on the embeddings, a minimum size per
 * group, low similarity and few shared entities between them).
 *
 * <p>Ids stay stable: a merge keeps the larger story's id (then the older one's); a split keeps the
 * id on the group with the founding article, and the other group gets an id derived from its first
 * article. Only stories changed since the last pass are examined (each against every story held),
 * so a pass after each batch is cheap. Not thread-safe.
 */
public final class StoryRepair {

  /**
   * Thresholds.
   *
   * @param mergeSimilarity minimum mean cosine similarity between the articles of two stories
   * @param mergeEntities minimum share of each story's entity weight the other has too
   * @param mergeGap longest time between the two stories' spans
   * @param splitSimilarity maximum mean cosine similarity between the two groups of a split
   * @param splitEntities maximum share of a group's entity weight the other group has too
   * @param splitMinPart fewest articles in each group of a split
   * @param rejoinProbability mean probability (the story scorer's) with which the articles of a
   *     small story would now join another story for the two to merge ({@link Rejoins}); above 1
   *     turns the rule off
   * @param rejoinArticles largest story the rejoin rule examines
   */
  public record Settings(
      double mergeSimilarity,
      double mergeEntities,
      Duration mergeGap,
      double splitSimilarity,
      double splitEntities,
      int splitMinPart,
      double rejoinProbability,
      int rejoinArticles) {}

  /** Story {@code absorbed} was merged into {@code survivor}. */
  public record Merge(String survivor, String absorbed) {}

  /**
   * The articles {@code movedArticleIds} left story {@code storyId} for the new story {@code
   * newStoryId}.
   */
  public record Split(String storyId, String newStoryId, List<String> movedArticleIds) {
    public Split {
      movedArticleIds = List.copyOf(movedArticleIds);
    }
  }

  /** What one pass did. */
  public record Plan(List<Merge> merges, List<Split> splits) {
    public Plan {
      merges = List.copyOf(merges);
      splits = List.copyOf(splits);
    }

    public boolean isEmpty() {
      return merges.isEmpty() && splits.isEmpty();
    }
  }

  /**
   * Passes run after a batch at most, each while the one before merged something: a pass merges
   * each story once, and what it leaves would otherwise wait for the next batch (or a restart). A
   * pass that merges leaves a story fewer, so passes end on their own: a guard, not a budget.
   */
  public static final int MAX_PASSES = 64;

  private final Settings settings;

  public StoryRepair(Settings settings) {
    this.settings = settings;
  }

  /**
   * Examines the stories changed since the last pass, applies the merges and splits to the
   * clusterer and returns them.
   *
   * @param idTaken ids that must not be given to a split-off story (besides those the clusterer
   *     holds), such as stories already evicted from memory
   */
  public Plan run(StoryClusterer clusterer, Predicate<String> idTaken) {
    Map<String, List<Member>> changed = new LinkedHashMap<>(clusterer.changed);
    clusterer.changed.clear();
    List<Merge> merges = merges(clusterer, changed);
    Set<String> merged = new HashSet<>();
    for (Merge m : merges) {
      merged.add(m.survivor());
      List<Member> absorbed = clusterer.story(m.absorbed()).members;
      List<Member> all = new ArrayList<>(clusterer.story(m.survivor()).members);
      all.addAll(absorbed);
      all.sort(Comparator.comparing(Member::published).thenComparing(Member::articleId));
      clusterer.rebuild(m.absorbed(), List.of());
      clusterer.rebuild(m.survivor(), all);
      // a survivor grew: the next pass examines it again, and the small stories near what it took
      // in (each may now rejoin it); not near all its articles: a long story's would cost as much
      clusterer.changed.put(m.survivor(), new ArrayList<>(absorbed));
    }
    List<Split> splits = new ArrayList<>();
    for (String id : changed.keySet()) {
      StoryState s = clusterer.story(id);
      if (s != null && !merged.contains(id)) {
        split(clusterer, s, idTaken).ifPresent(splits::add);
      }
    }
    if (!merges.isEmpty() || !splits.isEmpty()) {
      clusterer.refreshIndex();
    }
    return new Plan(merges, splits);
  }

  /**
   * Strongest agreeing pairs first; each story takes part in one merge per pass at most, and one
   * left out because its partner merged elsewhere stays changed for the next pass.
   */
  private List<Merge> merges(StoryClusterer clusterer, Map<String, List<Member>> changed) {
    record Pair(StoryState a, StoryState b, double strength) {} // similarity, or probability
    Set<String> changedSet = changed.keySet();
    List<Pair> pairs = new ArrayList<>();
    List<Pair> rejoins = new ArrayList<>(); // after every pair of the similarity rule
    if (settings.rejoinProbability() <= 1) {
      Rejoins.find(clusterer, changed, settings.rejoinProbability(), settings.rejoinArticles())
          .forEach(r -> rejoins.add(new Pair(r.from(), r.into(), r.p())));
    }
    for (String id : changed.keySet()) {
      StoryState a = clusterer.story(id);
      for (StoryState b : a == null ? List.<StoryState>of() : clusterer.live()) {
        if (b == a || (changedSet.contains(b.id) && b.id.compareTo(a.id) < 0)) {
          continue; // a pair of two changed stories is examined once
        }
        double sim = mergeSimilarity(a, b, clusterer.entityStats());
        if (sim >= settings.mergeSimilarity() && !clusterer.keptApart(a, b)) {
          pairs.add(new Pair(a, b, sim));
        }
      }
    }
    pairs.sort(
        Comparator.comparingDouble(Pair::strength)
            .reversed()
            .thenComparing(p -> p.a().id)
            .thenComparing(p -> p.b().id));
    rejoins.sort(
        Comparator.comparingDouble(Pair::strength).reversed().thenComparing(p -> p.a().id));
    pairs.addAll(rejoins);
    List<Merge> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    Set<String> waiting = new HashSet<>();
    for (Pair p : pairs) {
      if (!used.contains(p.a().id) && !used.contains(p.b().id)) {
        used.add(p.a().id);
        used.add(p.b().id);
        out.add(survivorFirst(p.a(), p.b()));
      } else {
        waiting.add(p.a().id);
        waiting.add(p.b().id);
      }
    }
    waiting.removeAll(used);
    // a pair left for a busy partner is examined again next pass
    waiting.forEach(id -> clusterer.changed.putIfAbsent(id, new ArrayList<>()));
    return out;
  }

  /**
   * Mean similarity of two stories' articles when they are close enough in time and share enough
   * named entities to be one event, else {@code -1}.
   */
  double mergeSimilarity(StoryState a, StoryState b, EntityStats idf) {
    if (gapSeconds(a, b) > settings.mergeGap().toSeconds()) {
      return -1;
    }
    double sim = meanCross(a.sum, a.articles, b.sum, b.articles);
    if (sim < settings.mergeSimilarity()) {
      return -1;
    }
    double shared =
        Math.min(
            EntityProfile.coverage(a.entities, b.entities, idf),
            EntityProfile.coverage(b.entities, a.entities, idf));
    return shared >= settings.mergeEntities() ? sim : -1;
  }

  static Merge survivorFirst(StoryState a, StoryState b) {
    Comparator<StoryState> order =
        Comparator.comparingInt((StoryState s) -> -s.articles)
            .thenComparing(s -> s.first)
            .thenComparing(s -> s.id);
    return order.compare(a, b) <= 0 ? new Merge(a.id, b.id) : new Merge(b.id, a.id);
  }

  private Optional<Split> split(StoryClusterer clusterer, StoryState s, Predicate<String> idTaken) {
    List<Member> members = s.members;
    if (members.size() < 2 * settings.splitMinPart()) {
      return Optional.empty();
    }
    boolean[] side = TwoMeans.split(members);
    List<Member> zero = new ArrayList<>();
    List<Member> one = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      (side[i] ? one : zero).add(members.get(i));
    }
    if (!separate(zero, one, clusterer.entityStats())) {
      return Optional.empty();
    }
    boolean founderInZero = !side[StorySplits.founderIndex(s)];
    List<Member> kept = founderInZero ? zero : one;
    List<Member> moved = founderInZero ? one : zero;
    String newId = StorySplits.newId(clusterer, moved.get(0).articleId(), idTaken);
    clusterer.rebuild(s.id, kept);
    clusterer.rebuild(newId, moved);
    return Optional.of(new Split(s.id, newId, moved.stream().map(Member::articleId).toList()));
  }

  /**
   * Moves one article out of its story into a new story of its own (a moderator's decision): the
   * split of the repair machinery with a group of one, so the rest keeps the story's id. The story
   * is {@code storyId} (as stored); when the clusterer still holds it, its state is rebuilt too.
   * The article is then kept apart from the story's other articles ({@link
   * StoryClusterer#keepApart}). Empty when the article is the story's only one.
   *
   * @param others the story's other articles (as stored)
   */
  public static Optional<Split> detach(
      StoryClusterer clusterer,
      String articleId,
      String storyId,
      List<String> others,
      Predicate<String> idTaken) {
    return StorySplits.detach(clusterer, articleId, storyId, others, idTaken);
  }

  /** True when two groups of one story are far apart: few shared entities, low similarity. */
  boolean separate(List<Member> p, List<Member> q, EntityStats idf) {
    if (p.size() < settings.splitMinPart() || q.size() < settings.splitMinPart()) {
      return false;
    }
    StoryState a = StorySplits.state(p);
    StoryState b = StorySplits.state(q);
    if (meanCross(a.sum, a.articles, b.sum, b.articles) > settings.splitSimilarity()) {
      return false;
    }
    return Math.max(
            EntityProfile.coverage(a.entities, b.entities, idf),
            EntityProfile.coverage(b.entities, a.entities, idf))
        <= settings.splitEntities();
  }

  /** Mean cosine similarity between the unit vectors of two groups, from their sums. */
  static double meanCross(float[] sumA, int countA, float[] sumB, int countB) {
    return countA == 0 || countB == 0 ? 0 : Vectors.dot(sumA, sumB) / ((double) countA * countB);
  }

  private static long gapSeconds(StoryState a, StoryState b) {
    long start = Math.max(a.first.getEpochSecond(), b.first.getEpochSecond());
    long end = Math.min(a.last.getEpochSecond(), b.last.getEpochSecond());
    return Math.max(0, start - end);
  }
}
