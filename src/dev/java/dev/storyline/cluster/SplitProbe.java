package dev.storyline.cluster;

import dev.storyline.app.Stages;
import dev.storyline.cluster.StoryClusterer.Candidate;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.eval.AnalyzedCache;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Developer tool (not a test): why online assignment splits gold stories. For each article whose
 * gold story already has articles in our stories, it says whether it joined one of them, and if
 * not, why: none of them was a candidate (retrieval miss: out of the window or not among the
 * nearest neighbours), the best of them scored below the threshold, or another story scored higher.
 * Usage: SplitProbe CACHE_DIR STREAM|hard [-Dverbose=true]; prints the mean features of the gold
 * story's best fragment for joined, below-threshold and outscored articles.
 */
public final class SplitProbe {
  private SplitProbe() {}

  public static void main(String[] args) throws Exception {
    List<AnalyzedArticle> s = stream(Path.of(args[0]), args[1]);
    boolean verbose = Boolean.getBoolean("verbose");
    StoryClusterer.Settings settings = Stages.storySettings();
    StoryClusterer c = new StoryClusterer(settings);
    StoryScorer scorer = settings.scorer();
    Map<String, Set<String>> ourOfGold = new HashMap<>();
    Map<String, String> goldOfOurs = new HashMap<>();
    Map<String, Long> goldLast = new HashMap<>();
    int[] counts = new int[8];
    double[][] sums = new double[8][StoryFeatures.NAMES.size() + 1];
    for (AnalyzedArticle a : s) {
      String g = a.article().meta().getOrDefault("story", "");
      Set<String> siblings = ourOfGold.getOrDefault(g, Set.of());
      List<Candidate> cands = c.candidates(a, ArticleEvidence.of(a));
      StoryClusterer.Assignment as = c.assign(a);
      String joined = as.storyId();
      long t = a.article().published().getEpochSecond();
      if (siblings.isEmpty()) {
        counts[as.newStory() ? 0 : 1]++;
      } else if (siblings.contains(joined)) {
        counts[2]++;
        for (Candidate k : cands) {
          if (k.story().id.equals(joined)) {
            add(sums[2], k.features(), as.score());
          }
        }
      } else {
        Candidate best = null;
        double bestP = -1;
        for (Candidate k : cands) {
          double p = scorer.probability(k.features());
          if (siblings.contains(k.story().id) && p > bestP) {
            bestP = p;
            best = k;
          }
        }
        boolean alive = siblings.stream().anyMatch(id -> c.story(id) != null);
        int kind = best == null ? (alive ? 3 : 4) : (as.newStory() ? 5 : 6);
        counts[kind]++;
        if (best != null) {
          add(sums[kind], best.features(), bestP);
        }
        if (verbose) {
          System.out.printf(
              Locale.ROOT,
              "%s gap %.1fh cands %d %s%n",
              List.of("", "", "", "NOT-RETRIEVED", "EVICTED/OUTWINDOW", "BELOW-T", "OTHER-WON", "")
                  .get(kind),
              (t - goldLast.get(g)) / 3600.0,
              cands.size(),
              a.article().title());
          if (best != null) {
            long sib = cands.stream().filter(k -> siblings.contains(k.story().id)).count();
            Candidate top = null;
            for (Candidate k : cands) {
              if (k != best
                  && (top == null
                      || k.features()[0] + k.features()[1]
                          > top.features()[0] + top.features()[1])) {
                top = k;
              }
            }
            System.out.println(
                "   siblings-in-cands "
                    + sib
                    + " top-other-is-sibling "
                    + (top != null && siblings.contains(top.story().id))
                    + " top-other-gold "
                    + (top == null ? "" : goldOfOurs.get(top.story().id).equals(g)));
            System.out.println("   gold p=" + f(bestP) + " " + features(best.features()));
            if (!as.newStory()) {
              for (Candidate k : cands) {
                if (k.story().id.equals(joined)) {
                  System.out.println("   won  p=" + f(as.score()) + " " + features(k.features()));
                }
              }
            }
          }
        }
      }
      if (!as.newStory() && !siblings.contains(joined) && !g.equals(goldOfOurs.get(joined))) {
        counts[7]++;
      }
      ourOfGold.computeIfAbsent(g, k -> new HashSet<>()).add(joined);
      goldOfOurs.putIfAbsent(joined, g);
      goldLast.put(g, t);
    }
    System.out.printf(
        "first-of-gold: new %d joined-other %d | later: joined-sibling %d, not-retrieved %d, "
            + "evicted/out-of-window %d, below-threshold %d, other-won %d | joins into foreign story %d%n",
        counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7]);
    System.out.println(
        "mean feature of the gold story's best fragment (weight x mean = logit contribution):");
    System.out.printf(
        Locale.ROOT,
        "%-15s %8s %10s %10s %10s%n",
        "feature",
        "weight",
        "joined",
        "below-t",
        "other-won");
    Map<String, Double> w = scorer.weights();
    for (int i = 0; i <= StoryFeatures.NAMES.size(); i++) {
      String name = i < StoryFeatures.NAMES.size() ? StoryFeatures.NAMES.get(i) : "probability";
      System.out.printf(
          Locale.ROOT,
          "%-15s %8.3f %10.3f %10.3f %10.3f%n",
          name,
          w.getOrDefault(name, 0.0),
          sums[2][i] / Math.max(1, counts[2]),
          sums[5][i] / Math.max(1, counts[5]),
          sums[6][i] / Math.max(1, counts[6]));
    }
  }

  private static void add(double[] sum, double[] x, double p) {
    for (int i = 0; i < x.length; i++) {
      sum[i] += x[i];
    }
    sum[x.length] += p;
  }

  /** A cached stream, or "hard": the hard-negative set built from allsides and basil. */
  static List<AnalyzedArticle> stream(Path cache, String name) throws Exception {
    if (name.equals("hard")) {
      Path dir = Path.of(System.getProperty("streams", "../shared/data/streams"));
      return dev.storyline.eval.HardNegatives.build(
          List.of(
              stream(cache, dir.resolve("allsides-2021.jsonl.gz").toString()),
              stream(cache, dir.resolve("basil.jsonl.gz").toString())));
    }
    return AnalyzedCache.load(
        Path.of(name), cache, () -> Stages.analyzer(Stages.embedder(), false));
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String features(double[] x) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      b.append(StoryFeatures.NAMES.get(i)).append('=').append(f(x[i])).append(' ');
    }
    return b.toString();
  }
}
