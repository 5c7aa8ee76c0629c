package dev.storyline.brief;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.StoryMaterial;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A storyline's title: the names of its central actors ("Halvard Systems · Lumen Forge"), the named
 * entities found in the most of its stories' headlines and text. A label made of names, not a
 * claim; a single-story storyline falls back to its headline. Kept as running counts that each
 * story adds ({@link Tally}), so a changed story costs its own articles, not the storyline's; ties
 * are broken by the names themselves, so the title does not depend on the order stories came in.
 * Mutable, not thread-safe.
 */
final class StorylineTitle {
  private static final int MAX_NAMES = 3;

  /** Entity key to the number of stories that name it. */
  private final Map<String, Integer> stories = new HashMap<>();

  /** Entity key to its mentions (title mentions count twice). */
  private final Map<String, Integer> mentions = new HashMap<>();

  /** Entity key to the count of each written form. */
  private final Map<String, Map<String, Integer>> forms = new HashMap<>();

  private int storyCount;

  /** The title of a whole storyline at once. */
  static String of(List<StoryMaterial.StoryThread> threads, String fallback) {
    StorylineTitle title = new StorylineTitle();
    threads.forEach(t -> title.add(Tally.of(t.articles())));
    return title.title(fallback);
  }

  void add(Tally t) {
    change(t, 1);
  }

  void subtract(Tally t) {
    change(t, -1);
  }

  private void change(Tally t, int sign) {
    storyCount += sign;
    t.mentions().forEach((k, n) -> merge(stories, k, sign));
    t.mentions().forEach((k, n) -> merge(mentions, k, sign * n));
    t.forms()
        .forEach(
            (k, fs) -> {
              Map<String, Integer> mine = forms.computeIfAbsent(k, x -> new HashMap<>());
              fs.forEach((f, n) -> merge(mine, f, sign * n));
              if (mine.isEmpty()) {
                forms.remove(k);
              }
            });
  }

  private static void merge(Map<String, Integer> counts, String key, int delta) {
    Integer n = counts.merge(key, delta, Integer::sum);
    if (n != null && n == 0) {
      counts.remove(key);
    }
  }

  /** The title, or {@code fallback} for fewer than two stories or no name shared enough. */
  String title(String fallback) {
    if (storyCount < 2) {
      return fallback;
    }
    int needed = Math.max(2, (storyCount + 1) / 2);
    List<String> keys = new ArrayList<>();
    stories.forEach(
        (k, n) -> {
          if (n >= needed) {
            keys.add(k);
          }
        });
    keys.sort(
        Comparator.comparing((String k) -> -stories.get(k))
            .thenComparing(k -> -mentions.get(k))
            .thenComparing(Comparator.naturalOrder()));
    List<String> names = new ArrayList<>();
    for (String k : keys.subList(0, Math.min(MAX_NAMES, keys.size()))) {
      names.add(
          forms.get(k).entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .orElseThrow()
              .getKey());
    }
    return names.isEmpty() ? fallback : String.join(" · ", names);
  }

  /**
   * What one story adds to the title counts.
   *
   * @param mentions entity key to its mentions in the story (title mentions count twice)
   * @param forms entity key to the count of each written form
   */
  record Tally(Map<String, Integer> mentions, Map<String, Map<String, Integer>> forms) {
    static Tally of(List<AnalyzedArticle> articles) {
      Map<String, Integer> mentions = new HashMap<>();
      Map<String, Map<String, Integer>> forms = new HashMap<>();
      for (AnalyzedArticle a : articles) {
        a.titleEntities().forEach(e -> count(e, 2, mentions, forms));
        for (AnalyzedSentence s : a.sentences()) {
          s.entities().forEach(e -> count(e, 1, mentions, forms));
        }
      }
      return new Tally(mentions, forms);
    }

    private static void count(
        EntityMention e,
        int weight,
        Map<String, Integer> mentions,
        Map<String, Map<String, Integer>> forms) {
      if (e.key().isBlank() || e.kind() == EntityKind.OTHER && e.key().split(" ").length < 2) {
        return;
      }
      mentions.merge(e.key(), weight, Integer::sum);
      String form = e.text().replaceFirst("^(?i)the ", "");
      forms.computeIfAbsent(e.key(), k -> new HashMap<>()).merge(form, 1, Integer::sum);
    }
  }
}
