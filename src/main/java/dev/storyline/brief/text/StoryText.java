package dev.storyline.brief.text;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The body sentences of a story with their vectors and centrality, and the similarity scale that
 * goes with them (sentence embeddings when the analysis made them, else TF-IDF over word tokens).
 * With embeddings, sentences the analysis left without one (deep in very long articles) are not
 * part of the story text. Built once per brief and shared by the section writers; immutable.
 */
public final class StoryText {
  private final List<AnalyzedArticle> articles;
  private final List<StorySentence> sentences;
  private final boolean dense;

  private StoryText(List<AnalyzedArticle> articles, List<StorySentence> sentences, boolean dense) {
    this.articles = articles;
    this.sentences = sentences;
    this.dense = dense;
  }

  public static StoryText of(List<AnalyzedArticle> articles) {
    int dims = dimension(articles);
    boolean dense = dims > 0;
    List<AnalyzedSentence> raw = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      for (AnalyzedSentence s : articles.get(a).sentences()) {
        int len = s.embedding() == null ? 0 : s.embedding().length;
        if (!dense || len == dims) {
          raw.add(s);
          owner.add(a);
          texts.add(Trimmer.trim(s.text()));
        }
      }
    }
    List<TextVector> vectors = dense ? denseVectors(raw) : Vectorizer.lexical(texts);
    double[] centrality = Vectorizer.centrality(vectors);
    List<StorySentence> sents = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      int a = owner.get(i);
      String text = texts.get(i);
      int words = Vectorizer.words(text).size();
      sents.add(
          new StorySentence(
              articles.get(a), a, raw.get(i), text, words, vectors.get(i), centrality[i]));
    }
    return new StoryText(List.copyOf(articles), List.copyOf(sents), dense);
  }

  /**
   * The dimension of the sentence embeddings when they can be used: every sentence that has one has
   * it in the same dimension (sentences past {@code ArticleAnalyzer.EMBEDDED_SENTENCES} have none
   * and are left out of the story text); 0 when no sentence has one or dimensions differ, and the
   * story text is then lexical over every sentence.
   */
  private static int dimension(List<AnalyzedArticle> articles) {
    int dims = 0;
    for (AnalyzedArticle a : articles) {
      for (AnalyzedSentence s : a.sentences()) {
        int len = s.embedding() == null ? 0 : s.embedding().length;
        if (len > 0 && dims > 0 && len != dims) {
          return 0;
        }
        dims = Math.max(dims, len);
      }
    }
    return dims;
  }

  private static List<TextVector> denseVectors(List<AnalyzedSentence> raw) {
    List<TextVector> out = new ArrayList<>(raw.size());
    raw.forEach(s -> out.add(new TextVector.Dense(s.embedding())));
    return out;
  }

  public List<AnalyzedArticle> articles() {
    return articles;
  }

  /** All body sentences, in story order (article oldest first, then position). */
  public List<StorySentence> sentences() {
    return sentences;
  }

  /** Sentences of a publishable length (6 to 60 words) that are not cut off ("…", "..."). */
  public List<StorySentence> publishable() {
    return sentences.stream()
        .filter(s -> s.words() >= 6 && s.words() <= 60 && !s.truncated())
        .toList();
  }

  public double similarity(StorySentence a, StorySentence b) {
    return a.vector().dot(b.vector());
  }

  /** Similarity above which two sentences say the same thing. */
  public double redundant() {
    return dense ? 0.8 : 0.5;
  }

  /** Similarity above which two points overlap too much to both be shown. */
  public double overlapping() {
    return dense ? 0.7 : 0.35;
  }
}
