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
  private final float[] core;
  private final java.util.Set<String> coreNames;
  private final List<StorySentence> publishable;
  private final List<StorySentence> standalone;
  private final java.util.Map<StorySentence, String> plain = new java.util.IdentityHashMap<>();
  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Cosine to the story's core from which a sentence counts as about the story. */
  public static final double ON_TOPIC = 0.3;

  private final java.util.Set<String> fullTexts = new java.util.HashSet<>();
  private final LeadRank leadRank;

  private StoryText(List<AnalyzedArticle> articles, List<StorySentence> sentences, boolean dense) {
    this.articles = articles;
    this.sentences = sentences;
    this.dense = dense;
    this.core = core(articles);
    this.coreNames = coreNames(articles);
    articles.stream()
        .filter(a -> fullText(a.article().title()))
        .forEach(a -> fullTexts.add(a.id()));
    java.util.Set<AnalyzedSentence> quoted = QuoteMarks.insideQuotations(articles);
    java.util.Set<AnalyzedSentence> comments = WireStamps.readerComments(articles);
    this.publishable =
        sentences.stream()
            .filter(
                s ->
                    s.words() >= 6
                        && s.words() <= 60
                        && !s.truncated()
                        && !Boilerplate.isFurniture(s.text())
                        && !fullTexts.contains(s.article().id())
                        && !quoted.contains(s.sentence())
                        && !comments.contains(s.sentence()))
            .toList();
    this.standalone = publishable.stream().filter(s -> onTopic(s) && s.readsAlone()).toList();
    sentences.forEach(s -> plain.put(s, plainOf(s.text())));
    this.leadRank = LeadRank.of(sentences);
  }

  /** Whether the sentence is of a full text ({@link #fullText}): someone's words, no report's. */
  public boolean inFullText(StorySentence s) {
    return fullTexts.contains(s.article().id());
  }

  /**
   * The sentence's words in lower case, one space apart: the same for two outlets' copies of a
   * sentence whatever their punctuation.
   */
  public String plain(StorySentence s) {
    String p = plain.get(s);
    return p != null ? p : plainOf(s.text());
  }

  /** A text's words in lower case, one space apart (see {@link #plain(StorySentence)}). */
  public static String plainOf(String text) {
    return NON_WORD.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
  }

  /** The unit mean of the articles' title + lead embeddings, or null when they have none. */
  private static float[] core(List<AnalyzedArticle> articles) {
    float[] sum = null;
    for (AnalyzedArticle a : articles) {
      float[] e = a.embedding();
      if (e == null || e.length == 0 || (sum != null && sum.length != e.length)) {
        continue;
      }
      sum = sum == null ? new float[e.length] : sum;
      for (int i = 0; i < e.length; i++) {
        sum[i] += e[i];
      }
    }
    if (sum == null) {
      return null;
    }
    double n = 0;
    for (float x : sum) {
      n += x * x;
    }
    n = Math.sqrt(n);
    for (int i = 0; i < sum.length; i++) {
      sum[i] = n == 0 ? 0 : (float) (sum[i] / n);
    }
    return sum;
  }

  /**
   * The names the story is about: entities of the titles and first three sentences that at least a
   * third of the articles use (every such name for a single article).
   */
  private static java.util.Set<String> coreNames(List<AnalyzedArticle> articles) {
    java.util.Map<String, Integer> df = new java.util.HashMap<>();
    for (AnalyzedArticle a : articles) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      a.titleEntities().forEach(e -> seen.add(e.key()));
      a.sentences().stream().limit(3).forEach(s -> s.entities().forEach(e -> seen.add(e.key())));
      seen.forEach(k -> df.merge(k, 1, Integer::sum));
    }
    int need = Math.max(1, (int) Math.ceil(articles.size() / 3.0));
    return df.entrySet().stream()
        .filter(e -> e.getValue() >= need)
        .map(java.util.Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toSet());
  }

  /**
   * True when the sentence is about the story: close in meaning to its core (the articles' titles
   * and leads, cosine at least {@value #ON_TOPIC}) or naming one of its core names. A transcript or
   * a roundup covers several topics; its sentences about the others are not about the story.
   */
  public boolean onTopic(StorySentence s) {
    if (core == null || !dense) {
      return true;
    }
    for (dev.storyline.domain.EntityMention m : s.sentence().entities()) {
      if (coreNames.contains(m.key())) {
        return true;
      }
    }
    return nearCore(s);
  }

  /**
   * True when the sentence is close in meaning to the story's core (cosine at least {@value
   * #ON_TOPIC}), whatever names it carries: "At night the capital grows quiet" names the story's
   * place but is not about its news. True when the story text has no embeddings.
   */
  public boolean nearCore(StorySentence s) {
    if (core == null || !dense) {
      return true;
    }
    float[] v = s.sentence().embedding();
    double cos = 0;
    for (int i = 0; i < Math.min(v.length, core.length); i++) {
      cos += v[i] * core[i];
    }
    return cos >= ON_TOPIC;
  }

  /**
   * Publishable sentences fit for the top sections (Why It Matters, Key Points, Explainer,
   * Forecast): about the story and readable on their own.
   */
  public List<StorySentence> standalone() {
    return standalone;
  }

  /** A title that gives a speech's, an interview's or a document's words in full. */
  private static final java.util.regex.Pattern FULL_TEXT =
      java.util.regex.Pattern.compile(
          "^\\s*(?:(?:full text|transcript|in full)\\s*[:|–—-]|(?:the )?(?:full )?(?:text|transcript)"
              + " of\\b)",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * True for the title of a full text ("Full text: the president's speech", "Transcript: …"): every
   * line of the article is someone's words, not the report's ("Iraq is the latest battlefield in
   * this war."), though no line names the speaker.
   */
  public static boolean fullText(String title) {
    return title != null && FULL_TEXT.matcher(title).find();
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
          texts.add(s.index() == 0 ? Trimmer.trimOpening(s.text()) : Trimmer.trim(s.text()));
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

  /** The story's {@link LeadRank}: its sentences' ranks and their TF-IDF likeness. */
  public LeadRank leadRank() {
    return leadRank;
  }

  /** All body sentences, in story order (article oldest first, then position). */
  public List<StorySentence> sentences() {
    return sentences;
  }

  /**
   * Sentences of a publishable length (6 to 60 words) that are not cut off ("…", "...") and are not
   * page furniture (photo credits, promos, transcript tags: {@link Boilerplate}), nor lines of a
   * speech's or an interview's full text ({@link #fullText}).
   */
  public List<StorySentence> publishable() {
    return publishable;
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
