package dev.storyline.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The worst pages of an extraction run, for reading failures before tuning: the pages that lost the
 * most gold text (recall) and those that took the most extra text (precision), each with its
 * longest missing or extra runs of words.
 */
final class ExtractFailures {
  private static final int RUNS_SHOWN = 4;
  private static final int RUN_CHARS = 220;

  private ExtractFailures() {}

  static void print(
      Map<String, String> truth, Map<String, String> predicted, int worst, PrintStream out) {
    List<Page> pages = new ArrayList<>();
    truth.forEach(
        (id, gold) -> {
          if (predicted.containsKey(id)) {
            String p = predicted.get(id);
            pages.add(new Page(id, gold, p, ShingleMetric.page(gold, p)));
          }
        });
    out.printf("%nworst %d pages by missing text (recall)%n", worst);
    pages.stream()
        .sorted(Comparator.comparingDouble(Page::recall))
        .limit(worst)
        .forEach(p -> p.show("missing", uncovered(p.gold, p.predicted), out));
    out.printf("%nworst %d pages by extra text (precision)%n", worst);
    pages.stream()
        .sorted(Comparator.comparingDouble(Page::precision))
        .limit(worst)
        .forEach(p -> p.show("extra", uncovered(p.predicted, p.gold), out));
  }

  private record Page(String id, String gold, String predicted, ShingleMetric.Counts c) {
    double recall() {
      return c.tp() + c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fn());
    }

    double precision() {
      return c.tp() + c.fp() == 0 ? (c.fn() > 0 ? 0 : 1) : c.tp() / (c.tp() + c.fp());
    }

    void show(String what, List<String> runs, PrintStream out) {
      out.printf(
          "  %-24s P %.2f R %.2f  gold %d words, ours %d%n",
          id,
          precision(),
          recall(),
          ShingleMetric.tokens(gold).size(),
          ShingleMetric.tokens(predicted).size());
      runs.stream()
          .limit(RUNS_SHOWN)
          .forEach(
              r ->
                  out.printf(
                      "      %s: %s%n",
                      what, r.length() > RUN_CHARS ? r.substring(0, RUN_CHARS) + " …" : r));
    }
  }

  /**
   * Runs of words of {@code text} not covered by a 4-word shingle that {@code other} has too,
   * longest first, each with its word count.
   */
  static List<String> uncovered(String text, String other) {
    List<String> tokens = ShingleMetric.tokens(text);
    List<String> theirs = ShingleMetric.tokens(other);
    Map<List<String>, Integer> available = new HashMap<>();
    for (int i = 0; i + 4 <= theirs.size(); i++) {
      available.merge(theirs.subList(i, i + 4), 1, Integer::sum);
    }
    boolean[] covered = new boolean[tokens.size()];
    for (int i = 0; i + 4 <= tokens.size(); i++) {
      List<String> s = tokens.subList(i, i + 4);
      Integer n = available.get(s);
      if (n != null && n > 0) {
        available.put(s, n - 1);
        for (int k = i; k < i + 4; k++) {
          covered[k] = true;
        }
      }
    }
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (int i = 0; i <= tokens.size(); i++) {
      if (i < tokens.size() && !covered[i]) {
        run.add(tokens.get(i));
      } else if (!run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
    }
    runs.sort(Comparator.comparingInt(r -> -r.size()));
    List<String> out = new ArrayList<>();
    for (List<String> r : runs) {
      out.add("[" + r.size() + "] " + String.join(" ", r));
    }
    return out;
  }
}
