package dev.storyline.eval;

import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Developer tool (not a test): summary rankings alone, free of the page's other sections, cut at
 * each reference's length, beside lead-N and LexRank. Usage: SummaryRankProbe CACHE STREAM
 * REFERENCES. Biased LexRank: PageRank whose teleport favours an article's early sentences, (1 +
 * index)^-a, with outlet turns and a repeat threshold.
 */
public final class SummaryRankProbe {
  private SummaryRankProbe() {}

  public static void main(String[] args) throws Exception {
    Path stream = Path.of(args[1]);
    List<AnalyzedArticle> cached =
        AnalyzedCache.load(
            stream, Path.of(args[0]), () -> Stages.analyzer(Stages.embedder(), true));
    Map<String, String> refs = BriefEval.references(Path.of(args[2]), Stages.json());
    Map<String, List<AnalyzedArticle>> stories =
        cached.stream()
            .collect(
                Collectors.groupingBy(
                    a -> StreamFile.gold(a.article()), LinkedHashMap::new, Collectors.toList()));
    double[] as = {0, 0.5, 1, 2};
    double[] repeats = {0.3, 0.5};
    double[] turns = {1, 0.5, 0.3};
    Map<String, Rouge.Mean> means = new LinkedHashMap<>();
    for (Map.Entry<String, List<AnalyzedArticle>> e : stories.entrySet()) {
      String ref = refs.get(e.getKey());
      if (ref == null) {
        continue;
      }
      List<AnalyzedArticle> m =
          e.getValue().stream().sorted(Comparator.comparing(a -> a.article().published())).toList();
      int n = SummaryBaselines.words(ref);
      means.computeIfAbsent("lead-N", k -> new Rouge.Mean()).add(SummaryBaselines.leadN(m, n), ref);
      means
          .computeIfAbsent("lexrank", k -> new Rouge.Mean())
          .add(SummaryBaselines.lexRank(m, n), ref);
      for (double a : as) {
        for (double r : repeats) {
          for (double t : turns) {
            means
                .computeIfAbsent("a=" + a + " rep=" + r + " turn=" + t, k -> new Rouge.Mean())
                .add(biased(m, n, a, r, t), ref);
          }
        }
      }
    }
    means.forEach(
        (k, v) ->
            System.out.printf("%-28s R-1 %.4f R-2 %.4f (%d)%n", k, v.f1(0), v.f1(1), v.count()));
  }

  static String biased(List<AnalyzedArticle> members, int n, double a, double repeat, double turn) {
    List<String> sentences = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    List<String> outlet = new ArrayList<>();
    for (AnalyzedArticle art : members) {
      int i = 0;
      for (AnalyzedSentence s : art.sentences()) {
        sentences.add(s.text());
        index.add(i++);
        outlet.add(art.article().outlet());
      }
    }
    if (sentences.isEmpty()) {
      return "";
    }
    List<Map<String, Double>> v = TfIdfSinglePass.unitTfIdf(TfIdfSinglePass.counts(sentences));
    int size = sentences.size();
    double[] prior = new double[size];
    double sum = 0;
    for (int i = 0; i < size; i++) {
      prior[i] = Math.pow(1 + index.get(i), -a);
      sum += prior[i];
    }
    for (int i = 0; i < size; i++) {
      prior[i] /= sum;
    }
    double[] rank = pagerank(v, prior);
    List<Integer> taken = new ArrayList<>();
    Map<String, Integer> perOutlet = new java.util.HashMap<>();
    StringBuilder out = new StringBuilder();
    int have = 0;
    while (have < n) {
      int best = -1;
      double bestScore = -1;
      for (int i = 0; i < size; i++) {
        if (taken.contains(i)) {
          continue;
        }
        boolean repeats = false;
        for (int t : taken) {
          repeats |= TfIdfSinglePass.dot(v.get(i), v.get(t)) > repeat;
        }
        if (repeats) {
          continue;
        }
        double score = rank[i] * Math.pow(turn, perOutlet.getOrDefault(outlet.get(i), 0));
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      taken.add(best);
      perOutlet.merge(outlet.get(best), 1, Integer::sum);
      out.append(out.length() == 0 ? "" : " ").append(sentences.get(best));
      have += SummaryBaselines.words(sentences.get(best));
    }
    return SummaryBaselines.cut(out.toString(), n);
  }

  static double[] pagerank(List<Map<String, Double>> v, double[] prior) {
    int m = v.size();
    double[][] w = new double[m][m];
    double[] degree = new double[m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        double sim = i == j ? 0 : TfIdfSinglePass.dot(v.get(i), v.get(j));
        w[i][j] = sim >= SummaryBaselines.EDGE ? sim : 0;
        degree[i] += w[i][j];
      }
    }
    double[] p = prior.clone();
    for (int iter = 0; iter < 100; iter++) {
      double[] next = new double[m];
      for (int j = 0; j < m; j++) {
        next[j] = (1 - SummaryBaselines.DAMPING) * prior[j];
      }
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          next[j] +=
              degree[i] == 0
                  ? SummaryBaselines.DAMPING * p[i] * prior[j]
                  : SummaryBaselines.DAMPING * p[i] * w[i][j] / degree[i];
        }
      }
      p = next;
    }
    return p;
  }
}
