package dev.storyline.eval;

import dev.storyline.app.Stages;
import dev.storyline.cluster.ScorerFit;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryScorer;
import dev.storyline.domain.AnalyzedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Developer tool (not a test), on streams analysed once and cached (see {@link AnalyzedCache}):
 *
 * <ul>
 *   <li>{@code report}: ours and the tuned TF-IDF single-pass baseline on basil, allsides and the
 *       hard-negative set, and neus-train on 5 held-out folds;
 *   <li>{@code ablation}: the same with the scorer refitted (on neus-train, and per fold) without
 *       each feature in turn;
 *   <li>{@code worst SET}: the predicted stories that mix gold stories and the gold stories split
 *       the most, with titles, on basil, allsides, hard or a neus fold (neus0..neus4).
 * </ul>
 *
 * Usage: ClusterProbe CACHE_DIR MODE [SET] (-Dscorer=FILE reads another weights file, -Dthreshold=T
 * another threshold, -Dstreams=DIR another streams folder; sweep: -Dthresholds=0.4,0.45 the grid;
 * ablation: -Dvariants=A,B+C,"" lists the variants: each leaves out the features it names, joined
 * by +, and "" leaves out none).
 */
public final class ClusterProbe {
  private ClusterProbe() {}

  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args[0]);
    Path dir = Path.of(System.getProperty("streams", "../shared/data/streams"));
    Map<String, List<AnalyzedArticle>> sets = new LinkedHashMap<>();
    sets.put("basil", load(dir.resolve("basil.jsonl.gz"), cache));
    sets.put("allsides", load(dir.resolve("allsides-2021.jsonl.gz"), cache));
    sets.put("hard", HardNegatives.build(List.of(sets.get("allsides"), sets.get("basil"))));
    List<AnalyzedArticle> neus = load(dir.resolve("neus-train.jsonl.gz"), cache);
    StoryClusterer.Settings settings = settings();
    switch (args[1]) {
      case "report" -> report(sets, neus, settings);
      case "ablation" -> ablation(sets, neus, settings);
      case "worst" -> worst(args[2], sets, neus, settings);
      case "sweep" -> sweep(sets, neus, settings);
      default -> throw new IllegalArgumentException("mode: report, ablation or worst SET");
    }
  }

  private static StoryClusterer.Settings settings() throws Exception {
    StoryClusterer.Settings s =
        dev.storyline.app.Stages.storySettings(
            dev.storyline.app.StorylineProperties.defaults().cluster());
    StoryScorer scorer = s.scorer();
    String file = System.getProperty("scorer");
    if (file != null) {
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(Path.of(file))) {
        scorer = StoryScorer.read(in);
      }
    }
    double t = Double.parseDouble(System.getProperty("threshold", "" + scorer.threshold()));
    return new StoryClusterer.Settings(t, s.window(), scorer);
  }

  static List<AnalyzedArticle> load(Path stream, Path cache) throws Exception {
    return AnalyzedCache.load(stream, cache, () -> Stages.analyzer(Stages.embedder(), false));
  }

  static ClusterMetrics ours(List<AnalyzedArticle> set, StoryClusterer.Settings settings) {
    return ClusterMetrics.score(Clustering.assign(set, settings, repair()), gold(set));
  }

  /**
   * The service's repair pass, or none with -Drepair=off; -Drejoin=P and -Drejoin.articles=N set
   * the rejoin rule's probability and largest story, -Dmerge.similarity=S the similarity rule's
   * threshold and -Dsplit.min=N the smallest part of a split.
   */
  static dev.storyline.cluster.StoryRepair.Settings repair() {
    if ("off".equals(System.getProperty("repair"))) {
      return null;
    }
    var d = Stages.repairSettings();
    return new dev.storyline.cluster.StoryRepair.Settings(
        Double.parseDouble(System.getProperty("merge.similarity", "" + d.mergeSimilarity())),
        d.mergeEntities(),
        d.mergeGap(),
        d.splitSimilarity(),
        d.splitEntities(),
        Integer.getInteger("split.min", d.splitMinPart()),
        Double.parseDouble(System.getProperty("rejoin", "" + d.rejoinProbability())),
        Integer.getInteger("rejoin.articles", d.rejoinArticles()));
  }

  static List<String> gold(List<AnalyzedArticle> set) {
    return set.stream().map(a -> StreamFile.gold(a.article())).toList();
  }

  private static void report(
      Map<String, List<AnalyzedArticle>> sets,
      List<AnalyzedArticle> neus,
      StoryClusterer.Settings settings) {
    for (Map.Entry<String, List<AnalyzedArticle>> e : sets.entrySet()) {
      ClusterMetrics m = ours(e.getValue(), settings);
      TfIdfSinglePass.Tuned b =
          TfIdfSinglePass.tuned(HardNegatives.articles(e.getValue()), settings.window());
      System.out.printf(
          Locale.ROOT,
          "%-9s ours BCubed %.3f (P %.3f R %.3f) pair %.3f | TF-IDF t=%.2f BCubed %.3f pair %.3f%n",
          e.getKey(),
          m.bcubedF1(),
          m.bcubedPrecision(),
          m.bcubedRecall(),
          m.pairF1(),
          b.threshold(),
          b.metrics().bcubedF1(),
          b.metrics().pairF1());
    }
    HeldOutFolds.Result r = new HeldOutFolds(neus, 5, settings, repair()).run(Set.of());
    for (HeldOutFolds.Fold f : r.folds()) {
      System.out.printf(
          Locale.ROOT,
          "neus fold %d (train %d, test %d) BCubed %.3f (P %.3f R %.3f) pair %.3f%n",
          f.index(),
          f.trainArticles(),
          f.testArticles(),
          f.metrics().bcubedF1(),
          f.metrics().bcubedPrecision(),
          f.metrics().bcubedRecall(),
          f.metrics().pairF1());
    }
    System.out.printf(
        Locale.ROOT,
        "neus held-out mean BCubed %.3f, worst %.3f%n",
        r.meanBcubedF1(),
        r.worstBcubedF1());
    List<AnalyzedArticle> fold0 = foldTest(neus, 0);
    TfIdfSinglePass.Tuned b =
        TfIdfSinglePass.tuned(HardNegatives.articles(fold0), settings.window());
    System.out.printf(
        Locale.ROOT,
        "neus fold 0 TF-IDF t=%.2f BCubed %.3f pair %.3f%n",
        b.threshold(),
        b.metrics().bcubedF1(),
        b.metrics().pairF1());
  }

  static List<AnalyzedArticle> foldTest(List<AnalyzedArticle> neus, int fold) {
    return HeldOutFolds.fold(neus, 5, fold);
  }

  private static void ablation(
      Map<String, List<AnalyzedArticle>> sets,
      List<AnalyzedArticle> neus,
      StoryClusterer.Settings settings) {
    ScorerFit.Pairs all = ScorerFit.pairs(neus, a -> StreamFile.gold(a.article()));
    HeldOutFolds folds = new HeldOutFolds(neus, 5, settings, repair());
    List<String> variants = new ArrayList<>();
    variants.add("");
    String only = System.getProperty("variants");
    if (only == null) {
      StoryScorer.featureNames().stream().filter(f -> !f.equals("gap_days")).forEach(variants::add);
    } else if (!only.isBlank()) {
      variants.addAll(List.of(only.split(",")));
      variants.remove(0);
    }
    System.out.println(
        "| without | basil | allsides | hard negatives | neus held-out (mean / worst) |");
    System.out.println("|---|---|---|---|---|");
    for (String v : variants) {
      Set<String> without = v.isEmpty() ? Set.of() : Set.of(v.split("\\+"));
      StoryScorer scorer = ScorerFit.fit(all, without, settings.threshold());
      StoryClusterer.Settings s =
          new StoryClusterer.Settings(settings.threshold(), settings.window(), scorer);
      StringBuilder line = new StringBuilder("| " + (v.isEmpty() ? "(all features)" : v));
      for (List<AnalyzedArticle> set : sets.values()) {
        line.append(String.format(Locale.ROOT, " | %.3f", ours(set, s).bcubedF1()));
      }
      HeldOutFolds.Result r = folds.run(without);
      line.append(
          String.format(Locale.ROOT, " | %.3f / %.3f |", r.meanBcubedF1(), r.worstBcubedF1()));
      System.out.println(line);
    }
  }

  /**
   * BCubed F1 over thresholds on every set (neus-train on held-out folds, fitted once per fold),
   * with the worst set per threshold: the threshold to ship is the one whose worst set is best.
   */
  private static void sweep(
      Map<String, List<AnalyzedArticle>> sets,
      List<AnalyzedArticle> neus,
      StoryClusterer.Settings settings) {
    double[] grid =
        java.util.Arrays.stream(
                System.getProperty("thresholds", "0.2,0.3,0.4,0.5,0.6,0.7").split(","))
            .mapToDouble(Double::parseDouble)
            .toArray();
    List<HeldOutFolds.Result> folds =
        new HeldOutFolds(neus, 5, settings, repair()).run(Set.<String>of(), grid);
    for (int i = 0; i < grid.length; i++) {
      StoryClusterer.Settings s =
          new StoryClusterer.Settings(grid[i], settings.window(), settings.scorer());
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "t=%.2f", grid[i]));
      double worst = folds.get(i).meanBcubedF1();
      for (Map.Entry<String, List<AnalyzedArticle>> e : sets.entrySet()) {
        double f1 = ours(e.getValue(), s).bcubedF1();
        worst = Math.min(worst, f1);
        line.append(String.format(Locale.ROOT, " | %s %.3f", e.getKey(), f1));
      }
      line.append(
          String.format(
              Locale.ROOT,
              " | neus held-out %.3f (worst fold %.3f) | worst set %.3f",
              folds.get(i).meanBcubedF1(),
              folds.get(i).worstBcubedF1(),
              worst));
      System.out.println(line);
    }
  }

  private static void worst(
      String name,
      Map<String, List<AnalyzedArticle>> sets,
      List<AnalyzedArticle> neus,
      StoryClusterer.Settings settings) {
    List<AnalyzedArticle> set =
        name.startsWith("neus")
            ? foldTest(neus, Integer.parseInt(name.substring(4)))
            : sets.get(name);
    StoryClusterer.Settings s = settings;
    if (name.startsWith("neus")) {
      int fold = Integer.parseInt(name.substring(4));
      List<AnalyzedArticle> train = new ArrayList<>(neus);
      train.removeAll(set);
      s =
          new StoryClusterer.Settings(
              settings.threshold(),
              settings.window(),
              ScorerFit.fit(
                  ScorerFit.pairs(train, a -> StreamFile.gold(a.article())),
                  Set.of(),
                  settings.threshold()));
      System.out.println("scorer refitted without fold " + fold);
    }
    List<String> pred = Clustering.assign(set, s, repair());
    Map<String, List<AnalyzedArticle>> byPred = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> predsOfGold = new LinkedHashMap<>();
    for (int i = 0; i < set.size(); i++) {
      byPred.computeIfAbsent(pred.get(i), k -> new ArrayList<>()).add(set.get(i));
      predsOfGold
          .computeIfAbsent(StreamFile.gold(set.get(i).article()), k -> new LinkedHashMap<>())
          .merge(pred.get(i), 1, Integer::sum);
    }
    int merged = 0;
    int split = 0;
    System.out.println("== predicted stories that mix gold stories");
    for (List<AnalyzedArticle> story : byPred.values()) {
      if (story.stream().map(a -> StreamFile.gold(a.article())).distinct().count() > 1) {
        merged++;
        if (merged <= 25) {
          System.out.println("--");
          story.forEach(ClusterProbe::line);
        }
      }
    }
    System.out.println("== gold stories split over several predicted stories");
    for (Map.Entry<String, Map<String, Integer>> e : predsOfGold.entrySet()) {
      if (e.getValue().size() > 1) {
        split++;
        if (split <= 25) {
          System.out.println("-- " + e.getKey() + " -> " + e.getValue().values());
          set.stream()
              .filter(a -> StreamFile.gold(a.article()).equals(e.getKey()))
              .forEach(ClusterProbe::line);
        }
      }
    }
    System.out.printf(
        "%d predicted stories mix gold stories; %d gold stories are split%n", merged, split);
  }

  private static void line(AnalyzedArticle a) {
    String lead =
        a.sentences().isEmpty() ? "" : a.sentences().get(0).text().replaceAll("\\s+", " ");
    System.out.printf(
        Locale.ROOT,
        "  %s %s [%s] %s | %s%n",
        a.article().published().toString().substring(0, 10),
        StreamFile.gold(a.article()),
        a.article().outlet(),
        a.article().title(),
        lead.length() > 140 ? lead.substring(0, 140) : lead);
  }
}
