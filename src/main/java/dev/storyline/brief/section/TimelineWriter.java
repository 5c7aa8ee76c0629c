package dev.storyline.brief.section;

import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.TextVector;
import dev.storyline.brief.text.Trimmer;
import dev.storyline.brief.text.Vectorizer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.DateMention;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Timeline: one milestone per story of the storyline (its first article's date and headline) and
 * dated background facts from the text ("In 2019, the authority opened the port"): sentences that
 * state something happened at a date well before the article. De-duplicated, newest first, at most
 * {@value #MAX} entries.
 */
public final class TimelineWriter {
  static final int MAX = 12;
  static final int MAX_MILESTONES = 8;
  static final int BACKGROUND_DAYS = 30;

  private TimelineWriter() {}

  public static List<TimelineEntry> write(StoryMaterial material) {
    List<StoryThread> threads = threads(material);
    List<TimelineEntry> milestones = new ArrayList<>();
    for (StoryThread t : threads) {
      if (!t.articles().isEmpty()) {
        milestones.add(milestone(t));
      }
    }
    milestones.sort(Comparator.comparing(TimelineEntry::date).reversed());
    List<TimelineEntry> kept =
        new ArrayList<>(milestones.subList(0, Math.min(MAX_MILESTONES, milestones.size())));
    List<Fact> facts = BackgroundFacts.find(articles(threads));
    facts.stream()
        .sorted(
            Comparator.comparingInt(Fact::support)
                .reversed()
                .thenComparing(f -> f.entry().date(), Comparator.reverseOrder()))
        .limit(MAX - kept.size())
        .forEach(f -> kept.add(f.entry()));
    kept.sort(
        Comparator.comparing(TimelineEntry::date)
            .reversed()
            .thenComparing(TimelineEntry::background));
    return List.copyOf(kept);
  }

  private static List<StoryThread> threads(StoryMaterial material) {
    List<StoryThread> threads = new ArrayList<>(material.storyline());
    boolean present = threads.stream().anyMatch(t -> t.storyId().equals(material.storyId()));
    if (!present) {
      threads.add(new StoryThread(material.storyId(), material.articles()));
    }
    return threads;
  }

  private static TimelineEntry milestone(StoryThread t) {
    AnalyzedArticle first =
        t.articles().stream()
            .min(Comparator.comparing((AnalyzedArticle a) -> a.article().published()))
            .orElseThrow();
    Line headline = HeadlineWriter.write(t.articles());
    LocalDate date = LocalDate.ofInstant(first.article().published(), ZoneOffset.UTC);
    return new TimelineEntry(
        date, DateGranularity.DAY, headline.text(), headline, t.storyId(), false);
  }

  private static List<AnalyzedArticle> articles(List<StoryThread> threads) {
    Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
    threads.forEach(t -> t.articles().forEach(a -> byId.putIfAbsent(a.id(), a)));
    List<AnalyzedArticle> out = new ArrayList<>(byId.values());
    out.sort(Comparator.comparing(a -> a.article().published()));
    return out;
  }

  /** A background fact and how many articles stated it. */
  record Fact(TimelineEntry entry, int support) {}

  /** Finds and de-duplicates dated background facts. */
  static final class BackgroundFacts {
    private BackgroundFacts() {}

    static List<Fact> find(List<AnalyzedArticle> articles) {
      List<TimelineEntry> found = new ArrayList<>();
      for (AnalyzedArticle a : articles) {
        LocalDate published = LocalDate.ofInstant(a.article().published(), ZoneOffset.UTC);
        for (AnalyzedSentence s : a.sentences()) {
          TimelineEntry e = entry(a, s, published);
          if (e != null) {
            found.add(e);
          }
        }
      }
      return dedupe(found);
    }

    private static TimelineEntry entry(AnalyzedArticle a, AnalyzedSentence s, LocalDate pub) {
      if (s.dates().stream().noneMatch(d -> background(d, pub))) {
        return null;
      }
      String text = Trimmer.trim(s.text());
      int words = Vectorizer.words(text).size();
      if (words < 6
          || words > 60
          || !CueLexicon.pastTense(text)
          || CueLexicon.score(CueLexicon.FORWARD, text) >= 1) {
        return null;
      }
      for (DateMention d : s.dates()) {
        if (background(d, pub)) {
          Line line = Line.of(text, new SourceRef(a.id(), s.index()));
          return new TimelineEntry(d.date(), d.granularity(), label(s, d), line, null, true);
        }
      }
      return null;
    }

    static boolean background(DateMention d, LocalDate published) {
      return switch (d.granularity()) {
        case DAY -> d.date().isBefore(published.minusDays(BACKGROUND_DAYS));
        case MONTH -> d.date().isBefore(published.withDayOfMonth(1));
        case YEAR -> d.date().getYear() < published.getYear();
      };
    }

    /**
     * The first named entity that is not part of the date expression, else none: the date is shown
     * beside the entry already, so a phrase such as "last year" would only repeat it as a heading.
     */
    private static String label(AnalyzedSentence s, DateMention d) {
      for (EntityMention m : s.entities()) {
        if (m.end() <= d.start() || m.start() >= d.end()) {
          return m.text().strip();
        }
      }
      return "";
    }

    private static List<Fact> dedupe(List<TimelineEntry> found) {
      List<TimelineEntry> kept = new ArrayList<>();
      List<Integer> support = new ArrayList<>();
      List<TextVector> vectors =
          Vectorizer.lexical(found.stream().map(e -> e.line().text()).toList());
      List<TextVector> keptVectors = new ArrayList<>();
      outer:
      for (int i = 0; i < found.size(); i++) {
        TimelineEntry e = found.get(i);
        for (int j = 0; j < kept.size(); j++) {
          TimelineEntry k = kept.get(j);
          if (k.date().equals(e.date())
              && k.granularity() == e.granularity()
              && vectors.get(i).dot(keptVectors.get(j)) >= 0.4) {
            support.set(j, support.get(j) + 1);
            continue outer;
          }
        }
        kept.add(e);
        keptVectors.add(vectors.get(i));
        support.add(1);
      }
      List<Fact> out = new ArrayList<>();
      for (int j = 0; j < kept.size(); j++) {
        out.add(new Fact(kept.get(j), support.get(j)));
      }
      return out;
    }
  }
}
