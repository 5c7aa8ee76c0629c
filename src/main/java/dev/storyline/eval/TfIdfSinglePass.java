package dev.storyline.eval;

import dev.storyline.domain.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The classic baseline of event detection: single-pass clustering over TF-IDF vectors (Allan et al.
 * 1998, "topic detection and tracking"). Articles arrive in stream order; each is a log-tf × idf
 * vector over title + text (Lucene's English analyzer: stop words removed, Porter stems), with idf
 * from the articles seen so far; it joins the cluster whose centroid is most similar (cosine) if
 * that similarity reaches the threshold and the cluster's newest article is within the window, else
 * it founds a cluster. {@link #tuned} sweeps the threshold on the stream itself and keeps the best:
 * the baseline is given every advantage (it is tuned on the very stream it is scored on).
 */
final class TfIdfSinglePass {
  /** Thresholds the tuned baseline tries. */
  static final double[] GRID = {
    0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.70
  };

  /** The best run of a sweep. */
  record Tuned(double threshold, ClusterMetrics metrics) {}

  private final List<Map<String, Double>> tf = new ArrayList<>();
  private final List<Instant> times = new ArrayList<>();
  private final List<String> gold = new ArrayList<>();
  private final Duration window;

  /** Tokenises the stream once; runs at several thresholds reuse the term counts. */
  TfIdfSinglePass(List<Article> stream, Duration window) {
    this.window = window;
    try (Analyzer analyzer = new EnglishAnalyzer()) {
      for (Article a : stream) {
        tf.add(counts(analyzer, a.title() + "\n" + a.text()));
        times.add(a.published());
        gold.add(StreamFile.gold(a));
      }
    }
  }

  /** The best BCubed F1 over {@link #GRID}. */
  static Tuned tuned(List<Article> stream, Duration window) {
    TfIdfSinglePass base = new TfIdfSinglePass(stream, window);
    Tuned best = null;
    for (double t : GRID) {
      ClusterMetrics m = base.run(t);
      if (best == null || m.bcubedF1() > best.metrics().bcubedF1()) {
        best = new Tuned(t, m);
      }
    }
    return best;
  }

  /** One single-pass run at a cosine threshold. */
  ClusterMetrics run(double threshold) {
    Map<String, Integer> df = new HashMap<>();
    List<Cluster> clusters = new ArrayList<>();
    Map<String, List<Cluster>> postings = new HashMap<>();
    List<String> predicted = new ArrayList<>();
    for (int i = 0; i < tf.size(); i++) {
      Map<String, Double> counts = tf.get(i);
      counts.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
      Map<String, Double> v = weigh(counts, df, i + 1);
      Instant now = times.get(i);
      Cluster best = null;
      double bestSim = -1;
      for (Cluster c : candidates(v, postings)) {
        if (c.last.isBefore(now.minus(window))) {
          continue;
        }
        double sim = c.cosine(v);
        if (sim > bestSim) {
          bestSim = sim;
          best = c;
        }
      }
      if (best == null || bestSim < threshold) {
        best = new Cluster(clusters.size());
        clusters.add(best);
      }
      best.add(v, now);
      for (String k : v.keySet()) {
        List<Cluster> list = postings.computeIfAbsent(k, x -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != best) {
          list.add(best);
        }
      }
      predicted.add("c" + best.id);
    }
    return ClusterMetrics.score(predicted, gold);
  }

  private static List<Cluster> candidates(
      Map<String, Double> v, Map<String, List<Cluster>> postings) {
    java.util.Set<Cluster> out = java.util.Collections.newSetFromMap(new java.util.HashMap<>());
    for (String k : v.keySet()) {
      out.addAll(postings.getOrDefault(k, List.of()));
    }
    return new ArrayList<>(out);
  }

  private static Map<String, Double> weigh(
      Map<String, Double> counts, Map<String, Integer> df, int docs) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * Math.log((docs + 1.0) / df.get(e.getKey()));
      v.put(e.getKey(), w);
      norm += w * w;
    }
    double n = Math.sqrt(norm);
    if (n > 0) {
      v.replaceAll((k, w) -> w / n);
    }
    return v;
  }

  /** Term counts of a text (English analyzer: stop words removed, Porter stems). */
  static Map<String, Double> counts(String text) {
    return counts(List.of(text)).get(0);
  }

  /** Term counts of each text. */
  static List<Map<String, Double>> counts(List<String> texts) {
    List<Map<String, Double>> out = new ArrayList<>(texts.size());
    try (Analyzer analyzer = new EnglishAnalyzer()) {
      texts.forEach(t -> out.add(counts(analyzer, t)));
    }
    return out;
  }

  /** Unit log-tf × idf vectors of a fixed collection of term counts. */
  static List<Map<String, Double>> unitTfIdf(List<Map<String, Double>> counts) {
    Map<String, Integer> df = new HashMap<>();
    counts.forEach(c -> c.keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
    return counts.stream().map(c -> weigh(c, df, counts.size())).toList();
  }

  /** Dot product of two sparse vectors. */
  static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
    }
    return dot;
  }

  private static Map<String, Double> counts(Analyzer analyzer, String text) {
    Map<String, Double> out = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.merge(term.toString(), 1.0, Double::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A cluster's summed unit vectors (its centroid up to scale) and newest time. */
  private static final class Cluster {
    final int id;
    final Map<String, Double> sum = new HashMap<>();
    double normSq;
    Instant last = Instant.MIN;

    Cluster(int id) {
      this.id = id;
    }

    void add(Map<String, Double> v, Instant t) {
      for (Map.Entry<String, Double> e : v.entrySet()) {
        double old = sum.getOrDefault(e.getKey(), 0.0);
        double now = old + e.getValue();
        normSq += now * now - old * old;
        sum.put(e.getKey(), now);
      }
      last = t.isAfter(last) ? t : last;
    }

    double cosine(Map<String, Double> v) {
      if (normSq <= 0) {
        return 0;
      }
      double dot = 0;
      for (Map.Entry<String, Double> e : v.entrySet()) {
        Double s = sum.get(e.getKey());
        if (s != null) {
          dot += s * e.getValue();
        }
      }
      return dot / Math.sqrt(normSq);
    }
  }
}
