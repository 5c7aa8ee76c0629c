package dev.storyline.cluster;

import dev.storyline.app.Stages;
import dev.storyline.cluster.StoryClusterer.Candidate;
import dev.storyline.domain.AnalyzedArticle;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Developer tool (not a test): the allsides articles that join their gold story when allsides is
 * clustered alone but not in the hard-negative set, with the logit each feature of the gold story's
 * best fragment lost between the two (weight × change of the feature, mean over those articles), so
 * the cause of the hard set's lower recall can be read per feature. Usage: HardDiff CACHE_DIR
 * (-Dverbose=true each such article with the features that moved by more than 0.3 logit;
 * -Drivals=true each hard-set article that left its gold story, with the gold fragment's and the
 * nearest foreign candidate's features and members).
 */
public final class HardDiff {
  private HardDiff() {}

  record Seen(String outcome, double[] gold, double p) {}

  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args[0]);
    String dir = System.getProperty("streams", "../shared/data/streams");
    List<AnalyzedArticle> alone = SplitProbe.stream(cache, dir + "/allsides-2021.jsonl.gz");
    Map<String, Seen> a = run(alone, false);
    Map<String, Seen> h = run(SplitProbe.stream(cache, "hard"), true);
    StoryScorer scorer = Stages.storySettings().scorer();
    Map<String, Double> w = scorer.weights();
    int n = 0;
    double[] lost = new double[StoryFeatures.NAMES.size()];
    Map<String, Integer> outcomes = new HashMap<>();
    for (AnalyzedArticle x : alone) {
      Seen s = a.get(x.id());
      Seen t = h.get(x.id());
      if (s == null || t == null || !s.outcome().equals("joined") || t.outcome().equals("joined")) {
        continue;
      }
      outcomes.merge(t.outcome(), 1, Integer::sum);
      if (t.gold() == null) {
        continue;
      }
      n++;
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < lost.length; i++) {
        String f = StoryFeatures.NAMES.get(i);
        double d = w.getOrDefault(f, 0.0) * (t.gold()[i] - s.gold()[i]);
        lost[i] += d;
        if (Math.abs(d) > 0.3) {
          b.append(
              String.format(Locale.ROOT, " %s %.2f->%.2f (%+.2f)", f, s.gold()[i], t.gold()[i], d));
        }
      }
      if (Boolean.getBoolean("verbose")) {
        System.out.printf(
            Locale.ROOT,
            "%s p %.2f -> %.2f%s | %s%n",
            t.outcome(),
            s.p(),
            t.p(),
            b,
            x.article().title());
      }
    }
    System.out.println("alone-joined, hard-not: " + outcomes + "; with gold candidate " + n);
    for (int i = 0; i < lost.length; i++) {
      System.out.printf(
          Locale.ROOT, "%-22s %+.3f%n", StoryFeatures.NAMES.get(i), lost[i] / Math.max(1, n));
    }
  }

  static String titles(StoryState st) {
    StringBuilder b = new StringBuilder();
    for (Member m : st.members) {
      b.append(m.published().toString(), 0, 13).append(' ').append(m.articleId()).append("; ");
    }
    return b.toString();
  }

  static String feats(double[] x) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      if (x[i] != 0) {
        b.append(StoryFeatures.NAMES.get(i))
            .append('=')
            .append(String.format(Locale.ROOT, "%.2f", x[i]))
            .append(' ');
      }
    }
    return b.toString();
  }

  static Map<String, Seen> run(List<AnalyzedArticle> s, boolean print) {
    StoryClusterer.Settings settings = Stages.storySettings();
    StoryClusterer c = new StoryClusterer(settings);
    StoryScorer scorer = settings.scorer();
    Map<String, Set<String>> ourOfGold = new HashMap<>();
    Map<String, Seen> out = new HashMap<>();
    for (AnalyzedArticle a : s) {
      String g = a.article().meta().getOrDefault("story", "");
      Set<String> siblings = ourOfGold.getOrDefault(g, Set.of());
      List<Candidate> cands = c.candidates(a, ArticleEvidence.of(a));
      StoryClusterer.Assignment as = c.assign(a);
      if (!siblings.isEmpty()) {
        Candidate best = null;
        double bestP = -1;
        for (Candidate k : cands) {
          double p = scorer.probability(k.features());
          if (siblings.contains(k.story().id) && p > bestP) {
            bestP = p;
            best = k;
          }
        }
        if (Boolean.getBoolean("rivals")
            && !siblings.contains(as.storyId())
            && best != null
            && print) {
          Candidate top = null;
          for (Candidate k : cands) {
            if (!siblings.contains(k.story().id)
                && (top == null
                    || k.features()[0] + k.features()[1] > top.features()[0] + top.features()[1])) {
              top = k;
            }
          }
          System.out.println("== " + a.article().published() + " " + a.article().title());
          System.out.println(
              "  gold " + bestP + " " + feats(best.features()) + " | " + titles(best.story()));
          if (top != null) {
            System.out.println(
                "  rival "
                    + scorer.probability(top.features())
                    + " "
                    + feats(top.features())
                    + " | "
                    + titles(top.story()));
          }
        }
        String outcome =
            siblings.contains(as.storyId())
                ? "joined"
                : best == null ? "missing" : as.newStory() ? "below" : "other";
        out.put(a.id(), new Seen(outcome, best == null ? null : best.features(), bestP));
      }
      ourOfGold.computeIfAbsent(g, k -> new HashSet<>()).add(as.storyId());
    }
    return out;
  }
}
