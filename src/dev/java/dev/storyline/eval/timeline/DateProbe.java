package dev.storyline.eval.timeline;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.storyline.app.Stages;
import dev.storyline.domain.AnalyzedArticle;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Developer tool (not a test): ranks a cached topic's dates. Usage: DateProbe CACHE FROM TO
 * REFDATES(comma) N
 */
public final class DateProbe {
  public static void main(String[] args) throws Exception {
    List<AnalyzedArticle> all;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])))) {
      all = Stages.json().readValue(in, new TypeReference<List<AnalyzedArticle>>() {});
    }
    LocalDate from = LocalDate.parse(args[1]);
    LocalDate to = LocalDate.parse(args[2]);
    List<AnalyzedArticle> within =
        all.stream()
            .filter(
                a -> {
                  LocalDate d = LocalDate.ofInstant(a.article().published(), ZoneOffset.UTC);
                  return !d.isBefore(from) && !d.isAfter(to);
                })
            .toList();
    Set<LocalDate> ref = new TreeSet<>();
    for (String s : args[3].split(",")) {
      ref.add(LocalDate.parse(s));
    }
    Map<LocalDate, Double> scores = DateRanking.scores(within);
    List<LocalDate> ranked = DateRanking.rank(within, from, to);
    int n = Integer.parseInt(args[4]);
    for (int i = 0; i < Math.min(n, ranked.size()); i++) {
      LocalDate d = ranked.get(i);
      System.out.printf("%3d %s %6.1f %s%n", i, d, scores.get(d), ref.contains(d) ? "REF" : "");
    }
    for (LocalDate d : ref) {
      System.out.printf("ref %s score %s rank %d%n", d, scores.get(d), ranked.indexOf(d));
    }
  }
}
