package dev.storyline.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** 64-bit SimHash of a text over lower-cased word 3-shingles (FNV-1a 64 per shingle). */
public final class SimHash {
  /**
   * Hamming distance at or below which two texts are near-duplicate candidates. SimHash over the
   * ~100 shingles of a short news text is noisy (a changed three-word lead moves it 4–10 bits;
   * unrelated texts sit near 32), so candidates are confirmed with {@link #resemblance}.
   */
  public static final int NEAR = 12;

  /** Shingle resemblance (Jaccard) at or above which a candidate is a near-duplicate. */
  public static final double SAME = 0.7;

  /** Texts with fewer words than this get no SimHash (too short to judge). */
  public static final int MIN_WORDS = 40;

  private SimHash() {}

  /** The SimHash, or {@code 0} when the text has fewer than {@link #MIN_WORDS} words. */
  public static long of(String text) {
    String[] words = words(text);
    if (words.length < MIN_WORDS) {
      return 0;
    }
    int[] v = new int[64];
    for (int i = 0; i + 3 <= words.length; i++) {
      long h = fnv(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
      for (int b = 0; b < 64; b++) {
        v[b] += (h >>> b & 1) == 1 ? 1 : -1;
      }
    }
    long out = 0;
    for (int b = 0; b < 64; b++) {
      if (v[b] > 0) {
        out |= 1L << b;
      }
    }
    return out == 0 ? 1 : out;
  }

  /** Jaccard resemblance of the two texts' word 3-shingle sets. */
  public static double resemblance(String a, String b) {
    java.util.Set<String> x = shingles(words(a));
    java.util.Set<String> y = shingles(words(b));
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String s : x) {
      common += y.contains(s) ? 1 : 0;
    }
    return (double) common / (x.size() + y.size() - common);
  }

  private static java.util.Set<String> shingles(String[] w) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i + 3 <= w.length; i++) {
      out.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2]);
    }
    return out;
  }

  private static String[] words(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\s]+", " ")
        .strip()
        .split("\\s+");
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= c & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
