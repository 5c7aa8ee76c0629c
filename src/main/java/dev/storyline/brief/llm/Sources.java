package dev.storyline.brief.llm;

import dev.storyline.brief.Grounding;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The story's source sentences (titles and body) and the check of a generated sentence against
 * them: every name, number and date word must appear in the sentences it links ({@link Grounding}),
 * and the closest source sentence must say much the same (cosine of embeddings at least {@value
 * #MIN_COSINE}, or without embeddings, at least {@value #MIN_RECALL} of its content words in that
 * sentence). An analogy ("Think of … as …") needs only the first test.
 */
final class Sources {
  static final double MIN_COSINE = 0.55;
  static final double MIN_RECALL = 0.5;
  static final int MAX_REFS = 4;

  private record Source(SourceRef ref, String text, float[] embedding, Set<String> words) {}

  private final List<Source> all = new ArrayList<>();
  private final Function<String, float[]> embedder;

  Sources(List<AnalyzedArticle> articles, Function<String, float[]> embedder) {
    this.embedder = embedder;
    for (AnalyzedArticle a : articles) {
      if (!a.article().title().isBlank()) {
        all.add(
            new Source(
                SourceRef.title(a.id()), a.article().title(), null, words(a.article().title())));
      }
      for (AnalyzedSentence s : a.sentences()) {
        all.add(
            new Source(new SourceRef(a.id(), s.index()), s.text(), s.embedding(), words(s.text())));
      }
    }
  }

  /** The sentence as a line citing its support, or null when the sources do not support it. */
  Line check(String sentence) {
    boolean analogy = sentence.startsWith("Think of ");
    float[] vector = embedder == null ? null : embedder.apply(sentence);
    Set<String> own = words(sentence);
    List<Source> ranked = new ArrayList<>(all);
    ranked.sort(Comparator.comparingDouble((Source s) -> -support(s, vector, own)));
    if (ranked.isEmpty()
        || (!analogy && support(ranked.get(0), vector, own) < threshold(vector, ranked.get(0)))) {
      return null;
    }
    String claim = analogy ? sentence.substring("Think of ".length()) : sentence;
    List<Source> linked = new ArrayList<>(List.of(ranked.get(0)));
    List<String> missing = Grounding.unsupported(claim, texts(linked));
    while (!missing.isEmpty() && linked.size() < MAX_REFS) {
      Source add = best(missing, linked);
      if (add == null) {
        return null;
      }
      linked.add(add);
      missing = Grounding.unsupported(claim, texts(linked));
    }
    return missing.isEmpty() ? new Line(sentence, linked.stream().map(Source::ref).toList()) : null;
  }

  private double threshold(float[] vector, Source s) {
    return vector != null && s.embedding() != null && s.embedding().length == vector.length
        ? MIN_COSINE
        : MIN_RECALL;
  }

  private static double support(Source s, float[] vector, Set<String> own) {
    if (vector != null && s.embedding() != null && s.embedding().length == vector.length) {
      double dot = 0;
      for (int i = 0; i < vector.length; i++) {
        dot += vector[i] * s.embedding()[i];
      }
      return dot;
    }
    if (own.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (String w : own) {
      hit += s.words().contains(w) ? 1 : 0;
    }
    return (double) hit / own.size();
  }

  /** The source, not yet linked, that contains most of the missing words. */
  private Source best(List<String> missing, List<Source> linked) {
    Source best = null;
    int bestHits = 0;
    for (Source s : all) {
      if (linked.contains(s)) {
        continue;
      }
      int hits = 0;
      for (String m : missing) {
        hits += Grounding.grounded(m, List.of(s.text())) ? 1 : 0;
      }
      if (hits > bestHits) {
        best = s;
        bestHits = hits;
      }
    }
    return best;
  }

  private static List<String> texts(List<Source> sources) {
    return sources.stream().map(Source::text).toList();
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 3) {
        out.add(w);
      }
    }
    return out;
  }
}
