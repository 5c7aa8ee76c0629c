package dev.storyline.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** The table {@code eval pages} prints ({@link PagesReport}): its figures laid out for a reader. */
final class PagesTable {

  private PagesTable() {}

  /** Prints a run's figures: one row per section, then headlines, storylines, sides and noise. */
  static void print(PagesReport.Result r, PrintStream out) {
    Map<String, Double> f = r.figures();
    out.printf(
        Locale.ROOT,
        "pages             %.0f (basil + Timeline17 imported together)%n",
        f.get("pages"));
    out.printf(
        Locale.ROOT,
        "%-11s %7s %9s %9s %11s %7s %9s %9s %9s%n",
        "section",
        "lines",
        "off-topic",
        "repeated",
        "boilerplate",
        "cut",
        "context",
        "after",
        "outside");
    r.checks()
        .sections()
        .forEach(
            (name, c) -> {
              boolean t = name.equals("timeline");
              out.printf(
                  Locale.ROOT,
                  "%-11s %7d %9s %9s %11s %7s %9s %9s %9s%n",
                  name,
                  c.lines,
                  t ? "-" : pct(c.offTopic, c.lines),
                  t ? pct(c.sameDate, c.lines) : pct(c.repeated, c.lines),
                  t ? "-" : pct(c.boilerplate, c.lines),
                  t ? "-" : pct(c.cut, c.lines),
                  t ? "-" : pct(c.context, c.lines),
                  t ? pct(c.after, c.lines) : "-",
                  t ? pct(c.outside, c.lines) : "-");
            });
    out.printf(
        Locale.ROOT,
        "headlines         bad %.1f %%, shared with another page %.1f %%; pages with a repeat"
            + " %.1f %%%n",
        100 * f.get("headline_bad"),
        100 * f.get("headline_shared"),
        100 * f.get("pages_with_repeat"));
    out.printf(
        Locale.ROOT,
        "site lines        %.0f page lines (timeline included) on %.1f %% of pages are lines their"
            + " site printed on %d days or more%n",
        f.get("site_lines_shown"),
        100 * f.get("pages_with_site_lines"),
        dev.storyline.analyze.sentence.SiteLines.DAYS);
    out.printf(
        Locale.ROOT,
        "storylines        %.0f; purity %.3f; BCubed P/R/F1 %.3f / %.3f / %.3f; mixing both sets"
            + " %.0f; spanning > 1 year %.0f; largest %.0f articles; longest %.0f days%n",
        f.get("storylines"),
        f.get("storyline_purity"),
        f.get("storyline_bcubed_p"),
        f.get("storyline_bcubed_r"),
        f.get("storyline_bcubed_f1"),
        f.get("storyline_mixed_sets"),
        f.get("storyline_over_a_year"),
        f.get("storyline_largest_articles"),
        f.get("storyline_longest_days"));
    if (f.containsKey("sides_judged")) {
      out.printf(
          Locale.ROOT,
          "sides (basil)     side accuracy %.3f of %.0f judged; speaker accuracy %.3f of %.0f"
              + " judged (%.3f crediting a party group label to a member of that party);"
              + " pages citing more than one relative stance %.3f%n",
          f.get("sides_side_accuracy"),
          f.get("sides_judged"),
          f.get("sides_speaker_accuracy"),
          f.get("sides_speaker_judged"),
          f.get("sides_speaker_accuracy_party"),
          f.get("sides_balance"));
    }
    out.printf(
        Locale.ROOT,
        "noise             Spearman(score, articles) %.3f; stories of <= 3 articles above the"
            + " median score of stories of >= 20: %.0f%n",
        f.get("noise_spearman"),
        f.get("noise_small_above_big_median"));
  }

  private static String pct(int a, int n) {
    return n == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * a / n);
  }
}
