package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.eval.AllTable.Row;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code eval all}: every quality set of {@code ../shared/data} in one run, printed as one table:
 * our figure, the baseline measured (or published) beside it, and the floor pinned in {@code
 * eval/baseline.json} (the file the build's floor tests read). Each set runs as its own {@code
 * eval} task does; the streams are analysed once and shared by clustering and briefs.
 */
final class AllReport {
  /** Sets that can be skipped with {@code --skip}. */
  static final List<String> SETS =
      List.of("cluster", "neus", "brief", "timeline", "background", "extract");

  private final Toolkit toolkit;
  private final PrintStream out;
  private final List<Row> rows = new ArrayList<>();

  AllReport(Toolkit toolkit, PrintStream out) {
    this.toolkit = toolkit;
    this.out = out;
  }

  static int run(Map<String, String> opts, Toolkit toolkit, PrintStream out) throws IOException {
    Path data = Path.of(Options.require(opts, "data"));
    if (!Files.isDirectory(data.resolve("streams"))) {
      throw new IllegalArgumentException(
          "no streams/ folder in " + data + " (the shared evaluation data; see its README.md)");
    }
    Set<String> skip = new LinkedHashSet<>();
    for (String s : opts.getOrDefault("skip", "").split(",")) {
      if (!s.isBlank() && !SETS.contains(s.strip())) {
        throw new IllegalArgumentException("--skip takes " + String.join(",", SETS));
      }
      skip.add(s.strip());
    }
    Path floorsFile = Path.of(opts.getOrDefault("floors", "src/test/resources/eval/baseline.json"));
    JsonNode floors =
        Files.isReadable(floorsFile) ? toolkit.json().readTree(floorsFile.toFile()) : null;
    AllReport report = new AllReport(toolkit, out);
    report.measure(data, skip);
    AllTable.print(report.rows, floors, floorsFile, out);
    return 0;
  }

  private void measure(Path data, Set<String> skip) throws IOException {
    Embedder embedder = toolkit.embedder().get();
    ArticleAnalyzer analyzer = toolkit.analyzer().apply(embedder, true);
    Path streams = data.resolve("streams");
    List<Article> basil = StreamFile.read(streams.resolve("basil.jsonl.gz"), toolkit.json());
    List<Article> allsides =
        StreamFile.read(streams.resolve("allsides-2021.jsonl.gz"), toolkit.json());
    out.println("analysing basil and allsides");
    List<AnalyzedArticle> basilA = ClusterReport.analyse(basil, analyzer);
    List<AnalyzedArticle> allsidesA = ClusterReport.analyse(allsides, analyzer);
    if (!skip.contains("cluster")) {
      cluster("basil", basilA, "/cluster/basil_bcubed_f1");
      cluster("allsides-2021", allsidesA, "/cluster/allsides_bcubed_f1");
      cluster(
          "hard negatives",
          HardNegatives.build(List.of(allsidesA, basilA)),
          "/cluster/hard_negatives_bcubed_f1");
    }
    if (!skip.contains("brief")) {
      brief(
          "allsides-2021",
          allsides,
          allsidesA,
          BriefEval.references(streams.resolve("allsides-2021.summaries.jsonl.gz"), toolkit.json()),
          "/allsides");
      brief("basil", basil, basilA, Map.of(), "/basil_sides");
    }
    if (!skip.contains("neus")) {
      neus(data, analyzer, skip.contains("brief"));
    }
    if (!skip.contains("timeline")) {
      timeline(data.resolve("timeline17"), embedder);
    }
    if (!skip.contains("background")) {
      background(data.resolve("background-summaries"), embedder);
    }
    if (!skip.contains("extract")) {
      AllExtract x = new AllExtract(toolkit, out);
      x.extract("ScrapingHub", data.resolve("article-extraction-benchmark"), "scrapinghub", null)
          .ifPresent(rows::add);
      x.extract("Dragnet", data.resolve("extraction-dragnet"), "dragnet_test", "test")
          .ifPresent(rows::add);
      x.extract("Readability", data.resolve("extraction-readability"), "readability", null)
          .ifPresent(rows::add);
    }
  }

  private void cluster(String set, List<AnalyzedArticle> stream, String floor) {
    out.println("clustering " + set);
    ClusterEval.Result r =
        new ClusterEval(null, toolkit.stories(), toolkit.repair(), toolkit.json())
            .runAnalyzed(stream);
    TfIdfSinglePass.Tuned b =
        TfIdfSinglePass.tuned(HardNegatives.articles(stream), toolkit.stories().window());
    rows.add(
        new Row(
            set,
            "story BCubed F1",
            r.metrics().bcubedF1(),
            String.format(Locale.ROOT, "TF-IDF single-pass (t %.2f)", b.threshold()),
            b.metrics().bcubedF1(),
            floor));
  }

  private void neus(Path data, ArticleAnalyzer analyzer, boolean skipBrief) throws IOException {
    List<Article> neus =
        StreamFile.read(data.resolve("streams/neus-train.jsonl.gz"), toolkit.json());
    out.println("analysing neus-train");
    List<AnalyzedArticle> a = ClusterReport.analyse(neus, analyzer);
    out.println("neus-train: fitting the scorer on 4 folds, clustering the 5th, 5 times");
    HeldOutFolds.Result r = HeldOutFolds.fiveFold(a, toolkit.stories(), toolkit.repair());
    double baseline = 0;
    for (int f = 0; f < 5; f++) {
      List<AnalyzedArticle> fold = HeldOutFolds.fold(a, 5, f);
      baseline +=
          TfIdfSinglePass.tuned(HardNegatives.articles(fold), toolkit.stories().window())
                  .metrics()
                  .bcubedF1()
              / 5;
    }
    rows.add(
        new Row(
            "neus-train, 5 held-out folds",
            "story BCubed F1 (mean)",
            r.meanBcubedF1(),
            "TF-IDF single-pass tuned per fold",
            baseline,
            "/cluster/neus_heldout_bcubed_f1"));
    rows.add(
        Row.of(
            "neus-train, 5 held-out folds",
            "story BCubed F1 (worst fold)",
            r.worstBcubedF1(),
            null));
    if (!skipBrief) {
      Path target = data.resolve("allsides-neus/neus_probe/train.target");
      brief("neus probe (train)", neus, a, BriefEval.references(target, toolkit.json()), "/neus");
    }
  }

  private void brief(
      String set,
      List<Article> stream,
      List<AnalyzedArticle> analysed,
      Map<String, String> refs,
      String floors)
      throws IOException {
    out.println("briefs " + set);
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    analysed.forEach(x -> byId.put(x.id(), x));
    BriefEval.Result r =
        new BriefEval(null, toolkit.briefs(), toolkit.json()).run(stream, byId, refs, null);
    if (!refs.isEmpty()) {
      rows.add(
          new Row(
              set,
              "summary ROUGE-1 F1",
              r.summary().f1(0),
              "lead (first sentence of each article)",
              r.lead().f1(0),
              floors + "/summary_rouge1_f1"));
    }
    for (BriefEval.Cut c : r.cuts()) {
      if (c.ours().count() > 0) {
        boolean lex = c.lexRank().f1(0) >= c.leadN().f1(0);
        rows.add(
            new Row(
                set,
                "summary ROUGE-1 F1 at " + c.label(),
                c.ours().f1(0),
                lex ? "LexRank (lead-N lower)" : "lead-N (LexRank lower)",
                Math.max(c.lexRank().f1(0), c.leadN().f1(0)),
                c.label().startsWith("reference") ? floors + "/summary_cut_rouge1_f1" : null));
      }
      if (c.multiOutlet() > 0) {
        rows.add(
            Row.of(
                set,
                "summaries at " + c.label() + " with no outlet over half",
                1 - c.oneOutletOverHalf() / (double) c.multiOutlet(),
                c.label().startsWith("reference") ? null : floors + "/summary_outlets_covered"));
      }
    }
    rows.add(Row.of(set, "grounded lines", r.groundedShare(), floors + "/grounded_share"));
    if (r.stances() > 0) {
      rows.add(Row.of(set, "attributed stances", r.stances(), floors + "/min_stances"));
    }
  }

  private void timeline(Path dir, Embedder embedder) throws IOException {
    out.println("timeline17");
    TimelineEval eval = new TimelineEval(toolkit.analyzer().apply(embedder, false), toolkit.json());
    TimelineEval.Result r =
        eval.run(dir, Set.of(), new PrintStream(OutputStream.nullOutputStream()));
    rows.add(
        new Row(
            "timeline17 (" + r.pairs() + " timelines)",
            "AR-1 F",
            r.rouge1().f1(),
            "DATEWISE (published)",
            0.120,
            "/timeline17/ar1_f"));
    rows.add(
        new Row(
            "timeline17 (" + r.pairs() + " timelines)",
            "AR-2 F",
            r.rouge2().f1(),
            "DATEWISE (published)",
            0.035,
            "/timeline17/ar2_f"));
    rows.add(
        new Row(
            "timeline17 (" + r.pairs() + " timelines)",
            "date F1",
            r.dates().f1(),
            "DATEWISE (published)",
            0.544,
            "/timeline17/date_f1"));
  }

  private void background(Path dir, Embedder embedder) throws IOException {
    out.println("background summaries (train, dev)");
    Set<String> events = new LinkedHashSet<>(BackgroundData.split(dir, "dev"));
    BackgroundEval eval =
        new BackgroundEval(toolkit.analyzer().apply(embedder, true), toolkit.briefs());
    BackgroundEval.Result r = eval.run(BackgroundData.timelines(dir), events);
    double lead =
        Math.max(
            r.systems().get(BackgroundEval.EARLIEST).f1(0),
            r.systems().get(BackgroundEval.LATEST).f1(0));
    rows.add(
        new Row(
            "background (dev)",
            "ROUGE-1 F1",
            r.systems().get(BackgroundEval.OURS).f1(0),
            "lead of the earliest or latest updates",
            lead,
            "/background_dev/rouge1_f1"));
  }
}
