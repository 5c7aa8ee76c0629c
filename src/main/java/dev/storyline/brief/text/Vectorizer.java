package dev.storyline.brief.text;

import dev.storyline.words.English;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns texts into comparable unit vectors: TF-IDF over lowercase word tokens (the code base's one
 * stop list, {@link English}, dropped) when no embeddings exist, and leave-one-out centrality
 * against the centroid of a set.
 */
public final class Vectorizer {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

  private Vectorizer() {}

  /** Lowercase word tokens of a text, stop words included. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Lowercase content tokens of a text ({@link English} stop words dropped). */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      if (!English.isStopWord(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * A story's core words: of the words of each of its articles' titles and leads (one list per
   * article, tokenised as the caller reads words), those at least three in ten of the articles use,
   * the 25 most used (ties in word order).
   */
  public static java.util.Set<String> coreWords(
      List<? extends java.util.Collection<String>> leads) {
    java.util.Map<String, Integer> df = new java.util.HashMap<>();
    for (java.util.Collection<String> words : leads) {
      new java.util.HashSet<>(words).forEach(w -> df.merge(w, 1, Integer::sum));
    }
    int need = Math.max(1, (int) Math.ceil(leads.size() * 0.3));
    java.util.Set<String> core = new java.util.HashSet<>();
    df.entrySet().stream()
        .filter(e -> e.getValue() >= need)
        .sorted(
            java.util.Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(java.util.Map.Entry.comparingByKey()))
        .limit(25)
        .forEach(e -> core.add(e.getKey()));
    return core;
  }

  /** TF-IDF vectors of the texts, IDF computed over the texts themselves. */
  public static List<TextVector> lexical(List<String> texts) {
    List<List<String>> terms = new ArrayList<>(texts.size());
    texts.forEach(t -> terms.add(terms(t)));
    return lexicalTerms(terms);
  }

  /** TF-IDF vectors of texts given as their {@link #terms}, IDF computed over the texts. */
  public static List<TextVector> lexicalTerms(List<List<String>> texts) {
    Map<String, Integer> ids = new HashMap<>();
    List<Map<Integer, Integer>> counts = new ArrayList<>(texts.size());
    Map<Integer, Integer> df = new HashMap<>();
    for (List<String> text : texts) {
      Map<Integer, Integer> tf = new HashMap<>();
      for (String t : text) {
        tf.merge(ids.computeIfAbsent(t, k -> ids.size()), 1, Integer::sum);
      }
      tf.keySet().forEach(id -> df.merge(id, 1, Integer::sum));
      counts.add(tf);
    }
    List<TextVector> out = new ArrayList<>(texts.size());
    int n = texts.size();
    for (Map<Integer, Integer> tf : counts) {
      out.add(sparse(tf, df, n));
    }
    return out;
  }

  private static TextVector sparse(Map<Integer, Integer> tf, Map<Integer, Integer> df, int n) {
    if (tf.isEmpty()) {
      return TextVector.EMPTY;
    }
    int[] keys = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    float[] weights = new float[keys.length];
    double norm = 0;
    for (int i = 0; i < keys.length; i++) {
      double idf = Math.log((n + 1.0) / (df.get(keys[i]) + 1.0)) + 1;
      double w = (1 + Math.log(tf.get(keys[i]))) * idf;
      weights[i] = (float) w;
      norm += w * w;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < weights.length; i++) {
      weights[i] *= scale;
    }
    return new TextVector.Sparse(keys, weights);
  }

  /**
   * Cosine of each vector with the centroid of all the others (leave-one-out), so that a text
   * repeated across many sources scores high and a lone text does not score itself.
   */
  public static double[] centrality(List<TextVector> vectors) {
    double[] centroid = centroid(vectors);
    double[] out = new double[vectors.size()];
    if (centroid == null) {
      return out;
    }
    double centroidNorm2 = 0;
    for (double c : centroid) {
      centroidNorm2 += c * c;
    }
    for (int i = 0; i < out.length; i++) {
      TextVector v = vectors.get(i);
      double vc = dotDense(v, centroid);
      double self = v == TextVector.EMPTY ? 0 : 1;
      double rest2 = centroidNorm2 - 2 * vc + self;
      out[i] = rest2 <= 1e-9 ? 0 : Math.max(0, (vc - self) / Math.sqrt(rest2));
    }
    return out;
  }

  private static double[] centroid(List<TextVector> vectors) {
    int dims = 0;
    for (TextVector v : vectors) {
      if (v instanceof TextVector.Dense d) {
        dims = Math.max(dims, d.values().length);
      } else if (v instanceof TextVector.Sparse s && s.ids().length > 0) {
        dims = Math.max(dims, Arrays.stream(s.ids()).max().getAsInt() + 1);
      }
    }
    if (dims == 0) {
      return null;
    }
    double[] c = new double[dims];
    for (TextVector v : vectors) {
      if (v instanceof TextVector.Dense d) {
        for (int i = 0; i < d.values().length; i++) {
          c[i] += d.values()[i];
        }
      } else if (v instanceof TextVector.Sparse s) {
        for (int i = 0; i < s.ids().length; i++) {
          c[s.ids()[i]] += s.weights()[i];
        }
      }
    }
    return c;
  }

  private static double dotDense(TextVector v, double[] dense) {
    if (v instanceof TextVector.Sparse s) {
      return s.dot(dense);
    }
    if (v instanceof TextVector.Dense d) {
      double sum = 0;
      for (int i = 0; i < d.values().length && i < dense.length; i++) {
        sum += d.values()[i] * dense[i];
      }
      return sum;
    }
    return 0;
  }
}
