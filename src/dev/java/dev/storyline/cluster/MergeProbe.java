package dev.storyline.cluster;

import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.eval.AnalyzedCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Developer tool (not a test): what the held-out merges of neus-train are. The scorer is refitted
 * without each fold (as {@code ClusterProbe report} does) and the fold clustered online; in every
 * predicted story that mixes gold stories, the articles outside its largest gold story are the
 * intruders. Each intruder is put in one kind: its title + lead numbers clash with every member of
 * the majority that has numbers ({@code numbers}), or else the months they name differ ({@code
 * months}), or neither ({@code other}); the same tests on pairs of articles of one gold story say
 * how often a cue would also cut a true story. Usage: MergeProbe CACHE_DIR [-Dfolds=0,1]
 * [-Dverbose=true] (prints each mixed story's titles with its intruders marked) [-Dtop=30] (the
 * mixed stories that cost most BCubed precision).
 */
public final class MergeProbe {
  private MergeProbe() {}

  private static final Pattern MONTH =
      Pattern.compile(
          "\\b(January|February|March|April|June|July|August|September|October|November|December"
              + "|May(?= \\d))\\b");

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(System.getProperty("streams", "../shared/data/streams"));
    List<AnalyzedArticle> neus =
        AnalyzedCache.load(
            dir.resolve("neus-train.jsonl.gz"),
            Path.of(args[0]),
            () -> Stages.analyzer(Stages.embedder(), false));
    StoryClusterer.Settings base = Stages.storySettings();
    boolean verbose = Boolean.getBoolean("verbose");
    Map<String, int[]> kinds = new LinkedHashMap<>();
    List<String> losses = new ArrayList<>();
    double[] totalLoss = new double[5];
    for (String f : System.getProperty("folds", "0,1,2,3,4").split(",")) {
      int fold = Integer.parseInt(f);
      List<AnalyzedArticle> test = new ArrayList<>();
      List<AnalyzedArticle> train = new ArrayList<>();
      Map<String, Integer> foldOf = new HashMap<>();
      for (AnalyzedArticle a : neus) {
        int k = foldOf.computeIfAbsent(gold(a), g -> foldOf.size() % 5);
        (k == fold ? test : train).add(a);
      }
      StoryScorer scorer =
          ScorerFit.fit(ScorerFit.pairs(train, MergeProbe::gold), Set.of(), base.threshold());
      StoryClusterer online =
          new StoryClusterer(new StoryClusterer.Settings(base.threshold(), base.window(), scorer));
      List<String> pred = test.stream().map(a -> online.assign(a).storyId()).toList();
      Map<String, List<AnalyzedArticle>> byPred = new LinkedHashMap<>();
      for (int i = 0; i < test.size(); i++) {
        byPred.computeIfAbsent(pred.get(i), k -> new ArrayList<>()).add(test.get(i));
      }
      for (List<AnalyzedArticle> story : byPred.values()) {
        Map<String, Integer> sizes = new HashMap<>();
        story.forEach(a -> sizes.merge(gold(a), 1, Integer::sum));
        if (sizes.size() < 2) {
          continue;
        }
        String major = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        double loss = 0;
        for (int n : sizes.values()) {
          loss += n * (1 - n / (double) story.size());
        }
        losses.add(
            String.format(
                Locale.ROOT,
                "%6.2f fold %d size %d golds %d: %s",
                loss,
                fold,
                story.size(),
                sizes.size(),
                story.get(0).article().title()));
        totalLoss[fold] += loss;
        List<AnalyzedArticle> core = story.stream().filter(a -> gold(a).equals(major)).toList();
        if (verbose) {
          System.out.println("-- fold " + fold);
        }
        for (AnalyzedArticle a : story) {
          String kind = gold(a).equals(major) ? "" : kind(a, core);
          if (!kind.isEmpty()) {
            kinds.computeIfAbsent(kind, k -> new int[1])[0]++;
          }
          if (verbose) {
            System.out.printf(
                Locale.ROOT,
                "  %-8s %s %s | %s%n",
                kind.isEmpty() ? "" : "*" + kind,
                gold(a),
                a.article().title(),
                numbersAndMonths(a));
          }
        }
      }
    }
    System.out.println("intruders by kind: " + counts(kinds));
    System.out.println(
        "BCubed precision lost (articles x (1 - share of their gold in the story)) per fold: "
            + java.util.Arrays.toString(totalLoss)
            + "; the mixed stories losing most:");
    losses.stream()
        .sorted(java.util.Comparator.reverseOrder())
        .limit(Integer.getInteger("top", 30))
        .forEach(System.out::println);
    Map<String, int[]> same = new LinkedHashMap<>();
    Map<String, List<AnalyzedArticle>> byGold = new LinkedHashMap<>();
    neus.forEach(a -> byGold.computeIfAbsent(gold(a), k -> new ArrayList<>()).add(a));
    for (List<AnalyzedArticle> g : byGold.values()) {
      for (AnalyzedArticle a : g) {
        List<AnalyzedArticle> rest = new ArrayList<>(g);
        rest.remove(a);
        same.computeIfAbsent(kind(a, rest), k -> new int[1])[0]++;
      }
    }
    System.out.println(
        "articles of one gold story against the rest of it, by kind: " + counts(same));
  }

  private static String counts(Map<String, int[]> m) {
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> b.append(k).append(' ').append(v[0]).append("; "));
    return b.toString();
  }

  /** The kind of an article against a group: numbers clash with all, months differ, or other. */
  static String kind(AnalyzedArticle a, List<AnalyzedArticle> group) {
    Set<String> own = figures(ArticleEvidence.of(a).numbers());
    int with = 0;
    int clashing = 0;
    for (AnalyzedArticle m : group) {
      Set<String> other = figures(ArticleEvidence.of(m).numbers());
      if (!own.isEmpty() && !other.isEmpty()) {
        with++;
        clashing += other.stream().noneMatch(own::contains) ? 1 : 0;
      }
    }
    if (with > 0 && clashing == with) {
      return "numbers";
    }
    Set<String> months = months(a);
    Set<String> theirs = new HashSet<>();
    group.forEach(m -> theirs.addAll(months(m)));
    if (!months.isEmpty() && !theirs.isEmpty() && theirs.stream().noneMatch(months::contains)) {
      return "months";
    }
    return "other";
  }

  /** With -Dfigures=true, only the figures of {@link TitleFigures#figures}. */
  static Set<String> figures(Set<String> numbers) {
    return Boolean.getBoolean("figures") ? TitleFigures.figures(numbers) : numbers;
  }

  static Set<String> months(AnalyzedArticle a) {
    Set<String> out = new HashSet<>();
    Matcher m = MONTH.matcher(lead(a));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String lead(AnalyzedArticle a) {
    StringBuilder b = new StringBuilder(a.article().title());
    int chars = 0;
    for (var s : a.sentences()) {
      if (chars >= ArticleEvidence.LEAD_CHARS) {
        break;
      }
      chars += s.text().length();
      b.append(" . ").append(s.text());
    }
    return b.toString();
  }

  private static String numbersAndMonths(AnalyzedArticle a) {
    return ArticleEvidence.of(a).numbers() + " " + months(a);
  }

  static String gold(AnalyzedArticle a) {
    return a.article().meta().getOrDefault("story", "");
  }
}
