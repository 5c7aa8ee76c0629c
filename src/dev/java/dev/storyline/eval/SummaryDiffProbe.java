package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Developer tool (not a test): where the summary of a BriefProbe dump ({@code -Dout}) wins and
 * loses against LexRank at each reference's length, by reference length and by whether the summary
 * is shorter than the reference; prints the stories it loses most. Usage: SummaryDiffProbe CACHE
 * STREAM REFERENCES DUMP [EXAMPLES].
 */
public final class SummaryDiffProbe {
  private SummaryDiffProbe() {}

  public static void main(String[] args) throws Exception {
    List<AnalyzedArticle> cached =
        AnalyzedCache.load(
            Path.of(args[1]), Path.of(args[0]), () -> Stages.analyzer(Stages.embedder(), true));
    Map<String, List<AnalyzedArticle>> stories =
        cached.stream()
            .collect(
                Collectors.groupingBy(
                    a -> StreamFile.gold(a.article()), LinkedHashMap::new, Collectors.toList()));
    Map<String, String> refs = BriefEval.references(Path.of(args[2]), Stages.json());
    ObjectMapper json = new ObjectMapper();
    Map<String, String> ours = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(args[3]))) {
      JsonNode b = json.readTree(line);
      StringBuilder s = new StringBuilder();
      b.path("summary")
          .forEach(l -> s.append(s.length() == 0 ? "" : " ").append(l.path("text").asText()));
      ours.put(b.path("story").asText(), s.toString());
    }
    int examples = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    Map<String, double[]> buckets = new TreeMap<>();
    List<Object[]> diffs = new ArrayList<>();
    for (Map.Entry<String, List<AnalyzedArticle>> e : stories.entrySet()) {
      String ref = refs.get(e.getKey());
      String mine = ours.get(e.getKey());
      if (ref == null || mine == null) {
        continue;
      }
      List<AnalyzedArticle> members = new ArrayList<>(e.getValue());
      members.sort(Comparator.comparing(a -> a.article().published()));
      int n = SummaryBaselines.words(ref);
      String o = SummaryBaselines.cut(mine, n);
      String lx = SummaryBaselines.lexRank(members, n);
      String ld = SummaryBaselines.leadN(members, n);
      double fo = f1(o, ref);
      double fl = f1(lx, ref);
      double fd = f1(ld, ref);
      String len = n <= 55 ? "a <=55" : n <= 80 ? "b 56-80" : n <= 110 ? "c 81-110" : "d >110";
      String fill = SummaryBaselines.words(mine) < n ? "short" : "full";
      for (String k : List.of("ref " + len, "ours " + fill, "all")) {
        double[] v = buckets.computeIfAbsent(k, x -> new double[4]);
        v[0]++;
        v[1] += fo;
        v[2] += fl;
        v[3] += fd;
      }
      diffs.add(new Object[] {fl - fo, e.getKey(), o, lx, ref});
    }
    buckets.forEach(
        (k, v) ->
            System.out.printf(
                "%-16s n=%5d ours %.3f lexrank %.3f leadN %.3f%n",
                k, (int) v[0], v[1] / v[0], v[2] / v[0], v[3] / v[0]));
    diffs.sort(Comparator.comparingDouble(d -> -(double) d[0]));
    for (int i = 0; i < Math.min(examples, diffs.size()); i++) {
      Object[] d = diffs.get(i);
      System.out.printf(
          "%n== %s lost %.3f%nOURS: %s%nLEX:  %s%nREF:  %s%n", d[1], d[0], d[2], d[3], d[4]);
    }
  }

  static double f1(String candidate, String reference) {
    return Rouge.n(Rouge.tokens(candidate, false), Rouge.tokens(reference, false), 1).f1();
  }
}
