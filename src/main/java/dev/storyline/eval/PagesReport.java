package dev.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.domain.Article;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs {@code eval pages} and prints its table; the figures feed the floors of the build. */
final class PagesReport {
  private PagesReport() {}

  /** Every figure of a run by name (shares 0..1, counts, correlations), in table order. */
  record Result(
      Map<String, Double> figures, PageChecks checks, BasilSides sides, PagesEval.Run run) {}

  /** One JSON line per page: story, storyline, gold labels of its articles, and the brief. */
  private static void writePages(Result r, Path file, ObjectMapper json) throws IOException {
    try (java.io.BufferedWriter w = java.nio.file.Files.newBufferedWriter(file)) {
      for (PagesEval.Page p : r.run().pages()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("story", p.storyId());
        row.put("storyline", p.storylineId());
        row.put("articles", p.articles().size());
        row.put(
            "gold", p.articles().stream().map(a -> r.run().gold().get(a.id())).distinct().toList());
        row.put("brief", BriefJson.of(p.brief()));
        w.write(json.writeValueAsString(row));
        w.newLine();
      }
    }
  }

  static int run(Map<String, String> opts, Toolkit toolkit, PrintStream out) throws IOException {
    Path data = Path.of(opts.getOrDefault("data", "../shared/data"));
    Path cache = Path.of(opts.getOrDefault("cache", "target/eval-cache"));
    Set<String> topics =
        opts.containsKey("topics") ? Set.of(Options.require(opts, "topics").split(",")) : null;
    Embedder embedder = toolkit.embedder().get();
    PagesEval eval =
        new PagesEval(
            toolkit.analyzer().apply(embedder, true),
            toolkit.stories(),
            toolkit.storylines(),
            toolkit.repair(),
            toolkit.briefs(),
            cache,
            toolkit.json());
    Result r = measure(eval, data, topics, toolkit.json());
    print(r, out);
    if (opts.containsKey("pages")) {
      writePages(r, Path.of(opts.get("pages")), toolkit.json());
      out.println("pages written     " + opts.get("pages"));
    }
    if (opts.containsKey("examples")) {
      java.nio.file.Files.write(Path.of(opts.get("examples")), examples(r));
      out.println("examples          " + opts.get("examples"));
    }
    return 0;
  }

  /** Reads basil and Timeline17 (only the named topics when {@code topics} is set) and measures. */
  static Result measure(PagesEval eval, Path data, Set<String> topics, ObjectMapper json)
      throws IOException {
    Map<String, List<Article>> streams = new LinkedHashMap<>();
    streams.put("basil", StreamFile.read(data.resolve("streams/basil.jsonl.gz"), json));
    List<Article> t17 = StreamFile.read(data.resolve("streams/timeline17.jsonl.gz"), json);
    if (topics != null) {
      t17 = t17.stream().filter(a -> topics.contains(StreamFile.gold(a))).toList();
    }
    streams.put(
        topics == null
            ? "timeline17"
            : "timeline17-" + String.join("-", new java.util.TreeSet<>(topics)),
        t17);
    PagesEval.Run run = eval.run(streams);
    PageChecks checks = new PageChecks();
    checks.siteLines.keys(PageSiteLines.of(run.articles().values()));
    BasilSides sides = BasilSides.read(data.resolve("basil"), json);
    for (PagesEval.Page p : run.pages()) {
      checks.check(p, run.gold(), run.articles());
      if (sides != null) {
        sides.check(p, run.articles());
      }
    }
    return new Result(figures(run, checks, sides), checks, sides, run);
  }

  private static Map<String, Double> figures(
      PagesEval.Run run, PageChecks checks, BasilSides sides) {
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("pages", (double) checks.pages());
    checks
        .sections()
        .forEach(
            (name, c) -> {
              double n = Math.max(1, c.lines);
              f.put(name + "_lines", (double) c.lines);
              f.put(name + "_off_topic", c.offTopic / n);
              f.put(name + "_repeated", c.repeated / n);
              f.put(name + "_boilerplate", c.boilerplate / n);
              f.put(name + "_cut", c.cut / n);
              f.put(name + "_context", c.context / n);
              if (name.equals("timeline")) {
                f.put("timeline_after_story", c.after / n);
                f.put("timeline_outside_saga", c.outside / n);
                f.put("timeline_same_date", c.sameDate / n);
              }
            });
    f.put("headline_bad", checks.badHeadlines() / (double) Math.max(1, checks.pages()));
    f.put("headline_shared", checks.sharedHeadlines() / (double) Math.max(1, checks.pages()));
    f.put("pages_with_repeat", pagesWithRepeat(run) / (double) Math.max(1, checks.pages()));
    f.put("site_lines_shown", (double) checks.siteLines.shown);
    f.put("pages_with_site_lines", checks.siteLines.pages / (double) Math.max(1, checks.pages()));
    StorylineChecks lines = StorylineChecks.of(run);
    f.put("storylines", (double) lines.storylines());
    f.put("storyline_purity", lines.purity());
    f.put("storyline_bcubed_p", lines.bcubed().bcubedPrecision());
    f.put("storyline_bcubed_r", lines.bcubed().bcubedRecall());
    f.put("storyline_bcubed_f1", lines.bcubed().bcubedF1());
    f.put("storyline_mixed_sets", (double) lines.mixedSets());
    f.put("storyline_over_a_year", (double) lines.overAYear());
    f.put("storyline_largest_articles", (double) lines.largestArticles());
    f.put("storyline_longest_days", (double) lines.largestSpanDays());
    if (sides != null) {
      f.put("sides_judged", (double) sides.sideJudged);
      f.put("sides_side_accuracy", share(sides.sideRight, sides.sideJudged));
      f.put("sides_speaker_judged", (double) sides.speakerJudged);
      f.put("sides_speaker_accuracy", share(sides.speakerRight, sides.speakerJudged));
      f.put("sides_speaker_accuracy_party", share(sides.speakerRightParty, sides.speakerJudged));
      f.put("sides_balance", share(sides.balanced, sides.pagesWithSides));
    }
    noise(run, f);
    return f;
  }

  private static double share(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** Pages on which a source sentence or its words appear twice. */
  private static int pagesWithRepeat(PagesEval.Run run) {
    int n = 0;
    for (PagesEval.Page p : run.pages()) {
      PageChecks one = new PageChecks();
      one.check(p, run.gold(), run.articles());
      n += one.sections().values().stream().anyMatch(c -> c.repeated > 0) ? 1 : 0;
    }
    return n;
  }

  /**
   * Spearman's rank correlation of the noise score with the story's article count, and how many
   * stories of at most three articles score above the median of the stories of twenty or more.
   */
  private static void noise(PagesEval.Run run, Map<String, Double> f) {
    List<double[]> xs = new ArrayList<>();
    run.pages().forEach(p -> xs.add(new double[] {p.articles().size(), p.brief().noise().score()}));
    f.put("noise_spearman", spearman(xs));
    double[] big = xs.stream().filter(x -> x[0] >= 20).mapToDouble(x -> x[1]).sorted().toArray();
    double median = big.length == 0 ? 101 : big[big.length / 2];
    f.put(
        "noise_small_above_big_median",
        (double) xs.stream().filter(x -> x[0] <= 3 && x[1] > median).count());
  }

  static double spearman(List<double[]> xs) {
    int n = xs.size();
    if (n < 3) {
      return 0;
    }
    double[] ra = ranks(xs, 0);
    double[] rb = ranks(xs, 1);
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += ra[i] / n;
      mb += rb[i] / n;
    }
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (int i = 0; i < n; i++) {
      cov += (ra[i] - ma) * (rb[i] - mb);
      va += (ra[i] - ma) * (ra[i] - ma);
      vb += (rb[i] - mb) * (rb[i] - mb);
    }
    return va == 0 || vb == 0 ? 0 : cov / Math.sqrt(va * vb);
  }

  /** Average ranks (ties share their mean rank). */
  private static double[] ranks(List<double[]> xs, int k) {
    Integer[] idx = new Integer[xs.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, Comparator.comparingDouble(i -> xs.get(i)[k]));
    double[] r = new double[idx.length];
    for (int i = 0; i < idx.length; ) {
      int j = i;
      while (j + 1 < idx.length && xs.get(idx[j + 1])[k] == xs.get(idx[i])[k]) {
        j++;
      }
      for (int m = i; m <= j; m++) {
        r[idx[m]] = (i + j) / 2.0 + 1;
      }
      i = j + 1;
    }
    return r;
  }

  /** Prints the table of a run ({@link PagesTable}). */
  static void print(Result r, PrintStream out) {
    PagesTable.print(r, out);
  }

  static List<String> examples(Result r) {
    List<String> out = new ArrayList<>();
    r.checks().sections().forEach((name, c) -> c.examples.forEach(e -> out.add(name + " " + e)));
    if (r.sides() != null) {
      r.sides().examples.forEach(e -> out.add("sides " + e));
    }
    return out;
  }
}
