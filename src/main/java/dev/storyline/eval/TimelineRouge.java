package dev.storyline.eval;

import dev.storyline.words.English;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alignment-based timeline ROUGE with many-to-one date alignment (Martschat & Markert 2017, as
 * tilse's {@code evaluate_align_date_content_costs_many_to_one}, the metric news-tls reports) and
 * date-selection F1, for one predicted and one reference timeline.
 *
 * <p>Alignment: cost(p, r) = (1 - 1 / (|p - r| days + 1)) × (1 - approx(p, r)), where approx is
 * tilse's ROUGE-1 approximation: the F1 of clipped unigram matches between the two dates' texts
 * split on whitespace, case-sensitive, nothing removed (the texts are Penn Treebank tokenised as
 * the references are; see {@link #ptbTokens}). Each predicted date p is aligned to its cheapest
 * reference date r(p) for precision, each reference date r to its cheapest predicted date p(r) for
 * recall (the first on ties, dates in order, as numpy's argmin). Matched n-grams of an aligned pair
 * are weighted by 1 / (|p - r| + 1).
 *
 * <p>N-gram counting is ROUGE-1.5.5's with {@code -m -s} (tilse runs it so): lower-case, every
 * character but {@code [a-z0-9]} separates tokens, stop words dropped before stemming, tokens
 * longer than three characters Porter-stemmed. Not reproduced: ROUGE's WordNet exception table
 * (irregular forms such as "fled" to "flee"). The stop list is {@link Rouge#STOP} unless another is
 * given (ROUGE-1.5.5's {@code smart_common_words.txt} through {@link #stopWords(Path)}).
 */
final class TimelineRouge {
  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
  private static final Pattern PTB =
      Pattern.compile(
          "(?:\\p{L}\\.){2,}|\\p{L}+(?=n't\\b)|n't\\b|'(?:s|re|ve|ll|d|m)\\b"
              + "|[\\p{L}\\p{N}]+(?:[.,&/-][\\p{L}\\p{N}]+)*|\\S");

  private final Set<String> stop;

  private TimelineRouge(Set<String> stop) {
    this.stop = stop;
  }

  /** ROUGE-1, ROUGE-2 and date scores of one timeline pair. */
  record Result(Rouge.Score rouge1, Rouge.Score rouge2, Rouge.Score dates) {}

  /** Scores with our own stop list. */
  static Result score(
      Map<LocalDate, List<String>> predicted, Map<LocalDate, List<String>> reference) {
    return score(predicted, reference, Rouge.STOP);
  }

  /** Scores with the given stop list (lower-case words). */
  static Result score(
      Map<LocalDate, List<String>> predicted,
      Map<LocalDate, List<String>> reference,
      Set<String> stop) {
    return new TimelineRouge(stop).run(predicted, reference);
  }

  /** A stop list file, one word a line (ROUGE-1.5.5's {@code smart_common_words.txt}). */
  static Set<String> stopWords(Path file) throws IOException {
    Set<String> out = new HashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(line.strip().toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }

  private Result run(
      Map<LocalDate, List<String>> predicted, Map<LocalDate, List<String>> reference) {
    List<Day> p = days(predicted, true);
    List<Day> r = days(reference, false);
    int[] precisionAlign = align(p, r);
    int[] recallAlign = align(r, p);
    Rouge.Score[] rouge = new Rouge.Score[2];
    for (int n = 1; n <= 2; n++) {
      double[] prec = matched(p, r, precisionAlign, n);
      double[] rec = matched(r, p, recallAlign, n);
      double pv = prec[1] == 0 ? 0 : prec[0] / prec[1];
      double rv = rec[1] == 0 ? 0 : rec[0] / rec[1];
      rouge[n - 1] = new Rouge.Score(pv, rv, pv + rv == 0 ? 0 : 2 * pv * rv / (pv + rv));
    }
    Set<LocalDate> common = new HashSet<>(predicted.keySet());
    common.retainAll(reference.keySet());
    Rouge.Score dates = Rouge.Score.of(common.size(), predicted.size(), reference.size());
    return new Result(rouge[0], rouge[1], dates);
  }

  /** For each day of {@code from}, the index of its cheapest day in {@code to} (-1 if none). */
  private static int[] align(List<Day> from, List<Day> to) {
    int[] out = new int[from.size()];
    for (int i = 0; i < from.size(); i++) {
      Day a = from.get(i);
      int best = -1;
      double bestCost = Double.MAX_VALUE;
      for (int j = 0; j < to.size(); j++) {
        Day b = to.get(j);
        double cost = (1 - weight(a.date, b.date)) * (1 - approx(a, b));
        if (cost < bestCost) {
          bestCost = cost;
          best = j;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /**
   * Sum over {@code from} days of weight × matched n-grams with the aligned day of {@code to}, and
   * the sum of the n-gram counts of the {@code from} days: {matched, total}.
   */
  private static double[] matched(List<Day> from, List<Day> to, int[] alignment, int n) {
    double matched = 0;
    double total = 0;
    for (int i = 0; i < from.size(); i++) {
      Day a = from.get(i);
      Map<List<String>, Integer> grams = Rouge.ngrams(a.tokens, n);
      total += Rouge.total(grams);
      if (alignment[i] >= 0) {
        Day b = to.get(alignment[i]);
        matched += weight(a.date, b.date) * Rouge.overlap(grams, Rouge.ngrams(b.tokens, n));
      }
    }
    return new double[] {matched, total};
  }

  static double weight(LocalDate a, LocalDate b) {
    return 1.0 / (Math.abs(ChronoUnit.DAYS.between(a, b)) + 1);
  }

  /** tilse's ROUGE-1 approximation: F1 of clipped matches of raw whitespace tokens. */
  private static double approx(Day a, Day b) {
    return Rouge.Score.of(Rouge.overlap(a.raw, b.raw), Rouge.total(a.raw), Rouge.total(b.raw)).f1();
  }

  /** ROUGE-1.5.5's tokens ({@code -m -s}) of a text with this stop list. */
  List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String t = m.group();
      if (!stop.contains(t)) {
        out.add(t.length() > 3 ? English.stem(t) : t);
      }
    }
    return out;
  }

  static List<String> tokens(String text, Set<String> stop) {
    return new TimelineRouge(stop).tokens(text);
  }

  /** A detokenised sentence split roughly as the Penn Treebank tokeniser would. */
  static List<String> ptbTokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = PTB.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private List<Day> days(Map<LocalDate, List<String>> timeline, boolean detokenised) {
    List<Day> out = new ArrayList<>();
    new java.util.TreeMap<>(timeline)
        .forEach(
            (date, sentences) -> {
              String text = String.join(" ", sentences);
              Map<List<String>, Integer> raw = new HashMap<>();
              for (String sentence : sentences) {
                List<String> split =
                    detokenised ? ptbTokens(sentence) : List.of(sentence.strip().split("\\s+"));
                split.stream()
                    .filter(t -> !t.isEmpty())
                    .forEach(t -> raw.merge(List.of(t), 1, Integer::sum));
              }
              out.add(new Day(date, tokens(text), raw));
            });
    return out;
  }

  private record Day(LocalDate date, List<String> tokens, Map<List<String>, Integer> raw) {}
}
