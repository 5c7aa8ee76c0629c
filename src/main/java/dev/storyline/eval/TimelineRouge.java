package dev.storyline.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alignment-based timeline ROUGE with many-to-one date alignment (Martschat & Markert 2017, as
 * tilse's {@code align_date_content_costs_many_to_one}) and date-selection F1, for one predicted
 * and one reference timeline. Tokens are {@link Rouge#tokens} with stop words dropped.
 *
 * <p>cost(p, r) = (1 - 1 / (|p - r| days + 1)) × (1 - unigram F1 of the two dates' texts). Each
 * predicted date p is aligned to its cheapest reference date r(p) for precision; each reference
 * date r to its cheapest predicted date p(r) for recall. Matched n-grams of an aligned pair are
 * weighted by 1 / (|p - r| + 1).
 */
final class TimelineRouge {
  private TimelineRouge() {}

  /** ROUGE-1, ROUGE-2 and date scores of one timeline pair. */
  record Result(Rouge.Score rouge1, Rouge.Score rouge2, Rouge.Score dates) {}

  static Result score(Map<LocalDate, List<String>> predicted, Map<LocalDate, List<String>> reference) {
    List<Day> p = days(predicted);
    List<Day> r = days(reference);
    Rouge.Score[] rouge = new Rouge.Score[2];
    for (int n = 1; n <= 2; n++) {
      double[] prec = aligned(p, r, n);
      double[] rec = aligned(r, p, n);
      double pv = prec[1] == 0 ? 0 : prec[0] / prec[1];
      double rv = rec[1] == 0 ? 0 : rec[0] / rec[1];
      rouge[n - 1] = new Rouge.Score(pv, rv, pv + rv == 0 ? 0 : 2 * pv * rv / (pv + rv));
    }
    Set<LocalDate> common = new HashSet<>(predicted.keySet());
    common.retainAll(reference.keySet());
    Rouge.Score dates = Rouge.Score.of(common.size(), predicted.size(), reference.size());
    return new Result(rouge[0], rouge[1], dates);
  }

  /**
   * Sum over {@code from} days of weight × matched n-grams with the aligned day of {@code to}, and
   * the sum of the n-gram counts of the {@code from} days: {matched, total}.
   */
  private static double[] aligned(List<Day> from, List<Day> to, int n) {
    double matched = 0;
    double total = 0;
    for (Day a : from) {
      Map<List<String>, Integer> grams = n == 1 ? a.unigrams : Rouge.ngrams(a.tokens, 2);
      total += Rouge.total(grams);
      Day b = cheapest(a, to);
      if (b != null) {
        Map<List<String>, Integer> other = n == 1 ? b.unigrams : Rouge.ngrams(b.tokens, 2);
        matched += weight(a.date, b.date) * Rouge.overlap(grams, other);
      }
    }
    return new double[] {matched, total};
  }

  private static Day cheapest(Day a, List<Day> to) {
    Day best = null;
    double bestCost = Double.MAX_VALUE;
    for (Day b : to) {
      double cost = (1 - weight(a.date, b.date)) * (1 - unigramF1(a, b));
      if (cost < bestCost) {
        bestCost = cost;
        best = b;
      }
    }
    return best;
  }

  static double weight(LocalDate a, LocalDate b) {
    return 1.0 / (Math.abs(ChronoUnit.DAYS.between(a, b)) + 1);
  }

  private static double unigramF1(Day a, Day b) {
    return Rouge.Score.of(Rouge.overlap(a.unigrams, b.unigrams), Rouge.total(a.unigrams),
        Rouge.total(b.unigrams)).f1();
  }

  private static List<Day> days(Map<LocalDate, List<String>> timeline) {
    List<Day> out = new ArrayList<>();
    timeline.forEach((date, sentences) -> {
      List<String> tokens = Rouge.tokens(String.join(" ", sentences), true);
      out.add(new Day(date, tokens, Rouge.ngrams(tokens, 1)));
    });
    return out;
  }

  private record Day(LocalDate date, List<String> tokens, Map<List<String>, Integer> unigrams) {}
}
