package dev.storyline.web.page;

import java.util.List;
import java.util.Map;

/**
 * Everything a story page shows, formatted, in the seed page's order. Built by {@link
 * StoryViewBuilder}.
 *
 * @param card the story's card
 * @param headline the brief's headline with its links
 * @param whyItMatters Why It Matters lines
 * @param keyPoints Key Points
 * @param summary summary lines, in time order
 * @param explainer plain-language explainer lines
 * @param glosses glosses of the key actors
 * @param sides camps of attributed stances
 * @param noise noise level, or {@code null} when the brief has none
 * @param forecast forward-looking statements
 * @param disclaimer the line that ends the forecast
 * @param timeline milestones, newest first
 * @param sources numbered sources
 * @param gaps section key to a plain message for sections without material
 * @param storylineTitle title of the storyline
 * @param storylineUrl URL of the storyline page
 * @param siblings the storyline's other stories, oldest first
 * @param written when the brief was written (UTC)
 * @param writer who wrote the brief and which sections an LLM wrote and were checked
 */
public record StoryView(
    CardView card,
    LineView headline,
    List<LineView> whyItMatters,
    List<LineView> keyPoints,
    List<LineView> summary,
    List<LineView> explainer,
    List<GlossView> glosses,
    List<CampView> sides,
    NoiseView noise,
    List<ForecastView> forecast,
    String disclaimer,
    List<TimelineView> timeline,
    List<SourceItem> sources,
    Map<String, String> gaps,
    String storylineTitle,
    String storylineUrl,
    List<CardView> siblings,
    String written,
    WriterMark writer) {

  /** The plain message for a section without material, or {@code null}. */
  public String gap(String section) {
    return gaps.get(section);
  }

  /** True when an LLM wrote the section and its sentences were checked against the sources. */
  public boolean checked(String section) {
    return writer != null && writer.checked(section);
  }

  /** A gloss of a key actor ("Harbor Union: the dockworkers' union …"). */
  public record GlossView(String actor, LineView line) {}

  /** A named camp and its stances. */
  public record CampView(String name, List<StanceView> stances) {}

  /**
   * One attributed stance.
   *
   * @param actor who holds it
   * @param quote directly quoted words, or {@code null} when the source does not quote them
   * @param line the source sentence with its links
   */
  public record StanceView(String actor, String quote, LineView line) {}

  /**
   * The noise level section.
   *
   * @param gauge the gauge
   * @param articles number of articles
   * @param outlets number of distinct outlets
   * @param windowHours hours between first and last article
   * @param basis what the score is based on
   * @param loudButThin whether volume is high but the latest coverage adds few new facts
   */
  public record NoiseView(
      Gauge gauge, int articles, int outlets, long windowHours, String basis, boolean loudButThin) {

    /** "3 articles from 2 outlets over 9 hours", with singulars where the count is one. */
    public String figures() {
      return plural(articles, "article")
          + " from "
          + plural(outlets, "outlet")
          + " over "
          + plural(windowHours, "hour");
    }

    private static String plural(long n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }
  }

  /** A forward-looking statement and who made it ({@code null} when unknown). */
  public record ForecastView(String attribution, LineView line) {}

  /**
   * A timeline milestone.
   *
   * @param date the date as precise as known ("24 Nov 2026", "Mar 2021", "2019")
   * @param dateIso machine-readable date
   * @param label short label
   * @param url story page of the milestone, or {@code null} for a background fact
   * @param current true when the milestone is the story being shown
   * @param background true for a dated background fact
   * @param line the source sentence with its links
   */
  public record TimelineView(
      String date,
      String dateIso,
      String label,
      String url,
      boolean current,
      boolean background,
      LineView line) {

    /**
     * True when the milestone's source sentence says no more than its label (a story's headline
     * chosen from that very sentence, or a title the same as it): the label then carries the
     * sentence's source links and the sentence is not shown a second time under it.
     */
    public boolean labelSaysIt() {
      return label != null && line != null && plain(label).equals(plain(line.text()));
    }

    /** Letters and digits only, lower case (no regular expression: it runs on every render). */
    private static String plain(String s) {
      StringBuilder out = new StringBuilder(s.length());
      s.codePoints()
          .filter(Character::isLetterOrDigit)
          .map(Character::toLowerCase)
          .forEach(out::appendCodePoint);
      return out.toString();
    }
  }
}
