package dev.storyline.cluster;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Links stories of one saga into storylines, over any time gap: a story joins the storyline whose
 * central named entities it shares most (idf-weighted) and whose topic (embedding centroid) is
 * closest, when the combined score reaches the threshold; otherwise it starts a storyline. Ids
 * derive from the founding story's id. Not thread-safe.
 */
public final class StorylineLinker {

  /**
   * Settings.
   *
   * @param threshold minimum combined score to join an existing storyline
   * @param centralEntities how many of a story's heaviest entities count as its central ones
   */
  public record Settings(double threshold, int centralEntities) {
    public static Settings defaults() {
      return new Settings(0.40, 5);
    }
  }

  private final Settings settings;
  private final Map<String, LineState> lines = new LinkedHashMap<>();
  private final Map<String, Integer> storyDf = new HashMap<>();
  private int storiesSeen;

  public StorylineLinker(Settings settings) {
    this.settings = settings;
  }

  /** Links a story to the best storyline, or founds one; returns the storyline id. */
  public String link(StoryProfile story) {
    Set<String> central = central(story.entities());
    count(central);
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
      best = new LineState(StableIds.of("l", story.storyId()), story.vectorSum().length);
      lines.put(best.id, best);
    }
    best.add(story, central);
    return best.id;
  }

  /** Replays a stored link without scoring (to restore state after a restart). */
  public void replay(String storylineId, StoryProfile story) {
    Set<String> central = central(story.entities());
    count(central);
    lines.computeIfAbsent(storylineId, id -> new LineState(id, story.vectorSum().length))
        .add(story, central);
  }

  double score(StoryProfile story, Set<String> central, LineState line) {
    double topic = Vectors.cosine(story.vectorSum(), line.sum);
    double shared = 0;
    double total = 0;
    for (String key : central) {
      double w = idf(key);
      total += w;
      if (line.entities.containsKey(key)) {
        shared += w;
      }
    }
    double entities = total == 0 ? 0 : shared / total;
    return 0.5 * topic + 0.5 * entities;
  }

  private Set<String> central(Map<String, Integer> entities) {
    return entities.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(settings.centralEntities())
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private void count(Set<String> central) {
    storiesSeen++;
    central.forEach(k -> storyDf.merge(k, 1, Integer::sum));
  }

  private double idf(String key) {
    return Math.log((storiesSeen + 1.0) / (storyDf.getOrDefault(key, 0) + 1.0)) + 1.0;
  }

  /** Running state of one storyline. */
  static final class LineState {
    final String id;
    final float[] sum;
    final Map<String, Integer> entities = new HashMap<>();

    LineState(String id, int dimension) {
      this.id = id;
      this.sum = new float[dimension];
    }

    void add(StoryProfile story, Set<String> central) {
      float[] v = story.vectorSum();
      double n = Vectors.norm(v);
      if (n > 0) {
        float[] unit = new float[v.length];
        for (int i = 0; i < v.length; i++) {
          unit[i] = (float) (v[i] / n);
        }
        Vectors.addInto(sum, unit);
      }
      central.forEach(k -> entities.merge(k, 1, Integer::sum));
    }
  }
}
