package dev.storyline.analyze;

import dev.storyline.analyze.embed.Embedder;
import dev.storyline.analyze.entity.EntityRecognizer;
import dev.storyline.analyze.sentence.PageParts;
import dev.storyline.analyze.sentence.SentenceSplitter;
import dev.storyline.analyze.time.DateResolver;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.TextSpan;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyzes articles: sentences, named entities, resolved dates, an embedding of title + lead and,
 * when enabled, one embedding per sentence of the first {@value #EMBEDDED_SENTENCES} (the rest get
 * an empty one). Thread-safe; the models it holds are loaded once, by their owners, before it is
 * built.
 */
public final class ArticleAnalyzer {
  /** Characters of title + lead that go into the article embedding (MiniLM reads ~128 tokens). */
  static final int LEAD_CHARS = 480;

  /**
   * Sentences of an article that get an embedding. Sentence embeddings are nine tenths of the
   * analysis time of full-length news; past this many sentences an article is a transcript or a
   * roundup (1 % of Timeline17 and basil articles have 500 or more), whose deep sentences are
   * rarely about the story. Every basil and allsides article but one fits whole; Timeline17 keeps
   * 68 % of its sentences embedded. Sentences past it are still split, tagged and dated.
   */
  public static final int EMBEDDED_SENTENCES = 100;

  private final SentenceSplitter splitter;
  private final EntityRecognizer entities;
  private final DateResolver dates;
  private final Embedder embedder;
  private final boolean sentenceEmbeddings;
  private final int embeddedSentences;

  public ArticleAnalyzer(
      SentenceSplitter splitter,
      EntityRecognizer entities,
      DateResolver dates,
      Embedder embedder,
      boolean sentenceEmbeddings) {
    this(splitter, entities, dates, embedder, sentenceEmbeddings, EMBEDDED_SENTENCES);
  }

  /**
   * An analyzer that embeds the first {@code embeddedSentences} sentences of an article (for
   * measurements: {@link Integer#MAX_VALUE} embeds every sentence, as before the cap).
   */
  public ArticleAnalyzer(
      SentenceSplitter splitter,
      EntityRecognizer entities,
      DateResolver dates,
      Embedder embedder,
      boolean sentenceEmbeddings,
      int embeddedSentences) {
    this.splitter = splitter;
    this.entities = entities;
    this.dates = dates;
    this.embedder = embedder;
    this.sentenceEmbeddings = sentenceEmbeddings;
    this.embeddedSentences = embeddedSentences;
  }

  public AnalyzedArticle analyze(Article article) {
    return analyzeAll(List.of(article)).get(0);
  }

  /** Analyzes a batch; embeddings of the whole batch are computed together for throughput. */
  public List<AnalyzedArticle> analyzeAll(List<Article> articles) {
    List<Draft> drafts = articles.parallelStream().map(this::draft).toList();
    List<String> texts = new ArrayList<>();
    for (Draft d : drafts) {
      texts.add(d.lead());
      if (sentenceEmbeddings) {
        // by index, as the vectors are handed out below
        d.sentences().stream()
            .filter(s -> s.index() < embeddedSentences)
            .forEach(s -> texts.add(s.text()));
      }
    }
    List<float[]> vectors = embedder.embedAll(texts);
    List<AnalyzedArticle> out = new ArrayList<>(drafts.size());
    int next = 0;
    for (Draft d : drafts) {
      float[] articleVector = vectors.get(next++);
      List<AnalyzedSentence> sentences = new ArrayList<>(d.sentences().size());
      for (AnalyzedSentence s : d.sentences()) {
        boolean embedded = sentenceEmbeddings && s.index() < embeddedSentences;
        float[] v = embedded ? vectors.get(next++) : new float[0];
        sentences.add(
            new AnalyzedSentence(
                s.index(), s.start(), s.end(), s.text(), s.entities(), s.dates(), v));
      }
      out.add(new AnalyzedArticle(d.article(), sentences, d.titleEntities(), articleVector));
    }
    return out;
  }

  private Draft draft(Article article) {
    LocalDate published = LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
    String body = article.text();
    List<TextSpan> spans = PageParts.clean(body, splitter.split(body));
    List<AnalyzedSentence> sentences = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      TextSpan span = spans.get(i);
      String text = span.of(body);
      sentences.add(
          new AnalyzedSentence(
              i,
              span.start(),
              span.end(),
              text,
              entities.find(text),
              dates.resolve(text, published),
              new float[0]));
    }
    List<EntityMention> titleEntities = entities.find(article.title());
    return new Draft(article, sentences, titleEntities, lead(article, sentences));
  }

  static String lead(Article article, List<AnalyzedSentence> sentences) {
    StringBuilder lead = new StringBuilder(article.title());
    for (AnalyzedSentence s : sentences) {
      if (lead.length() >= LEAD_CHARS) {
        break;
      }
      lead.append(lead.length() == 0 ? "" : ". ").append(s.text());
    }
    return lead.length() > LEAD_CHARS ? lead.substring(0, LEAD_CHARS) : lead.toString();
  }

  private record Draft(
      Article article,
      List<AnalyzedSentence> sentences,
      List<EntityMention> titleEntities,
      String lead) {}
}
