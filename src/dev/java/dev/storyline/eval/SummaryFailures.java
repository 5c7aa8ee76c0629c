package dev.storyline.eval;

import dev.storyline.app.Stages;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Developer tool (not a test): the stories where lead-N beats our summary most when both are cut at
 * the reference's length, with the reference, both cuts and where each summary line comes from
 * (article order, sentence index). Usage: SummaryFailures CACHE_DIR STREAM REFERENCES [COUNT];
 * {@code -Dwords=N} cuts both at N words instead (55: the held-out references' length), {@code
 * -Dagainst=lexrank} compares with LexRank instead of lead-N (the column keeps the name "lead").
 */
public final class SummaryFailures {
  private SummaryFailures() {}

  public static void main(String[] args) throws Exception {
    Path stream = Path.of(args[1]);
    List<AnalyzedArticle> cached =
        AnalyzedCache.load(
            stream, Path.of(args[0]), () -> Stages.analyzer(Stages.embedder(), true));
    Map<String, String> refs = BriefEval.references(Path.of(args[2]), Stages.json());
    int count = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    Map<String, List<AnalyzedArticle>> stories =
        cached.stream()
            .collect(
                Collectors.groupingBy(
                    a -> StreamFile.gold(a.article()), LinkedHashMap::new, Collectors.toList()));
    ExtractiveBriefWriter writer =
        new ExtractiveBriefWriter(!Boolean.getBoolean("brief.summaryAfter"));
    List<String[]> rows = new ArrayList<>();
    List<Double> gaps = new ArrayList<>();
    double[] stat = new double[6];
    for (Map.Entry<String, List<AnalyzedArticle>> e : stories.entrySet()) {
      String ref = refs.get(e.getKey());
      if (ref == null) {
        continue;
      }
      List<AnalyzedArticle> members =
          e.getValue().stream().sorted(Comparator.comparing(a -> a.article().published())).toList();
      dev.storyline.domain.StoryMaterial material =
          OneStory.material(
              e.getKey(), members, new dev.storyline.domain.StoryMaterial.Coverage(500, 3, 3, 4));
      Brief b = writer.write(material);
      int n = Integer.getInteger("words", SummaryBaselines.words(ref));
      String ours = SummaryBaselines.cut(BriefEval.text(b.summary()), n);
      String lead =
          "lexrank".equals(System.getProperty("against"))
              ? SummaryBaselines.lexRank(members, n)
              : SummaryBaselines.leadN(members, n);
      double o = f1(ours, ref);
      double l = f1(lead, ref);
      Map<String, Integer> order = new HashMap<>();
      for (int i = 0; i < members.size(); i++) {
        order.put(members.get(i).id(), i);
      }
      StringBuilder where = new StringBuilder();
      for (Line line : b.summary()) {
        where
            .append(order.get(line.refs().get(0).articleId()))
            .append(':')
            .append(line.refs().get(0).sentence())
            .append(' ');
      }
      StringBuilder other = new StringBuilder();
      b.sides()
          .forEach(
              c ->
                  c.stances()
                      .forEach(
                          st -> other.append("  SIDE ").append(st.line().text()).append('\n')));
      b.forecast()
          .items()
          .forEach(i -> other.append("  FCST ").append(i.line().text()).append('\n'));
      b.whyItMatters().forEach(w -> other.append("  WHY  ").append(w.text()).append('\n'));
      if (args.length > 4
          && members.stream().map(a -> a.article().outlet()).distinct().count() >= 3
          && BriefScoring.oneOutletOverHalf(b.summary(), members, BriefEval.SEED_SUMMARY_WORDS)) {
        StringBuilder d = new StringBuilder(e.getKey() + " DOMINATED\n");
        for (Line line : b.summary()) {
          AnalyzedArticle a =
              members.stream()
                  .filter(m -> m.id().equals(line.refs().get(0).articleId()))
                  .findFirst()
                  .orElseThrow();
          d.append("  ")
              .append(a.article().outlet())
              .append(" #")
              .append(line.refs().get(0).sentence())
              .append(' ')
              .append(line.text())
              .append('\n');
        }
        for (AnalyzedArticle a : members) {
          d.append("  ART ")
              .append(a.article().outlet())
              .append(" sentences ")
              .append(a.sentences().size())
              .append('\n');
        }
        d.append(other);
        System.out.println(d);
      }
      gaps.add(l - o);
      int w = SummaryBaselines.words(BriefEval.text(b.summary()));
      stat[0] += w;
      stat[1] += n;
      stat[2] += w < n ? 1 : 0;
      stat[3]++;
      stat[4] += b.summary().size();
      stat[5] += members.stream().mapToInt(a -> a.sentences().size()).sum();
      rows.add(
          new String[] {
            String.format(java.util.Locale.ROOT, "%.3f", l - o),
            e.getKey()
                + String.format(
                    java.util.Locale.ROOT,
                    " ours %.3f lead %.3f n=%d arts=%d where=%s",
                    o,
                    l,
                    n,
                    members.size(),
                    where)
                + "\n REF  "
                + ref
                + "\n OURS "
                + ours
                + "\n LEAD "
                + lead
                + "\n"
                + other
          });
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "mean summary words %.1f, reference %.1f, shorter %.0f of %.0f, lines %.2f, body sentences %.1f%n",
        stat[0] / stat[3],
        stat[1] / stat[3],
        stat[2],
        stat[3],
        stat[4] / stat[3],
        stat[5] / stat[3]);
    rows.sort(Comparator.comparingDouble(r -> -Double.parseDouble(r[0])));
    for (int i = 0; i < Math.min(count, rows.size()); i++) {
      System.out.println(rows.get(i)[0] + " " + rows.get(i)[1]);
    }
  }

  private static double f1(String cand, String ref) {
    return Rouge.n(Rouge.tokens(cand, false), Rouge.tokens(ref, false), 1).f1();
  }
}
