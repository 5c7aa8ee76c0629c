package dev.storyline.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Probability that an article belongs to a candidate story: a logistic regression over the named
 * features of {@link StoryFeatures}, with weights read from a small JSON file (by default {@code
 * /cluster/scorer.json} on the classpath, written by the offline trainer from the gold stream
 * neus-train). The file also carries the probability threshold an article must reach to join a
 * story. Features the file does not name weigh 0. Immutable and thread-safe.
 */
public final class StoryScorer {
  /** Where the default weights live on the classpath. */
  public static final String RESOURCE = "/cluster/scorer.json";

  private final double[] weights;
  private final double bias;
  private final double threshold;

  StoryScorer(Map<String, Double> weights, double bias, double threshold) {
    this.weights = new double[StoryFeatures.NAMES.size()];
    for (int i = 0; i < this.weights.length; i++) {
      this.weights[i] = weights.getOrDefault(StoryFeatures.NAMES.get(i), 0.0);
    }
    this.bias = bias;
    this.threshold = threshold;
  }

  /** The scorer of the weights file shipped with the application. */
  public static StoryScorer defaults() {
    try (InputStream in = StoryScorer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a weights file: {"bias": b, "threshold": t, "weights": {"centroid": w, ...}}. */
  public static StoryScorer read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    Map<String, Double> w = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get("weights").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!StoryFeatures.NAMES.contains(e.getKey())) {
        throw new IllegalArgumentException("unknown feature in scorer weights: " + e.getKey());
      }
      w.put(e.getKey(), e.getValue().asDouble());
    }
    return new StoryScorer(w, root.get("bias").asDouble(), root.get("threshold").asDouble());
  }

  /** Feature names, in the order {@link #logit} reads them. */
  public static List<String> featureNames() {
    return StoryFeatures.NAMES;
  }

  /** Weight by feature name, in the order of {@link #featureNames()}. */
  public Map<String, Double> weights() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < weights.length; i++) {
      out.put(StoryFeatures.NAMES.get(i), weights[i]);
    }
    return out;
  }

  /** The bias (intercept) of the regression. */
  public double bias() {
    return bias;
  }

  /** The threshold the trainer chose on its training stream. */
  public double threshold() {
    return threshold;
  }

  double logit(double[] features) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * features[i];
    }
    return z;
  }

  /**
   * Each feature's contribution to the log-odds (weight × value), by feature name, in the order of
   * {@link #featureNames}: what a decision rested on.
   */
  double[] contributions(double[] features) {
    double[] out = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      out[i] = weights[i] * features[i];
    }
    return out;
  }

  double probability(double[] features) {
    return 1.0 / (1.0 + Math.exp(-logit(features)));
  }
}
