package dev.storyline.web.page;

import dev.storyline.store.Coverage;
import dev.storyline.store.Lean;
import dev.storyline.web.CoverageProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A coverage balance bar, formatted: one segment per lean (SVG geometry in a {@code 0 0 100 8}
 * viewBox, so no inline style is needed under the Content-Security-Policy), its label, count, share
 * and outlets, and the Blindspot mark in words.
 *
 * @param segments segments left to right
 * @param outlets number of outlets
 * @param summary one line for screen readers and the bar's label ("3 outlets: Left 1 (33%), ...")
 * @param blindspot the mark, or {@code null}
 */
public record CoverageView(
    List<Segment> segments, int outlets, String summary, BlindspotView blindspot) {

  /** The statement every bar carries: leans are the operator's, not Storyline's. */
  public static final String ATTRIBUTION = "Leans as set by this site's operator.";

  public CoverageView {
    segments = List.copyOf(segments);
  }

  /**
   * One lean's segment.
   *
   * @param key CSS modifier ({@code lean-left}, {@code lean-lean_left}, ...)
   * @param label the lean's name
   * @param count outlets
   * @param percent share in whole percent
   * @param outlets the outlets' names, comma-separated
   * @param x where the segment starts (0..100)
   * @param width its width (0..100)
   */
  public record Segment(
      String key, String label, int count, int percent, String outlets, String x, String width) {}

  /**
   * The Blindspot mark.
   *
   * @param side "left" or "right": the side that covered the story
   * @param title "Blindspot"
   * @param text what it means for this story
   */
  public record BlindspotView(String side, String title, String text) {}

  static CoverageView of(Coverage c, CoverageProperties props) {
    List<Segment> segments = new ArrayList<>();
    double x = 0;
    List<String> words = new ArrayList<>();
    for (Coverage.Part p : c.parts()) {
      double width = p.share() * 100;
      int percent = (int) Math.round(p.share() * 100);
      String label = props.label(p.lean());
      segments.add(
          new Segment(
              "lean-" + p.lean().key(),
              label,
              p.count(),
              percent,
              String.join(", ", p.outlets()),
              fmt(x),
              fmt(width)));
      words.add(label + " " + p.count() + " (" + percent + "%)");
      x += width;
    }
    String summary =
        c.outlets()
            + (c.outlets() == 1 ? " outlet" : " outlets")
            + " by lean: "
            + String.join(", ", words);
    return new CoverageView(segments, c.outlets(), summary, blindspot(c.blindspot(), props));
  }

  private static BlindspotView blindspot(Coverage.Blindspot b, CoverageProperties props) {
    if (b == null) {
      return null;
    }
    boolean left = b.coveredBy() < 0;
    String covering =
        left
            ? props.label(Lean.LEFT)
                + " and "
                + props.label(Lean.LEAN_LEFT).toLowerCase(Locale.ROOT)
            : props.label(Lean.LEAN_RIGHT)
                + " and "
                + props.label(Lean.RIGHT).toLowerCase(Locale.ROOT);
    return new BlindspotView(
        left ? "left" : "right",
        "Blindspot",
        "Covered mostly by "
            + covering.toLowerCase(Locale.ROOT)
            + " outlets ("
            + b.count()
            + " of "
            + b.of()
            + " with a known lean): readers of the other side may not have seen it.");
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
