package dev.storyline.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Document frequencies of entity keys over the articles seen so far, for idf weights. */
final class EntityStats {
  private final Map<String, Integer> df = new HashMap<>();
  private int documents;

  synchronized void add(Set<String> keys) {
    documents++;
    keys.forEach(k -> df.merge(k, 1, Integer::sum));
  }

  synchronized double idf(String key) {
    int n = df.getOrDefault(key, 0);
    return Math.log((documents + 1.0) / (n + 1.0)) + 1.0;
  }

  synchronized int documents() {
    return documents;
  }
}
