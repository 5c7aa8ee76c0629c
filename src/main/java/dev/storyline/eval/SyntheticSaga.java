package dev.storyline.eval;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.DateMention;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * An invented, already analysed saga for speed and consistency checks that need a storyline longer
 * than real data gives: the harbour of Velmar, its authority, its union and a long dispute, one
 * event per story. Each article has about {@value #SENTENCES} sentences of the kinds the brief
 * writers look for (leads, forecasts with future dates, past-tense reports that settle them, dated
 * background, attributed quotes, figures), with their named entities and dates, and word-hashing
 * vectors standing in for sentence embeddings (similar words, similar vectors). Deterministic for a
 * seed; no model is loaded. Written for this project.
 */
public final class SyntheticSaga {
  /** Sentences per article, about. */
  static final int SENTENCES = 24;

  private static final int DIMENSION = 384;

  private static final String[] WORKS = {
    "the north terminal", "the ferry pier", "the grain silo", "the dredging contract",
    "the container yard", "the fuel depot", "the night shift", "the customs gate",
    "the pilot station", "the dry dock", "the rail spur", "the fish market"
  };
  private static final String[][] VERBS = {
    {"reopen", "reopened"}, {"close", "closed"}, {"expand", "expanded"}, {"sell", "sold"},
    {"rebuild", "rebuilt"}, {"inspect", "inspected"}, {"fund", "funded"}, {"lease", "leased"}
  };
  private static final String[] PEOPLE = {
    "Ana Ruiz", "Tomas Brenn", "Ilse Varga", "Jonah Okoro", "Mira Solt", "Pavel Dorn"
  };
  private static final String[] OUTLETS = {
    "Velmar Courier", "Harbour Ledger", "Coast Wire", "Northern Tribune", "Island Post"
  };

  private final long seed;

  public SyntheticSaga(long seed) {
    this.seed = seed;
  }

  /** Article {@code index} of story {@code story}, published at {@code published}. */
  public AnalyzedArticle article(int story, int index, Instant published) {
    Random r = new Random(seed * 1_000_003L + story * 1_009L + index);
    String work = WORKS[Math.floorMod(story, WORKS.length)];
    String[] verb = VERBS[Math.floorMod(story * 7 + 3, VERBS.length)];
    String person = PEOPLE[r.nextInt(PEOPLE.length)];
    LocalDate day = LocalDate.ofInstant(published, ZoneOffset.UTC);
    String id = "syn-" + story + "-" + index;
    List<AnalyzedSentence> sentences = new ArrayList<>();
    Sentence lead = new Sentence();
    lead.name("The Velmar Harbour Authority", "velmar harbour authority", EntityKind.ORGANIZATION)
        .text(" " + verb[1] + " " + work + " on ")
        .date(day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ROOT), day)
        .text(" after " + (3 + r.nextInt(40)) + " days of talks with the dock workers' union.");
    sentences.add(lead.build(0));
    for (int i = 1; i < SENTENCES; i++) {
      sentences.add(sentence(r, i, story, work, verb, person, day));
    }
    String title =
        "Velmar authority " + verb[1] + " " + work.replace("the ", "") + " (" + story + ")";
    StringBuilder body = new StringBuilder();
    List<AnalyzedSentence> placed = new ArrayList<>();
    for (AnalyzedSentence s : sentences) {
      if (body.length() > 0) {
        body.append(' ');
      }
      int start = body.length();
      body.append(s.text());
      placed.add(
          new AnalyzedSentence(
              s.index(), start, body.length(), s.text(), s.entities(), s.dates(), s.embedding()));
    }
    Article article =
        new Article(
            id,
            OUTLETS[Math.floorMod(story + index, OUTLETS.length)],
            "https://example.org/velmar/" + id,
            published,
            title,
            body.toString(),
            Map.of());
    List<EntityMention> titleEntities =
        List.of(new EntityMention("Velmar", "velmar", EntityKind.PLACE, 0, 6));
    return new AnalyzedArticle(article, placed, titleEntities, vector(title + " " + lead.text));
  }

  private static AnalyzedSentence sentence(
      Random r, int i, int story, String work, String[] verb, String person, LocalDate day) {
    Sentence s = new Sentence();
    switch (r.nextInt(6)) {
      case 0 -> {
        LocalDate when = day.plusMonths(1 + r.nextInt(5)).withDayOfMonth(1);
        s.name("The authority", "velmar harbour authority", EntityKind.ORGANIZATION)
            .text(" will " + verb[0] + " " + WORKS[r.nextInt(WORKS.length)] + " in ")
            .date(when.getMonth().getDisplayName(TextStyle.FULL, Locale.ROOT), when, true)
            .text(", officials expect.");
      }
      case 1 -> {
        LocalDate when = day.minusYears(2 + r.nextInt(20)).withDayOfYear(1);
        s.text("In ")
            .date(String.valueOf(when.getYear()), when, false)
            .text(", ")
            .name("the authority", "velmar harbour authority", EntityKind.ORGANIZATION)
            .text(" built " + WORKS[r.nextInt(WORKS.length)] + " for the fishing fleet.");
      }
      case 2 ->
          s.text("\"We will not accept another delay at " + work + ",\" said ")
              .name(person, person.toLowerCase(Locale.ROOT), EntityKind.PERSON)
              .text(", who speaks for the union.");
      case 3 ->
          s.name("The union", "dock workers' union", EntityKind.ORGANIZATION)
              .text(
                  " "
                      + VERBS[r.nextInt(VERBS.length)][1]
                      + " "
                      + WORKS[r.nextInt(WORKS.length)]
                      + " after "
                      + (2 + r.nextInt(90))
                      + " members voted in story "
                      + story
                      + ".");
      case 4 ->
          s.text("Traffic through ")
              .name("Velmar", "velmar", EntityKind.PLACE)
              .text(
                  " fell by "
                      + (1 + r.nextInt(30))
                      + " percent while "
                      + work
                      + " was shut, port figures showed.");
      default ->
          s.text("Ships waited " + (1 + r.nextInt(9)) + " days outside ")
              .name("Velmar", "velmar", EntityKind.PLACE)
              .text(" as crews " + verb[1] + " " + WORKS[r.nextInt(WORKS.length)] + ".");
    }
    return s.build(i);
  }

  /** A unit vector of the text's words hashed into {@value #DIMENSION} dimensions. */
  public static float[] vector(String text) {
    float[] v = new float[DIMENSION];
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        int h = w.hashCode() * 0x9E3779B1;
        v[Math.floorMod(h, DIMENSION)] += (h & 0x10000) == 0 ? 1 : -1;
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      v[0] = 1;
      return v;
    }
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (v[i] / Math.sqrt(norm));
    }
    return v;
  }

  /** Builds a sentence with the offsets of its names and dates. */
  private static final class Sentence {
    private final StringBuilder text = new StringBuilder();
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();

    Sentence text(String s) {
      text.append(s);
      return this;
    }

    Sentence name(String s, String key, EntityKind kind) {
      entities.add(new EntityMention(s, key, kind, text.length(), text.length() + s.length()));
      return text(s);
    }

    Sentence date(String s, LocalDate day) {
      dates.add(
          new DateMention(s, text.length(), text.length() + s.length(), day, DateGranularity.DAY));
      return text(s);
    }

    Sentence date(String s, LocalDate when, boolean month) {
      dates.add(
          new DateMention(
              s,
              text.length(),
              text.length() + s.length(),
              when,
              month ? DateGranularity.MONTH : DateGranularity.YEAR));
      return text(s);
    }

    AnalyzedSentence build(int index) {
      String t = text.toString();
      return new AnalyzedSentence(index, 0, t.length(), t, entities, dates, vector(t));
    }
  }
}
