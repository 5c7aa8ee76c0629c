package dev.storyline.brief.section;

import dev.storyline.domain.StoryMaterial.Coverage;

/** The plain sentence that states what a noise score is based on; figures only, no claims. */
final class NoiseBasis {
  private NoiseBasis() {}

  static String of(
      int articles,
      long outlets,
      long hours,
      Coverage coverage,
      NoiseLevel.Typical typical,
      double storylineMedian,
      NoiseLevel.Substance substance) {
    StringBuilder b = new StringBuilder();
    b.append(plural(articles, "article")).append(" from ").append(plural(outlets, "outlet"));
    b.append(' ').append(window(hours));
    if (coverage != null && coverage.stories() > 0) {
      b.append("; a typical story here has ").append(plural(typical.articles(), "article"));
      b.append(" (90th percentile ").append(number(typical.p90())).append(").");
    } else {
      b.append("; there are no other stories to compare with yet.");
    }
    if (storylineMedian > 0) {
      b.append(" Earlier stories in this storyline had a median of ")
          .append(plural(storylineMedian, "article"))
          .append('.');
    }
    if (substance.checked() > 0) {
      b.append(' ').append(freshness(substance.fresh(), substance.checked()));
    }
    return b.toString();
  }

  private static String freshness(int fresh, int checked) {
    if (checked == 1) {
      return fresh == 1
          ? "The latest sentence adds new facts."
          : "The latest sentence adds no new facts.";
    }
    String count = fresh == checked ? "All " + checked : fresh + " of the " + checked;
    return count + " latest sentences " + (fresh == 1 ? "adds" : "add") + " new facts.";
  }

  private static String window(long hours) {
    if (hours < 1) {
      return "within an hour";
    }
    if (hours < 72) {
      return "in " + plural(hours, "hour");
    }
    return "over " + plural(Math.round(hours / 24.0), "day");
  }

  static String plural(double n, String noun) {
    return number(n) + " " + noun + (n == 1 ? "" : "s");
  }

  static String number(double n) {
    return n == Math.rint(n)
        ? Long.toString((long) n)
        : String.format(java.util.Locale.ROOT, "%.1f", n);
  }
}
