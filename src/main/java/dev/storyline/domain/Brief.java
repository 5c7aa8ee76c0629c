package dev.storyline.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The sections of a story page, in the order of the seed page. Every sentence is a {@link Line}
 * that cites its source sentences. A section with too little material is empty and has an entry in
 * {@code gaps} that says so in plain words.
 *
 * @param storyId the story this brief describes
 * @param headline neutral headline taken from the sources
 * @param whyItMatters one or two sentences stating consequences or significance
 * @param keyPoints three to five non-redundant points
 * @param summary multi-document summary, in time order
 * @param explainer plain-language sentences and glosses of the key actors
 * @param sides attributed stances grouped into named camps
 * @param noise how loud the coverage is, and on what that is based
 * @param forecast forward-looking statements and the disclaimer
 * @param timeline dated milestones of the storyline, newest first
 * @param sources the articles the brief was written from, oldest first
 * @param gaps section key ({@link #SECTIONS}) to a plain message when the section lacks material
 * @param writtenAt when the brief was written
 * @param writer which writer produced it ("extractive" or an LLM name)
 */
public record Brief(
    String storyId,
    Line headline,
    List<Line> whyItMatters,
    List<Line> keyPoints,
    List<Line> summary,
    Explainer explainer,
    List<Camp> sides,
    Noise noise,
    Forecast forecast,
    List<TimelineEntry> timeline,
    List<SourceArticle> sources,
    Map<String, String> gaps,
    Instant writtenAt,
    String writer) {

  /** Section keys in page order. */
  public static final List<String> SECTIONS =
      List.of(
          "headline",
          "why_it_matters",
          "key_points",
          "summary",
          "explainer",
          "sides",
          "noise",
          "forecast",
          "timeline");

  public Brief {
    whyItMatters = List.copyOf(whyItMatters);
    keyPoints = List.copyOf(keyPoints);
    summary = List.copyOf(summary);
    sides = List.copyOf(sides);
    timeline = List.copyOf(timeline);
    sources = List.copyOf(sources);
    gaps = inPageOrder(gaps);
  }

  /**
   * The gaps in page order ({@link #SECTIONS}, any other key after them by name), the same in every
   * run: {@code Map.copyOf} iterates in an order that changes with each JVM, so the API and the
   * eval dumps listed a brief's gaps differently from one start to the next.
   */
  private static Map<String, String> inPageOrder(Map<String, String> gaps) {
    java.util.Comparator<String> page =
        java.util.Comparator.comparingInt(
            (String k) -> SECTIONS.contains(k) ? SECTIONS.indexOf(k) : SECTIONS.size());
    Map<String, String> out = new java.util.TreeMap<>(page.thenComparing(k -> k));
    gaps.forEach(
        (k, v) ->
            out.put(java.util.Objects.requireNonNull(k), java.util.Objects.requireNonNull(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Plain-language explainer: simple sentences and a short gloss of each key actor. */
  public record Explainer(List<Line> lines, List<Gloss> glosses) {
    public Explainer {
      lines = List.copyOf(lines);
      glosses = List.copyOf(glosses);
    }
  }

  /** A short description of an actor ("Harbor Union, the dockworkers' union") from the sources. */
  public record Gloss(String actor, Line line) {}

  /** A named group of stances ("Critics", "Defenders", or a named party). */
  public record Camp(String name, List<Stance> stances) {
    public Camp {
      stances = List.copyOf(stances);
    }
  }

  /**
   * One attributed stance.
   *
   * @param actor who said or argued it, as named in the source
   * @param line the source sentence
   * @param quote the directly quoted words when the source quotes them, else {@code null}
   */
  public record Stance(String actor, Line line, String quote) {}

  /**
   * How loud the coverage is.
   *
   * @param score 0 (quiet) to 100 (very loud)
   * @param label a word for the score ("Quiet", "Moderate", "Loud", "Very loud")
   * @param articles number of articles in the story
   * @param outlets number of distinct outlets
   * @param windowHours hours between first and last article
   * @param basis one or two sentences stating what the score is based on and compared with
   * @param loudButThin true when volume is high and the latest coverage adds few new facts
   */
  public record Noise(
      int score,
      String label,
      int articles,
      int outlets,
      long windowHours,
      String basis,
      boolean loudButThin) {}

  /** Forward-looking statements from the sources, and the disclaimer that ends the section. */
  public record Forecast(List<ForecastItem> items, String disclaimer) {
    public static final String DISCLAIMER =
        "Based on current signals. Events may develop differently.";

    public Forecast {
      items = List.copyOf(items);
    }
  }

  /** One forward-looking statement, with who made it ("analysts at Tidewater Capital") if known. */
  public record ForecastItem(String attribution, Line line) {}

  /**
   * A dated milestone of the storyline.
   *
   * @param date the date (first of month / 1 January for coarser granularity)
   * @param granularity how precise the date is
   * @param label short label of the milestone (a story headline, or the dated fact's subject)
   * @param line the source sentence (or title) it comes from
   * @param storyId the story the milestone belongs to, or {@code null} for a background fact
   * @param background true for a dated background fact found in the text ("In 2019, …")
   */
  public record TimelineEntry(
      java.time.LocalDate date,
      DateGranularity granularity,
      String label,
      Line line,
      String storyId,
      boolean background) {}

  /** A source article of the brief. */
  public record SourceArticle(
      String articleId, String outlet, String title, String url, Instant published) {}
}
