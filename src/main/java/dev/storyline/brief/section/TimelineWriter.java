package dev.storyline.brief.section;

import dev.storyline.brief.text.Boilerplate;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Timeline: one milestone per story of the storyline (its first article's date and headline) and
 * dated background facts from the text ("In 2019, the authority opened the port"): sentences that
 * state something happened at a date well before the article. De-duplicated ({@link SameDateFacts}:
 * one entry per background date), newest first, at most {@value #MAX} entries. Facts of the dates
 * that more articles name come first (the date ranking of the Timeline17 method, {@code
 * eval.timeline.DateRanking}: a date many reports go back to is a milestone, however each words
 * it), then those stated more often, then the newer. {@link dev.storyline.brief.Saga} gathers the
 * milestones and facts of the storyline as it stood at a story's latest article; this class chooses
 * among them.
 */
public final class TimelineWriter {
  static final int MAX = 12;
  public static final int MAX_MILESTONES = 8;
  static final int BACKGROUND_DAYS = 30;

  private TimelineWriter() {}

  /** The timeline from the newest milestones and the background facts, milestones unembedded. */
  public static List<TimelineEntry> write(List<TimelineEntry> milestones, List<Fact> facts) {
    return write(milestones, Map.of(), facts);
  }

  /**
   * The timeline from the newest milestones and the background facts.
   *
   * @param milestones at most {@value #MAX_MILESTONES} milestones, newest first
   * @param cores each milestone story's title and lead embedding ({@code SagaStory.core}) by its
   *     story id; a milestone without one is compared by its words alone
   * @param facts background fact candidates of the storyline's articles, oldest article first
   */
  public static List<TimelineEntry> write(
      List<TimelineEntry> milestones, Map<String, float[]> cores, List<Fact> facts) {
    // a story whose headline is page furniture (a caption, a chat invitation: no title and no lead
    // that reads as one) is no milestone of the saga
    List<TimelineEntry> real =
        milestones.stream().filter(m -> !Boilerplate.isFurniture(m.line().text())).toList();
    List<TimelineEntry> kept =
        new ArrayList<>(real.subList(0, Math.min(MAX_MILESTONES, real.size())));
    List<TimelineEntry> shown = List.copyOf(kept);
    // before folding by date: a date's other statements stay when a milestone tells one of them
    List<Fact> untold =
        facts.stream()
            .filter(
                f ->
                    shown.stream()
                        .noneMatch(m -> MilestoneTells.tells(f, m, cores.get(m.storyId()))))
            .toList();
    ranked(untold).stream().limit(MAX - kept.size()).forEach(kept::add);
    kept.sort(
        Comparator.comparing(TimelineEntry::date)
            .reversed()
            .thenComparing(TimelineEntry::background));
    return List.copyOf(kept);
  }

  /** The de-duplicated background facts in the order the timeline takes them, best first. */
  static List<TimelineEntry> ranked(List<Fact> facts) {
    Map<String, java.util.Set<String>> naming = new HashMap<>();
    facts.forEach(
        f ->
            naming
                .computeIfAbsent(day(f.entry()), k -> new java.util.HashSet<>())
                .add(f.entry().line().refs().get(0).articleId()));
    return SameDateFacts.dedupe(facts).stream()
        .sorted(
            Comparator.comparingInt((Supported f) -> naming.get(day(f.entry())).size())
                .thenComparingInt(Supported::support)
                .reversed()
                .thenComparing(f -> f.entry().date(), Comparator.reverseOrder()))
        .map(Supported::entry)
        .toList();
  }

  /** A fact's date and granularity, the key under which articles name the same time. */
  static String day(TimelineEntry e) {
    return e.date() + "/" + e.granularity();
  }

  /** The milestone of a story: its first article's date and its headline. */
  public static TimelineEntry milestone(String storyId, LocalDate first, Line headline) {
    return new TimelineEntry(first, DateGranularity.DAY, headline.text(), headline, storyId, false);
  }

  /** A background fact with its content words (to de-duplicate) and its sentence's embedding. */
  public record Fact(TimelineEntry entry, List<String> terms, float[] embedding) {
    /** A fact whose sentence has no embedding. */
    public Fact(TimelineEntry entry, List<String> terms) {
      this(entry, terms, new float[0]);
    }
  }

  /** A background fact and how many articles stated it. */
  record Supported(TimelineEntry entry, int support) {}

  /** Finds dated background facts ({@link SameDateFacts} folds them by date). */
  public static final class BackgroundFacts {
    /**
     * A sentence less similar than this to its own article's title and lead (embedding cosine) is
     * about something else: a roundup page's other items ("…the hoard of Anglo-Saxon gold…" on an
     * earthquake page), not background to its story.
     */
    static final double OFF_ARTICLE = 0.2;

    private BackgroundFacts() {}

    /** The background fact candidates of one article, in sentence order. */
    public static List<Fact> of(AnalyzedArticle a) {
      List<Fact> found = new ArrayList<>();
      LocalDate published = LocalDate.ofInstant(a.article().published(), ZoneOffset.UTC);
      for (AnalyzedSentence s : a.sentences()) {
        TimelineEntry e = entry(a, s, published);
        if (e != null && !offArticle(a, s)) {
          found.add(new Fact(e, Vectorizer.terms(e.line().text()), s.embedding()));
        }
      }
      return found;
    }

    /** True when both embeddings are known and the sentence is far from its article's lead. */
    static boolean offArticle(AnalyzedArticle a, AnalyzedSentence s) {
      double c = TextVector.cosine(a.embedding(), s.embedding());
      return !Double.isNaN(c) && c < OFF_ARTICLE;
    }

    private static TimelineEntry entry(AnalyzedArticle a, AnalyzedSentence s, LocalDate pub) {
      DateMention d = eventDate(dating(s), pub);
      if (d == null) {
        return null;
      }
      String text = Trimmer.trim(s.text());
      int words = Vectorizer.words(text).size();
      if (words < 6
          || words > 60
          || !CueLexicon.pastTense(text)
          || CueLexicon.score(CueLexicon.FORWARD, text) >= 1
          || Boilerplate.isFurniture(text)
          || Boilerplate.firstPerson(text)
          || dev.storyline.brief.text.StorySentence.opensPointingBack(text)) { // "I told…", "It…"
        return null;
      }
      Line line = Line.of(text, new SourceRef(a.id(), s.index()));
      return new TimelineEntry(d.date(), d.granularity(), label(s, d), line, null, true);
    }

    /**
     * The sentence's dates but those it measures from ("the first strike since 1998", "on the
     * anniversary of last year's handover": the event is the news, the date only the comparison).
     */
    static List<DateMention> dating(AnalyzedSentence s) {
      return s.dates().stream()
          .filter(
              d ->
                  !SINCE.matcher(s.text().substring(0, Math.max(0, d.start()))).find()
                      && !d.text().toLowerCase(java.util.Locale.ROOT).startsWith("since"))
          .toList();
    }

    private static final java.util.regex.Pattern SINCE =
        java.util.regex.Pattern.compile("(?i)\\b(?:since|anniversary of)\\s+$");

    /**
     * The background date that dates the sentence's event, or null: the most precise of its
     * background dates (an explicit day before a month or a year). A month or a year mentioned in
     * passing does not date a sentence that also names a day of the article's own time ("On Friday
     * the leaders, elected in 2016, met again"): its event is the article's news.
     */
    static DateMention eventDate(List<DateMention> dates, LocalDate published) {
      DateMention best = null;
      boolean current = false;
      for (DateMention d : dates) {
        if (background(d, published)) {
          if (best == null || d.granularity().ordinal() < best.granularity().ordinal()) {
            best = d;
          }
        } else if (d.granularity() == DateGranularity.DAY) {
          current = true;
        }
      }
      boolean passing = best != null && best.granularity() != DateGranularity.DAY && current;
      return passing ? null : best;
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
  }
}
