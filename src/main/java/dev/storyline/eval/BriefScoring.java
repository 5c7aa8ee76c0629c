package dev.storyline.eval;

import dev.storyline.brief.Grounding;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.eval.BriefEval.Cut;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How {@link BriefEval} scores one brief: the summary cuts beside their baselines, how much of a
 * cut one outlet fills, the grounding of every line, the lead baseline and an LLM writer's withheld
 * count.
 */
final class BriefScoring {

  private BriefScoring() {}

  /** Running scores of one cut. */
  static final class CutScores {
    final String label;
    final Rouge.Mean ours = new Rouge.Mean();
    final Rouge.Mean leadN = new Rouge.Mean();
    final Rouge.Mean lexRank = new Rouge.Mean();
    int multiOutlet;
    int overHalf;

    CutScores(String label) {
      this.label = label;
    }

    void add(Brief brief, List<AnalyzedArticle> members, String reference, int n) {
      if (reference != null) {
        ours.add(SummaryBaselines.cut(BriefEval.text(brief.summary()), n), reference);
        leadN.add(SummaryBaselines.leadN(members, n), reference);
        lexRank.add(SummaryBaselines.lexRank(members, n), reference);
      }
      if (members.stream().map(a -> a.article().outlet()).distinct().count() >= 3) {
        multiOutlet++;
        overHalf += oneOutletOverHalf(brief.summary(), members, n) ? 1 : 0;
      }
    }

    Cut done() {
      return new Cut(label, ours, leadN, lexRank, multiOutlet, overHalf);
    }
  }

  /**
   * True when more than half of the summary's sentences within its first {@code n} words cite one
   * outlet (a sentence counts when it starts within those words).
   */
  static boolean oneOutletOverHalf(List<Line> summary, List<AnalyzedArticle> members, int n) {
    Map<String, String> outletOf = new HashMap<>();
    members.forEach(a -> outletOf.put(a.id(), a.article().outlet()));
    Map<String, Integer> per = new HashMap<>();
    int words = 0;
    int shown = 0;
    for (Line l : summary) {
      if (words >= n || l.refs().isEmpty()) {
        break;
      }
      per.merge(outletOf.getOrDefault(l.refs().get(0).articleId(), "?"), 1, Integer::sum);
      shown++;
      words += SummaryBaselines.words(l.text());
    }
    int most = per.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return shown > 0 && most * 2 > shown;
  }

  /** The withheld count an LLM writer puts in {@link Brief#writer()} ("…; withheld 2"), else 0. */
  static int withheld(String writer) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("withheld (\\d+)").matcher(writer);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  static void ground(Brief brief, List<AnalyzedArticle> members, int[] counts, List<String> bad) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    members.forEach(a -> byId.put(a.id(), a));
    for (Line l : BriefJson.allLines(brief)) {
      counts[0]++;
      List<String> sources = l.refs().stream().map(r -> source(byId, r)).toList();
      List<String> missing = Grounding.unsupported(l.text(), sources);
      if (missing.isEmpty()) {
        counts[1]++;
      } else if (bad.size() < 20) {
        bad.add(missing + " in: " + l.text());
      }
    }
    int stances = brief.sides().stream().mapToInt(c -> c.stances().size()).sum();
    counts[2] += stances;
    counts[3] += stances > 0 ? 1 : 0;
  }

  private static String source(Map<String, AnalyzedArticle> byId, SourceRef r) {
    AnalyzedArticle a = byId.get(r.articleId());
    if (a == null) {
      return "";
    }
    if (r.sentence() == SourceRef.TITLE) {
      return a.article().title();
    }
    for (AnalyzedSentence s : a.sentences()) {
      if (s.index() == r.sentence()) {
        return s.text();
      }
    }
    return "";
  }

  /** The lead baseline: the first body sentence of each article, oldest article first. */
  static String leadBaseline(List<AnalyzedArticle> members) {
    return members.stream()
        .filter(a -> !a.sentences().isEmpty())
        .map(a -> a.sentences().get(0).text())
        .collect(Collectors.joining(" "));
  }
}
