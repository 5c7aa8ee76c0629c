package dev.storyline.pipeline;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.StoryMaterial;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A storyline's title: the names of its central actors ("Halvard Systems · Lumen Forge"), the named
 * entities found in the most of its stories' headlines and text. A label made of names, not a
 * claim; a single-story storyline falls back to its headline.
 */
final class StorylineTitle {
  private static final int MAX_NAMES = 3;

  private StorylineTitle() {}

  static String of(List<StoryMaterial.StoryThread> threads, String fallback) {
    if (threads.size() < 2) {
      return fallback;
    }
    Map<String, Integer> stories = new HashMap<>();
    Map<String, Integer> mentions = new HashMap<>();
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    for (StoryMaterial.StoryThread thread : threads) {
      Set<String> seen = new HashSet<>();
      for (AnalyzedArticle a : thread.articles()) {
        a.titleEntities().forEach(e -> count(e, 2, seen, mentions, forms));
        for (AnalyzedSentence s : a.sentences()) {
          s.entities().forEach(e -> count(e, 1, seen, mentions, forms));
        }
      }
      seen.forEach(k -> stories.merge(k, 1, Integer::sum));
    }
    int needed = Math.max(2, (threads.size() + 1) / 2);
    List<String> keys = new ArrayList<>(stories.keySet());
    keys.removeIf(k -> stories.get(k) < needed);
    keys.sort(
        Comparator.comparing((String k) -> -stories.get(k)).thenComparing(k -> -mentions.get(k)));
    List<String> names = new ArrayList<>();
    for (String k : keys.subList(0, Math.min(MAX_NAMES, keys.size()))) {
      names.add(
          forms.get(k).entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .orElseThrow()
              .getKey());
    }
    return names.isEmpty() ? fallback : String.join(" · ", names);
  }

  private static void count(
      EntityMention e,
      int weight,
      Set<String> seen,
      Map<String, Integer> mentions,
      Map<String, Map<String, Integer>> forms) {
    if (e.key().isBlank() || e.kind() == EntityKind.OTHER && e.key().split(" ").length < 2) {
      return;
    }
    seen.add(e.key());
    mentions.merge(e.key(), weight, Integer::sum);
    String form = e.text().replaceFirst("^(?i)the ", "");
    forms.computeIfAbsent(e.key(), k -> new HashMap<>()).merge(form, 1, Integer::sum);
  }
}
