package dev.storyline.brief.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Part of {@link ForecastLedger}: its forecasts indexed by the verb they predict and by the stems
 * of their claims, and the lookup of the forecasts a sentence can speak to.
 */
final class ForecastIndex {
  /** Verb stem to the forecasts predicting it. */
  private final Map<String, List<Forecast>> byVerb = new HashMap<>();

  /** Stem to the forecasts whose claim has it, for sentences that may contradict. */
  private final Map<String, List<Forecast>> byStem = new HashMap<>();

  /** Stem to the forecasts that predict no particular verb and whose claim has the stem. */
  private final Map<String, List<Forecast>> verbless = new HashMap<>();

  /** Whether no forecast is filed. */
  boolean isEmpty() {
    return byStem.isEmpty();
  }

  /** Files a forecast in the indexes, or takes it out. */
  void file(Forecast f, ClaimMatch.Claim c, boolean add) {
    change(byStem, c.stems(), f, add);
    if (c.verb() != null) {
      change(byVerb, Set.of(c.verb()), f, add);
    } else {
      change(verbless, c.stems(), f, add);
    }
  }

  private static void change(
      Map<String, List<Forecast>> index, Set<String> keys, Forecast f, boolean add) {
    for (String key : keys) {
      if (add) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
      } else {
        List<Forecast> posting = index.get(key);
        posting.remove(f);
        if (posting.isEmpty()) {
          index.remove(key);
        }
      }
    }
  }

  /**
   * The forecasts a sentence can speak to: those whose verb it contains or that predict none (and
   * share two stems with it), and when it has a contradiction cue (which waives the verb) any that
   * share two stems with it.
   */
  Set<Forecast> candidates(ClaimMatch.Evidence evidence) {
    Set<Forecast> out = new HashSet<>();
    for (String stem : evidence.stems()) {
      out.addAll(byVerb.getOrDefault(stem, List.of()));
    }
    out.addAll(sharingTwo(evidence, verbless));
    if (evidence.contradicts()) {
      out.addAll(sharingTwo(evidence, byStem));
    }
    return out;
  }

  private static List<Forecast> sharingTwo(
      ClaimMatch.Evidence evidence, Map<String, List<Forecast>> index) {
    Map<Forecast, Integer> shared = new HashMap<>();
    for (String stem : evidence.stems()) {
      for (Forecast f : index.getOrDefault(stem, List.of())) {
        shared.merge(f, 1, Integer::sum);
      }
    }
    List<Forecast> out = new ArrayList<>();
    shared.forEach(
        (f, n) -> {
          if (n >= 2) {
            out.add(f);
          }
        });
    return out;
  }
}
