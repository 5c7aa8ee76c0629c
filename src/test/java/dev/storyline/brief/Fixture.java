package dev.storyline.brief;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.DateMention;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.StoryMaterial.Coverage;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds analysed articles by hand: entities and dates are located by their surface text. */
public final class Fixture {
  public static final Instant NOW = Instant.parse("2025-03-13T12:00:00Z");
  public static final Coverage COVERAGE = new Coverage(200, 3, 2, 7);

  private Fixture() {}

  /** An entity or date annotation, located in the sentence by its text. */
  public record Ann(
      String text, EntityKind kind, String key, LocalDate date, DateGranularity gran) {}

  public static Ann person(String text) {
    return new Ann(text, EntityKind.PERSON, key(text), null, null);
  }

  public static Ann org(String text) {
    return new Ann(text, EntityKind.ORGANIZATION, key(text), null, null);
  }

  public static Ann place(String text) {
    return new Ann(text, EntityKind.PLACE, key(text), null, null);
  }

  public static Ann date(String text, String isoDate, DateGranularity gran) {
    return new Ann(text, null, null, LocalDate.parse(isoDate), gran);
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceFirst("^(?:mr|ms|mrs|dr)\\.\\s+", "")
        .replaceFirst("^the\\s+", "");
  }

  public static ArticleBuilder article(String id, String outlet, String published) {
    return new ArticleBuilder(id, outlet, Instant.parse(published));
  }

  public static StoryMaterial material(String storyId, List<AnalyzedArticle> articles) {
    return new StoryMaterial(
        storyId,
        articles,
        Saga.of(List.of(new StoryThread(storyId, articles))).context(storyId),
        COVERAGE,
        NOW);
  }

  /** Builds one article sentence by sentence. */
  public static final class ArticleBuilder {
    private final String id;
    private final String outlet;
    private final Instant published;
    private String title = "";
    private final List<EntityMention> titleEntities = new ArrayList<>();
    private final List<AnalyzedSentence> sentences = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private float[] articleEmbedding = new float[0];
    private boolean paragraph;

    private ArticleBuilder(String id, String outlet, Instant published) {
      this.id = id;
      this.outlet = outlet;
      this.published = published;
    }

    public ArticleBuilder title(String title, Ann... anns) {
      this.title = title;
      for (Ann a : anns) {
        titleEntities.add(entity(title, a));
      }
      return this;
    }

    /** Starts a new paragraph: the next sentence stands after a blank line. */
    public ArticleBuilder paragraph() {
      paragraph = true;
      return this;
    }

    public ArticleBuilder sentence(String sentence, Ann... anns) {
      if (text.length() > 0) {
        text.append(paragraph ? "\n\n" : " ");
      }
      paragraph = false;
      int start = text.length();
      text.append(sentence);
      List<EntityMention> entities = new ArrayList<>();
      List<DateMention> dates = new ArrayList<>();
      for (Ann a : anns) {
        if (a.date() != null) {
          int at = indexOf(sentence, a.text());
          dates.add(new DateMention(a.text(), at, at + a.text().length(), a.date(), a.gran()));
        } else {
          entities.add(entity(sentence, a));
        }
      }
      sentences.add(
          new AnalyzedSentence(
              sentences.size(), start, text.length(), sentence, entities, dates, new float[0]));
      return this;
    }

    private static EntityMention entity(String sentence, Ann a) {
      int at = indexOf(sentence, a.text());
      return new EntityMention(a.text(), a.key(), a.kind(), at, at + a.text().length());
    }

    private static int indexOf(String sentence, String part) {
      int at = sentence.indexOf(part);
      if (at < 0) {
        throw new IllegalArgumentException("'" + part + "' not in: " + sentence);
      }
      return at;
    }

    /** Gives the last sentence a (unit-length) embedding. */
    public ArticleBuilder embedding(float... vector) {
      AnalyzedSentence s = sentences.remove(sentences.size() - 1);
      sentences.add(
          new AnalyzedSentence(
              s.index(), s.start(), s.end(), s.text(), s.entities(), s.dates(), vector));
      return this;
    }

    /** Gives the article (title + lead) an embedding. */
    public ArticleBuilder articleEmbedding(float... vector) {
      articleEmbedding = vector;
      return this;
    }

    public AnalyzedArticle build() {
      Article article =
          new Article(
              id, outlet, "https://example.test/" + id, published, title, text.toString(), null);
      return new AnalyzedArticle(article, sentences, titleEntities, articleEmbedding);
    }
  }
}
