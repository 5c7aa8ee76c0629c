package dev.storyline.eval;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import dev.storyline.domain.DateMention;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A hard-negative clustering set built from gold streams: distinct gold stories of the same kind
 * are moved in time so that they follow each other one day apart, the situation where a clusterer
 * merges two earthquakes or two court rulings. Kinds: an allsides story's {@code meta.topic}
 * ("Supreme Court", "Disaster", "Violence in America", …); basil has no topic, so its stories are
 * chained by likeness (each next story is the most similar one left, by TF-IDF cosine of title and
 * text). Every chain starts on the same day, so different kinds overlap too. A moved article keeps
 * its time of day and its offset from the rest of its story, and the dates its text mentions move
 * with it (whole days), so each story stays consistent in itself and only its neighbours change.
 */
public final class HardNegatives {
  /** The day every chain starts on. */
  static final LocalDate START = LocalDate.of(2031, 1, 6);

  private HardNegatives() {}

  /**
   * The moved articles of the given analysed gold streams, in their new publication order (the
   * streams' stories must not share gold labels).
   */
  public static List<AnalyzedArticle> build(List<List<AnalyzedArticle>> streams) {
    List<AnalyzedArticle> out = new ArrayList<>();
    for (List<AnalyzedArticle> s : streams) {
      Map<String, List<AnalyzedArticle>> stories = byStory(s, a -> StreamFile.gold(a.article()));
      for (List<List<AnalyzedArticle>> chain : chains(stories)) {
        for (int day = 0; day < chain.size(); day++) {
          List<AnalyzedArticle> story = chain.get(day);
          LocalDate first =
              story.get(0).article().published().atOffset(ZoneOffset.UTC).toLocalDate();
          long shift = java.time.temporal.ChronoUnit.DAYS.between(first, START.plusDays(day));
          story.forEach(a -> out.add(shift(a, shift)));
        }
      }
    }
    out.sort(
        Comparator.comparing((AnalyzedArticle a) -> a.article().published())
            .thenComparing(AnalyzedArticle::id));
    return out;
  }

  /** The raw articles of a built set (for baselines that read text only). */
  public static List<Article> articles(List<AnalyzedArticle> set) {
    return set.stream().map(AnalyzedArticle::article).toList();
  }

  private static List<List<List<AnalyzedArticle>>> chains(
      Map<String, List<AnalyzedArticle>> stories) {
    Map<String, List<List<AnalyzedArticle>>> byTopic = new LinkedHashMap<>();
    List<List<AnalyzedArticle>> untyped = new ArrayList<>();
    for (List<AnalyzedArticle> story : stories.values()) {
      String topic = story.get(0).article().meta().get("topic");
      if (topic == null || topic.isBlank()) {
        untyped.add(story);
      } else {
        byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(story);
      }
    }
    List<List<List<AnalyzedArticle>>> out = new ArrayList<>(byTopic.values());
    if (!untyped.isEmpty()) {
      out.add(byLikeness(untyped));
    }
    return out;
  }

  /** Greedy nearest-neighbour order: each next story is the most similar one not yet placed. */
  static List<List<AnalyzedArticle>> byLikeness(List<List<AnalyzedArticle>> stories) {
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (List<AnalyzedArticle> story : stories) {
      StringBuilder text = new StringBuilder();
      story.forEach(a -> text.append(a.article().title()).append('\n').append(a.article().text()));
      vectors.add(TfIdfSinglePass.counts(text.toString()));
    }
    List<Map<String, Double>> weighted = TfIdfSinglePass.unitTfIdf(vectors);
    List<List<AnalyzedArticle>> out = new ArrayList<>();
    boolean[] used = new boolean[stories.size()];
    int at = 0;
    for (int n = 0; n < stories.size(); n++) {
      used[at] = true;
      out.add(stories.get(at));
      int next = -1;
      double best = -1;
      for (int j = 0; j < stories.size(); j++) {
        if (!used[j]) {
          double sim = TfIdfSinglePass.dot(weighted.get(at), weighted.get(j));
          if (sim > best) {
            best = sim;
            next = j;
          }
        }
      }
      if (next < 0) {
        break;
      }
      at = next;
    }
    return out;
  }

  private static Map<String, List<AnalyzedArticle>> byStory(
      List<AnalyzedArticle> stream, Function<AnalyzedArticle, String> gold) {
    Map<String, List<AnalyzedArticle>> out = new LinkedHashMap<>();
    for (AnalyzedArticle a : stream) {
      out.computeIfAbsent(gold.apply(a), k -> new ArrayList<>()).add(a);
    }
    out.values()
        .forEach(l -> l.sort(Comparator.comparing((AnalyzedArticle a) -> a.article().published())));
    return out;
  }

  /** The article moved by whole days, with the dates its sentences mention moved too. */
  static AnalyzedArticle shift(AnalyzedArticle a, long days) {
    Article o = a.article();
    Map<String, String> meta = new HashMap<>(o.meta());
    meta.put("moved_days", Long.toString(days));
    Instant published = o.published().plus(Duration.ofDays(days));
    Article moved =
        new Article(o.id(), o.source(), o.url(), published, o.title(), o.text(), Map.copyOf(meta));
    List<AnalyzedSentence> sentences = new ArrayList<>();
    for (AnalyzedSentence s : a.sentences()) {
      List<DateMention> dates =
          s.dates().stream()
              .map(
                  d ->
                      new DateMention(
                          d.text(), d.start(), d.end(), d.date().plusDays(days), d.granularity()))
              .toList();
      sentences.add(
          new AnalyzedSentence(
              s.index(), s.start(), s.end(), s.text(), s.entities(), dates, s.embedding()));
    }
    return new AnalyzedArticle(moved, sentences, a.titleEntities(), a.embedding());
  }
}
