package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
  @Test
  void identicalTextsScoreOne() {
    ShingleMetric.Counts c = ShingleMetric.page("a b c d e", "a b c d e");
    assertThat(ShingleMetric.score(List.of(c)).f1()).isEqualTo(1.0);
  }

  @Test
  void extraTextLowersPrecisionOnly() {
    // truth "a b c d e": shingles abcd, bcde. Prediction adds "f": abcd, bcde, cdef -> tp 2, fp 1,
    // fn 0
    ShingleMetric.Counts c = ShingleMetric.page("a b c d e", "a b c d e f");
    assertThat(c.tp()).isCloseTo(2 / 3.0, within(1e-9));
    ShingleMetric.Score s = ShingleMetric.score(List.of(c));
    assertThat(s.precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void emptyPredictionCountsOnlyForRecallAndShortTextsAreOneShingle() {
    ShingleMetric.Score s =
        ShingleMetric.score(
            List.of(ShingleMetric.page("one two", ""), ShingleMetric.page("one two", "one two")));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.5);
  }

  @Test
  void tokensAreUnicodeWordRuns() {
    assertThat(ShingleMetric.tokens("Zürich's café—open 24/7"))
        .containsExactly("Zürich", "s", "café", "open", "24", "7");
  }
}
