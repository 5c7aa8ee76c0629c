package dev.storyline.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Summary: four to seven central, mutually different sentences, most important first, so that any
 * first part of it (a reader who stops, a page that shows its first 88 words) is the best summary
 * of that length. Outlets take turns: each further sentence from an outlet already quoted counts
 * for less ({@value #SAME_OUTLET} per sentence it already has), so the opening sentences come from
 * different outlets when the story has several, not all from the first report. Avoids repeating Key
 * Points and Why It Matters when the story has enough other material.
 */
final class SummaryWriter {
  static final int MIN = 2;

  /** Relevance weight against novelty (maximal marginal relevance). */
  static final double LAMBDA = 0.6;

  /** Factor on a sentence's relevance for each sentence its outlet already has in the summary. */
  static final double SAME_OUTLET = 0.5;

  private SummaryWriter() {}

  static List<Sent> pick(StoryText text, List<Sent> keyPoints, List<Sent> whyItMatters) {
    int k = size(text.articles().size());
    List<Sent> avoid = new ArrayList<>(keyPoints);
    avoid.addAll(whyItMatters);
    List<Sent> picked = select(text, k, avoid);
    if (picked.size() < Math.min(4, k)) {
      picked = select(text, k, whyItMatters);
    }
    if (picked.size() < MIN) {
      return List.of();
    }
    return picked;
  }

  /** Four sentences for one article, one more per doubling of the articles, at most seven. */
  static int size(int articles) {
    int log2 = 31 - Integer.numberOfLeadingZeros(Math.max(1, articles));
    return Math.min(7, 4 + log2);
  }

  /**
   * Greedy maximal marginal relevance over the best {@link Mmr#SCAN} candidates, with the outlet
   * turn-taking factor; the picks come back in the order they were picked.
   */
  static List<Sent> select(StoryText text, int k, List<Sent> avoid) {
    List<Sent> candidates = new ArrayList<>();
    for (Sent s : text.publishable()) {
      if (score(s) > 0) {
        candidates.add(s);
      }
    }
    candidates.sort(Comparator.comparingDouble(s -> -score(s)));
    if (candidates.size() > Mmr.SCAN) {
      candidates = candidates.subList(0, Mmr.SCAN);
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    double top = score(candidates.get(0));
    boolean outlets =
        text.articles().stream().map(a -> a.article().outlet()).distinct().count() > 1;
    List<Sent> picked = new ArrayList<>();
    java.util.Set<Sent> taken =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Map<String, Integer> perOutlet = new HashMap<>();
    while (picked.size() < k) {
      Sent best = null;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (Sent c : candidates) {
        if (taken.contains(c)) {
          continue;
        }
        double sim = Mmr.maxSimilarity(text, c, picked, avoid);
        if (sim >= text.overlapping()) {
          continue;
        }
        double turn = outlets ? Math.pow(SAME_OUTLET, perOutlet.getOrDefault(outlet(c), 0)) : 1;
        double value = LAMBDA * turn * score(c) / top - (1 - LAMBDA) * Math.max(0, sim);
        if (value > bestValue) {
          bestValue = value;
          best = c;
        }
      }
      if (best == null) {
        break;
      }
      picked.add(best);
      taken.add(best);
      perOutlet.merge(outlet(best), 1, Integer::sum);
    }
    return picked;
  }

  private static String outlet(Sent s) {
    return s.article().article().outlet();
  }

  static double score(Sent s) {
    if (s.text().endsWith("?")) {
      return 0;
    }
    double length = s.words() <= 35 ? 1 : 0.7;
    return (0.2 + s.centrality()) * s.leadWeight() * length * s.standalone();
  }
}
