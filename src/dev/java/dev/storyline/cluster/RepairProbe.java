package dev.storyline.cluster;

import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.eval.RepairSweep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Developer tool (not a test): features of story pairs and splits against gold labels. */
public final class RepairProbe {
  public static void main(String[] args) throws Exception {
    for (String f : args) {
      probe(RepairSweep.load(Path.of(f)));
    }
  }

  static void probe(List<AnalyzedArticle> stream) {
    StoryClusterer c = new StoryClusterer(Stages.storySettings());
    EntityStats idf = new EntityStats();
    Map<String, StoryState> stories = new LinkedHashMap<>();
    Map<String, List<String>> gold = new HashMap<>();
    for (AnalyzedArticle a : stream) {
      String id = c.assign(a).storyId();
      ArticleEvidence p = ArticleEvidence.of(a);
      idf.add(p.entities().keySet());
      stories
          .computeIfAbsent(id, k -> new StoryState(k, a.embedding().length))
          .add(new Member(a.id(), a.embedding(), p, a.article().published()));
      gold.computeIfAbsent(id, k -> new ArrayList<>())
          .add(a.article().meta().getOrDefault("story", ""));
    }
    List<StoryState> all = new ArrayList<>(stories.values());
    int[] diffOver = new int[6];
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        StoryState a = all.get(i);
        StoryState b = all.get(j);
        long gap =
            Math.max(
                0,
                Math.max(a.first.getEpochSecond(), b.first.getEpochSecond())
                    - Math.min(a.last.getEpochSecond(), b.last.getEpochSecond()));
        double sim = StoryRepair.meanCross(a.sum, a.articles, b.sum, b.articles);
        double cov =
            Math.min(
                EntityProfile.coverage(a.entities, b.entities, idf),
                EntityProfile.coverage(b.entities, a.entities, idf));
        boolean same = major(gold.get(a.id)).equals(major(gold.get(b.id)));
        if (same) {
          System.out.printf(
              Locale.ROOT,
              "SAME sim %.3f cov %.2f gap %.1fh sizes %d/%d%n",
              sim,
              cov,
              gap / 3600.0,
              a.articles,
              b.articles);
        } else if (gap <= 96 * 3600) {
          for (int t = 0; t < 6; t++) {
            if (sim >= 0.45 + 0.05 * t && cov >= 0.3) {
              diffOver[t]++;
            }
          }
          if (sim >= 0.6) {
            System.out.printf(
                Locale.ROOT,
                "DIFF sim %.3f cov %.2f gap %.1fh sizes %d/%d%n",
                sim,
                cov,
                gap / 3600.0,
                a.articles,
                b.articles);
          }
        }
      }
    }
    System.out.println(
        "different pairs within 48h with cov>=0.3 and sim >= 0.45,0.50..: "
            + java.util.Arrays.toString(diffOver));
    for (StoryState s : all) {
      if (s.articles < 6) {
        continue;
      }
      boolean[] side = TwoMeans.split(s.members);
      List<Member> p = new ArrayList<>();
      List<Member> q = new ArrayList<>();
      List<String> gp = new ArrayList<>();
      List<String> gq = new ArrayList<>();
      for (int i = 0; i < side.length; i++) {
        (side[i] ? q : p).add(s.members.get(i));
        (side[i] ? gq : gp).add(gold.get(s.id).get(i));
      }
      if (p.isEmpty() || q.isEmpty()) {
        continue;
      }
      StoryState a = new StoryState("", 384);
      p.forEach(a::add);
      StoryState b = new StoryState("", 384);
      q.forEach(b::add);
      double sim = StoryRepair.meanCross(a.sum, a.articles, b.sum, b.articles);
      double cov =
          Math.max(
              EntityProfile.coverage(a.entities, b.entities, idf),
              EntityProfile.coverage(b.entities, a.entities, idf));
      boolean impure = new java.util.HashSet<>(gold.get(s.id)).size() > 1;
      System.out.printf(
          Locale.ROOT,
          "SPLIT %s n %d parts %d/%d sim %.3f cov %.2f goldP %s goldQ %s%n",
          impure ? "IMPURE" : "pure",
          s.articles,
          p.size(),
          q.size(),
          sim,
          cov,
          counts(gp),
          counts(gq));
    }
  }

  static String major(List<String> labels) {
    Map<String, Integer> n = new HashMap<>();
    labels.forEach(l -> n.merge(l, 1, Integer::sum));
    return n.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  static Map<String, Integer> counts(List<String> labels) {
    Map<String, Integer> n = new java.util.TreeMap<>();
    labels.forEach(l -> n.merge(l.length() > 6 ? l.substring(l.length() - 6) : l, 1, Integer::sum));
    return n;
  }
}
