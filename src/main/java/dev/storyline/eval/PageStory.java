package dev.storyline.eval;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link PageChecks} know of the story a page is about: its gold label, its last day, the
 * centroid of its articles' embeddings and its core words; and whether a line is off topic.
 */
record PageStory(String gold, LocalDate last, float[] centroid, Set<String> core) {
  static PageStory of(List<AnalyzedArticle> articles, Map<String, String> gold) {
    Map<String, Integer> labels = new HashMap<>();
    articles.forEach(a -> labels.merge(gold.getOrDefault(a.id(), ""), 1, Integer::sum));
    String label =
        labels.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    LocalDate last =
        articles.stream()
            .map(a -> LocalDate.ofInstant(a.article().published(), ZoneOffset.UTC))
            .max(LocalDate::compareTo)
            .orElseThrow();
    float[] centroid = null;
    List<List<String>> leads = new java.util.ArrayList<>();
    for (AnalyzedArticle a : articles) {
      if (a.embedding() != null && a.embedding().length > 0) {
        if (centroid == null) {
          centroid = new float[a.embedding().length];
        }
        for (int i = 0; i < centroid.length; i++) {
          centroid[i] += a.embedding()[i];
        }
      }
      StringBuilder lead = new StringBuilder(a.article().title());
      a.sentences().stream().limit(3).forEach(s -> lead.append(' ').append(s.text()));
      leads.add(PageChecks.words(lead.toString()));
    }
    Set<String> core = dev.storyline.brief.text.Vectorizer.coreWords(leads);
    return new PageStory(label, last, unit(centroid), core);
  }

  boolean offTopic(Line l, String text, Map<String, AnalyzedArticle> byId) {
    if (centroid == null) {
      return false;
    }
    // a line citing several sentences (a quotation run over two) means what they mean together
    float[] v = null;
    for (SourceRef ref : l.refs()) {
      float[] r = vector(ref, byId);
      if (r != null) {
        v = v == null ? r.clone() : sum(v, r);
      }
    }
    if (v == null) {
      return false;
    }
    v = unit(v);
    double cos = 0;
    for (int i = 0; i < Math.min(v.length, centroid.length); i++) {
      cos += v[i] * centroid[i];
    }
    return cos < PageChecks.OFF_TOPIC_COSINE
        && PageChecks.words(text).stream().noneMatch(core::contains);
  }

  private static float[] sum(float[] a, float[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      a[i] += b[i];
    }
    return a;
  }

  private static float[] vector(SourceRef ref, Map<String, AnalyzedArticle> byId) {
    AnalyzedArticle a = byId.get(ref.articleId());
    if (a == null) {
      return null;
    }
    if (ref.sentence() == SourceRef.TITLE) {
      return unit(a.embedding());
    }
    for (AnalyzedSentence s : a.sentences()) {
      if (s.index() == ref.sentence()) {
        return unit(s.embedding());
      }
    }
    return null;
  }

  private static float[] unit(float[] v) {
    if (v == null || v.length == 0) {
      return null;
    }
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    n = Math.sqrt(n);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = n == 0 ? 0 : (float) (v[i] / n);
    }
    return out;
  }
}
