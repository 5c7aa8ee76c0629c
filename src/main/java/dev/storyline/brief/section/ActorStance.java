package dev.storyline.brief.section;

import dev.storyline.brief.section.SidesWriter.Found;
import java.util.Comparator;
import java.util.List;

/**
 * One actor's stances in {@link SidesWriter}: the summed polarity and the stance that shows it best
 * (of the actor's sign, then one that reads alone, then a direct quote, then the strongest).
 */
record ActorStance(int total, int count, Found best, List<Found> all) {
  static ActorStance of(List<Found> fs) {
    int total = fs.stream().mapToInt(Found::polarity).sum();
    int sign = Integer.signum(total);
    Found best =
        fs.stream()
            .max(
                Comparator.comparingInt((Found f) -> Integer.signum(f.polarity()) == sign ? 1 : 0)
                    .thenComparingInt(f -> f.readsAlone() ? 1 : 0)
                    .thenComparingInt(f -> f.quote() == null ? 0 : 1)
                    .thenComparingInt(f -> Math.abs(f.polarity()))
                    .thenComparingDouble(f -> f.sent().centrality()))
            .orElseThrow();
    return new ActorStance(total, fs.size(), best, List.copyOf(fs));
  }

  double weight() {
    return Math.abs(total) + 0.5 * count + best.sent().centrality();
  }
}
