package dev.storyline.eval;

import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.eval.timeline.DatedTimeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Developer tool (not a test): {@code eval timeline} over cached analyses (as {@link
 * TimelineSweep}) for several settings in one run, each setting a list of {@code key=value} system
 * properties ({@code -Dconfigs="a=1,b=2;a=2"}, empty for the defaults), reporting every pair, the
 * means over two halves of the topics (A: bpoil, egypt, haiti, iraq, mj; B: finan, h1n1, libya,
 * syria) and over all, and the worst per-pair change of AR-1 against the first setting. With {@code
 * -Ddump=topic#pair,...} prints those pairs' chosen dates and sentences beside the reference.
 * Usage: TimelineProbe DATA_DIR CACHE_DIR
 */
public final class TimelineProbe {
  static final Set<String> HALF_A = Set.of("bpoil", "egypt", "haiti", "iraq", "mj");

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    TimelineEval eval;
    Map<String, List<AnalyzedArticle>> analysed = new HashMap<>();
    List<TimelineEval.Pair> pairs;
    try (MiniLmEmbedder embedder = Stages.embedder()) {
      ArticleAnalyzer analyzer = Stages.analyzer(embedder, false);
      eval = new TimelineEval(analyzer, Stages.json());
      Map<String, List<Article>> byTopic = eval.articles(data.resolve("articles.jsonl.gz"));
      pairs = eval.references(data.resolve("timelines"), byTopic);
      for (String topic : byTopic.keySet()) {
        analysed.put(
            topic,
            TimelineSweep.cached(
                cache.resolve(topic + ".json.gz"), analyzer, byTopic.get(topic), Stages.json()));
      }
    }
    Set<String> dump = Set.of(System.getProperty("dump", "").split(","));
    String[] configs = System.getProperty("configs", "").split(";", -1);
    double[] base = null;
    for (String config : configs) {
      for (String kv : config.split(",")) {
        if (kv.contains("=")) {
          System.setProperty("tl." + kv.split("=")[0].strip(), kv.split("=")[1].strip());
        }
      }
      double[][] sums = new double[3][6];
      int[] counts = new int[3];
      double[] ar1 = new double[pairs.size()];
      boolean verbose = Boolean.getBoolean("verbose");
      for (int p = 0; p < pairs.size(); p++) {
        TimelineEval.Pair pair = pairs.get(p);
        Map<LocalDate, List<String>> predicted = predict(pair, analysed.get(pair.topic()));
        TimelineRouge.Result r = TimelineRouge.score(predicted, pair.reference());
        Rouge.Score[] s = {r.rouge1(), r.rouge2(), r.dates()};
        int[] groups = {HALF_A.contains(pair.topic()) ? 0 : 1, 2};
        for (int g : groups) {
          counts[g]++;
          for (int i = 0; i < 3; i++) {
            sums[g][2 * i] += s[i].precision();
            sums[g][2 * i + 1] += s[i].recall();
          }
        }
        ar1[p] = r.rouge1().f1();
        if (verbose) {
          System.out.printf(
              Locale.ROOT,
              "  %-6s %-28s AR-1 %.3f (P %.3f R %.3f) AR-2 %.3f date F1 %.3f%n",
              pair.topic(),
              pair.name(),
              r.rouge1().f1(),
              r.rouge1().precision(),
              r.rouge1().recall(),
              r.rouge2().f1(),
              r.dates().f1());
        }
        if (dump.contains(pair.name())) {
          dump(pair, predicted);
        }
      }
      StringBuilder line = new StringBuilder(config.isEmpty() ? "(defaults)" : config);
      String[] names = {"A", "B", "all"};
      for (int g = 0; g < 3; g++) {
        line.append(
            String.format(
                Locale.ROOT,
                "  %s %.5f/%.5f/%.5f",
                names[g],
                f(sums[g], 0, counts[g]),
                f(sums[g], 2, counts[g]),
                f(sums[g], 4, counts[g])));
      }
      if (base == null) {
        base = ar1;
      } else {
        double worst = 0;
        String who = "";
        for (int p = 0; p < ar1.length; p++) {
          if (ar1[p] - base[p] < worst) {
            worst = ar1[p] - base[p];
            who = pairs.get(p).name();
          }
        }
        line.append(String.format(Locale.ROOT, "  worst %+.4f %s", worst, who));
      }
      System.out.println(line);
      for (String kv : config.split(",")) {
        if (kv.contains("=")) {
          System.clearProperty("tl." + kv.split("=")[0].strip());
        }
      }
    }
  }

  static Map<LocalDate, List<String>> predict(TimelineEval.Pair pair, List<AnalyzedArticle> all) {
    LocalDate first = pair.reference().keySet().stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate last = pair.reference().keySet().stream().max(LocalDate::compareTo).orElseThrow();
    List<AnalyzedArticle> within = TimelineEval.within(pair, all);
    int dates = pair.reference().size();
    int sentences = pair.reference().values().stream().mapToInt(List::size).sum();
    int perDate = Math.max(1, (int) Math.rint((double) sentences / dates));
    if (System.getProperty("tl.method", "").equals("writer")) {
      return dev.storyline.brief.section.WriterTimeline.protocol(
          within, dates, perDate, first, last, TimelineEval.keywords(pair.topic()));
    }
    return TimelineEval.predicted(
        DatedTimeline.generate(
            within,
            new DatedTimeline.Request(
                dates, perDate, first, last, TimelineEval.keywords(pair.topic()))));
  }

  private static double f(double[] sums, int i, int n) {
    double p = sums[i] / n;
    double r = sums[i + 1] / n;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static void dump(TimelineEval.Pair pair, Map<LocalDate, List<String>> predicted) {
    System.out.println("=== " + pair.name());
    Set<LocalDate> all = new TreeSet<>(pair.reference().keySet());
    all.addAll(predicted.keySet());
    for (LocalDate d : all) {
      List<String> ref = pair.reference().getOrDefault(d, List.of());
      List<String> ours = predicted.getOrDefault(d, List.of());
      String tag = ref.isEmpty() ? "OURS-ONLY" : ours.isEmpty() ? "MISSED" : "BOTH";
      System.out.println(d + " " + tag);
      ref.forEach(s -> System.out.println("   REF  " + s));
      ours.forEach(s -> System.out.println("   OURS " + s));
    }
  }
}
