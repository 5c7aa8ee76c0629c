package dev.storyline.ingest.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Stored SimHashes, searched linearly (a 64-bit XOR and popcount each: a million comparisons take a
 * few milliseconds). Thread-safe.
 */
public final class NearDuplicates {
  private final List<String> ids = new ArrayList<>();
  private long[] hashes = new long[1024];

  /** Adds a text's SimHash (0 = none, ignored). */
  public synchronized void add(String id, long hash) {
    if (hash == 0) {
      return;
    }
    if (ids.size() == hashes.length) {
      hashes = java.util.Arrays.copyOf(hashes, hashes.length * 2);
    }
    hashes[ids.size()] = hash;
    ids.add(id);
  }

  /** Ids of stored texts within {@link SimHash#NEAR} bits, closest first, at most {@code max}. */
  public synchronized List<String> candidates(long hash, int max) {
    if (hash == 0) {
      return List.of();
    }
    List<long[]> found = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      int d = SimHash.distance(hash, hashes[i]);
      if (d <= SimHash.NEAR) {
        found.add(new long[] {d, i});
      }
    }
    found.sort(java.util.Comparator.comparingLong(x -> x[0]));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(max, found.size()); i++) {
      out.add(ids.get((int) found.get(i)[1]));
    }
    return out;
  }

  public synchronized int size() {
    return ids.size();
  }
}
