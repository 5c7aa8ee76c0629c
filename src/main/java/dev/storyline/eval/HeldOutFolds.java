package dev.storyline.eval;

import dev.storyline.cluster.ScorerFit;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.cluster.StoryScorer;
import dev.storyline.domain.AnalyzedArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clustering figures on the stream the scorer is trained on, never in-sample: the gold stories are
 * dealt into k folds (story by story, in order of first appearance), the scorer is fitted on the
 * other folds' articles and the held-out fold's articles are clustered online as a stream of their
 * own with the shipped threshold and window, and the service's repair passes after every batch. A
 * fold's training pairs are computed once and reused by every variant (see {@link #run(Set)}), so
 * an ablation costs a fit per variant, not a replay.
 */
final class HeldOutFolds {
  /** One held-out fold's figures. */
  record Fold(int index, int trainArticles, int testArticles, ClusterMetrics metrics) {}

  /** All folds, with the mean and the worst BCubed F1. */
  record Result(List<Fold> folds) {
    double meanBcubedF1() {
      return folds.stream().mapToDouble(f -> f.metrics().bcubedF1()).average().orElse(0);
    }

    double worstBcubedF1() {
      return folds.stream().mapToDouble(f -> f.metrics().bcubedF1()).min().orElse(0);
    }

    double meanPairF1() {
      return folds.stream().mapToDouble(f -> f.metrics().pairF1()).average().orElse(0);
    }
  }

  private final List<List<AnalyzedArticle>> tests = new ArrayList<>();
  private final List<ScorerFit.Pairs> trainPairs = new ArrayList<>();
  private final List<Integer> trainSizes = new ArrayList<>();
  private final List<Integer> indexes = new ArrayList<>();
  private final StoryClusterer.Settings settings;
  private final StoryRepair.Settings repair;

  /**
   * Deals the stream into {@code k} folds and collects each fold's training pairs; each held-out
   * fold is clustered with {@code repair} after every batch (null: none), as the service runs it,
   * its rejoins asking that fold's scorer.
   */
  HeldOutFolds(
      List<AnalyzedArticle> stream,
      int k,
      StoryClusterer.Settings settings,
      StoryRepair.Settings repair) {
    this(stream, k, settings, repair, -1);
  }

  /**
   * The same, holding out fold {@code only} alone (a cheaper check), or every fold when it is
   * negative.
   */
  HeldOutFolds(
      List<AnalyzedArticle> stream,
      int k,
      StoryClusterer.Settings settings,
      StoryRepair.Settings repair,
      int only) {
    this.settings = settings;
    this.repair = repair;
    Map<String, Integer> foldOf = new HashMap<>();
    for (AnalyzedArticle a : stream) {
      foldOf.computeIfAbsent(StreamFile.gold(a.article()), g -> foldOf.size() % k);
    }
    for (int f = 0; f < k; f++) {
      if (only >= 0 && f != only) {
        continue;
      }
      List<AnalyzedArticle> test = new ArrayList<>();
      List<AnalyzedArticle> train = new ArrayList<>();
      for (AnalyzedArticle a : stream) {
        (foldOf.get(StreamFile.gold(a.article())) == f ? test : train).add(a);
      }
      tests.add(test);
      indexes.add(f);
      trainSizes.add(train.size());
      trainPairs.add(ScorerFit.pairs(train, x -> StreamFile.gold(x.article())));
    }
  }

  /** The held-out figures of the scorer fitted without the named features. */
  Result run(Set<String> without) {
    return run(without, new double[] {settings.threshold()}).get(0);
  }

  /**
   * The held-out figures at each threshold of the scorer fitted (once per fold) without the named
   * features.
   */
  List<Result> run(Set<String> without, double[] thresholds) {
    List<List<Fold>> out = new ArrayList<>();
    for (int i = 0; i < thresholds.length; i++) {
      out.add(new ArrayList<>());
    }
    for (int f = 0; f < tests.size(); f++) {
      StoryScorer scorer = ScorerFit.fit(trainPairs.get(f), without, settings.threshold());
      List<AnalyzedArticle> test = tests.get(f);
      List<String> gold = test.stream().map(a -> StreamFile.gold(a.article())).toList();
      for (int i = 0; i < thresholds.length; i++) {
        List<String> predicted =
            Clustering.assign(
                test,
                new StoryClusterer.Settings(thresholds[i], settings.window(), scorer),
                repair);
        out.get(i)
            .add(
                new Fold(
                    indexes.get(f),
                    trainSizes.get(f),
                    test.size(),
                    ClusterMetrics.score(predicted, gold)));
      }
    }
    return out.stream().map(Result::new).toList();
  }

  /** The articles of fold {@code f} of {@code k}, dealt as the constructor deals them. */
  static List<AnalyzedArticle> fold(List<AnalyzedArticle> stream, int k, int f) {
    Map<String, Integer> foldOf = new HashMap<>();
    List<AnalyzedArticle> out = new ArrayList<>();
    for (AnalyzedArticle a : stream) {
      if (foldOf.computeIfAbsent(StreamFile.gold(a.article()), g -> foldOf.size() % k) == f) {
        out.add(a);
      }
    }
    return out;
  }

  /** The default: 5 folds, the shipped threshold and window, the given repair pass. */
  static Result fiveFold(
      List<AnalyzedArticle> stream, StoryClusterer.Settings settings, StoryRepair.Settings repair) {
    return new HeldOutFolds(stream, 5, settings, repair).run(Set.of());
  }
}
