package dev.storyline.cluster;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Links stories of one saga into storylines: a story joins the storyline whose central named
 * entities it shares most (idf-weighted) and whose topic (embedding centroid) is closest, when the
 * combined score reaches the threshold; otherwise it starts a storyline. Ids derive from the
 * founding story's id.
 *
 * <p>A link needs three things, so that unrelated sagas never chain: a shared topic (the cosine of
 * the story to the storyline's centroid reaches {@link Settings#minTopic}); a shared specific name
 * (generic names such as "U.S." or "Gulf", which come with stories of many unrelated topics, are
 * left out of the entity share and never carry a link on their own) that is a name of the saga
 * itself (one at least {@link Settings#sagaNameShare} of the storyline's stories have among their
 * central names: a long storyline gathers many names its stories mention in passing, and a story of
 * another saga that shares only such a name — a Libya story and an Egypt storyline that once named
 * Libya — does not join it); and closeness in time (the score pays {@link Settings#gapWeight} per
 * doubling of the gap after the storyline's newest story, in units of {@link Settings#gapScale}, so
 * a saga resumed years later needs a strong match).
 *
 * <p>What each story added is kept while the story may still change (until {@link #retire}), so a
 * story repair can take it back: an absorbed story is {@link #forget forgotten} (a storyline left
 * with no story is dropped) and a story whose articles changed is {@link #update updated} in place.
 * Not thread-safe.
 */
public final class StorylineLinker {

  /**
   * Settings.
   *
   * @param threshold minimum combined score to join an existing storyline
   * @param centralEntities how many of a story's heaviest entities count as its central ones
   * @param minTopic minimum cosine of the story to the storyline's topic for any link
   * @param gapScale time unit of the gap penalty
   * @param gapWeight score paid per doubling of (1 + gap / gapScale)
   * @param genericCoherence a name seen in four or more stories whose topics agree less than this
   *     (length of the mean of their unit centroids, 0..1) is generic
   * @param sagaNameShare a link needs a shared name that at least this share of the storyline's
   *     stories have among their central names (a name of the saga, not one a few of its stories
   *     mentioned in passing)
   */
  public record Settings(
      double threshold,
      int centralEntities,
      double minTopic,
      java.time.Duration gapScale,
      double gapWeight,
      double genericCoherence,
      double sagaNameShare) {}

  /**
   * What the linker holds of one storyline (for checks and diagnostics).
   *
   * @param id the storyline
   * @param stories how many stories it counts
   * @param entities central entity key to the number of its stories that have it
   * @param topic sum of its stories' unit centroids (a copy)
   */
  public record LineView(String id, int stories, Map<String, Integer> entities, float[] topic) {}

  /** What one story added to its storyline and to the entity counts. */
  private record Contribution(String line, float[] unit, Set<String> central, Instant last) {}

  private final Settings settings;
  private final Map<String, LineState> lines = new LinkedHashMap<>();
  private final Map<String, Integer> storyDf = new HashMap<>();
  private final Map<String, Contribution> contributions = new HashMap<>();
  private final TopicSpread spread = new TopicSpread();
  private int storiesSeen;

  public StorylineLinker(Settings settings) {
    this.settings = settings;
  }

  /** Links a story to the best storyline, or founds one; returns the storyline id. */
  public String link(StoryProfile story) {
    Set<String> central = central(story.entities());
    count(central, unit(story.vectorSum()), 1);
    LineState best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (LineState line : lines.values()) {
      double s = score(story, central, line);
      if (s > bestScore) {
        bestScore = s;
        best = line;
      }
    }
    if (best == null || bestScore < settings.threshold()) {
      best = new LineState(newId(story.storyId()), story.vectorSum().length);
      lines.put(best.id, best);
    }
    add(best, story, central);
    return best.id;
  }

  /** Replays a stored link without scoring (to restore state after a restart). */
  public void replay(String storylineId, StoryProfile story) {
    Set<String> central = central(story.entities());
    count(central, unit(story.vectorSum()), 1);
    add(
        lines.computeIfAbsent(storylineId, id -> new LineState(id, story.vectorSum().length)),
        story,
        central);
  }

  /**
   * Takes a story out (a repair merged it into another): its storyline and the entity counts no
   * longer count it, and a storyline left without stories is dropped. Returns the storyline it was
   * in, or empty when the story is unknown or retired.
   */
  public Optional<String> forget(String storyId) {
    Contribution c = take(storyId);
    if (c == null) {
      return Optional.empty();
    }
    if (lines.get(c.line()).stories == 0) {
      lines.remove(c.line());
    }
    return Optional.of(c.line());
  }

  /**
   * Replaces what a linked story added with its current content (its articles changed), keeping it
   * in its storyline without scoring it again. Unknown or retired stories are left as they are.
   */
  public void update(StoryProfile story) {
    Contribution c = take(story.storyId());
    if (c != null) {
      Set<String> central = central(story.entities());
      count(central, unit(story.vectorSum()), 1);
      add(lines.get(c.line()), story, central);
    }
  }

  /**
   * Stops keeping what a story added (it will not change again); it keeps counting in its
   * storyline.
   */
  public void retire(String storyId) {
    contributions.remove(storyId);
  }

  /** The storylines held, in founding order. */
  public List<LineView> lines() {
    return lines.values().stream()
        .map(l -> new LineView(l.id, l.stories, Map.copyOf(l.entities), l.sum.clone()))
        .toList();
  }

  /** How many stories the entity statistics count. */
  public int storiesSeen() {
    return storiesSeen;
  }

  double score(StoryProfile story, Set<String> central, LineState line) {
    double topic = Vectors.cosine(story.vectorSum(), line.sum);
    if (topic < settings.minTopic()) {
      return Double.NEGATIVE_INFINITY;
    }
    double shared = 0;
    double total = 0;
    boolean sagaName = false;
    for (String key : central) {
      if (generic(key)) {
        continue;
      }
      double w = idf(key);
      total += w;
      Integer held = line.entities.get(key);
      if (held != null) {
        shared += w;
        sagaName |= held >= settings.sagaNameShare() * line.stories;
      }
    }
    if (!sagaName) {
      return Double.NEGATIVE_INFINITY;
    }
    return 0.5 * topic + 0.5 * shared / total - gapPenalty(story, line);
  }

  /** True for a name whose stories are about too many different things to tie any of them. */
  boolean generic(String key) {
    return spread.coherence(key, 4) < settings.genericCoherence();
  }

  private double gapPenalty(StoryProfile story, LineState line) {
    Instant last = line.last();
    if (last == null || !story.first().isAfter(last)) {
      return 0;
    }
    double units =
        java.time.Duration.between(last, story.first()).toMinutes()
            / (double) Math.max(1, settings.gapScale().toMinutes());
    return settings.gapWeight() * Math.log(1 + units) / Math.log(2);
  }

  private void add(LineState line, StoryProfile story, Set<String> central) {
    float[] unit = unit(story.vectorSum());
    line.add(unit, central, story.last(), 1);
    contributions.put(story.storyId(), new Contribution(line.id, unit, central, story.last()));
  }

  /** Removes a story's contribution from its storyline and the counts; null when none is kept. */
  private Contribution take(String storyId) {
    Contribution c = contributions.remove(storyId);
    if (c != null) {
      count(c.central(), c.unit(), -1);
      lines.get(c.line()).add(c.unit(), c.central(), c.last(), -1);
    }
    return c;
  }

  /** The founding story's derived id, or a variant of it when a live storyline holds that id. */
  private String newId(String storyId) {
    String id = StableIds.of("l", storyId);
    for (int n = 2; lines.containsKey(id); n++) {
      id = StableIds.of("l", storyId + "#" + n);
    }
    return id;
  }

  private Set<String> central(Map<String, Integer> entities) {
    return entities.entrySet().stream()
        // ties by key: the story's entity map has no fixed order (Map.copyOf)
        .sorted(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(settings.centralEntities())
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private void count(Set<String> central, float[] unit, int sign) {
    storiesSeen += sign;
    central.forEach(k -> storyDf.merge(k, sign, (a, b) -> a + b == 0 ? null : a + b));
    central.forEach(k -> spread.add(k, unit, sign));
  }

  private double idf(String key) {
    return Math.log((storiesSeen + 1.0) / (storyDf.getOrDefault(key, 0) + 1.0)) + 1.0;
  }

  private static float[] unit(float[] v) {
    float[] unit = new float[v.length];
    double n = Vectors.norm(v);
    if (n > 0) {
      for (int i = 0; i < v.length; i++) {
        unit[i] = (float) (v[i] / n);
      }
    }
    return unit;
  }
}
