package dev.storyline.brief.text;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The body sentences of a story with their vectors and centrality, and the similarity scale that
 * goes with them (embeddings when every sentence has one, else TF-IDF over word tokens). Built once
 * per brief and shared by the section writers; immutable.
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
    List<AnalyzedSentence> raw = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    boolean dense = true;
    int dims = -1;
    for (int a = 0; a < articles.size(); a++) {
      for (AnalyzedSentence s : articles.get(a).sentences()) {
        raw.add(s);
        owner.add(a);
        texts.add(Trimmer.trim(s.text()));
        int len = s.embedding() == null ? 0 : s.embedding().length;
        dense &= len > 0 && (dims < 0 || dims == len);
        dims = len;
      }
    }
    dense &= !raw.isEmpty();
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
