package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RougeTest {
  @Test
  void tokensAreLowerCaseAlphanumericRunsStemmedAboveThreeLetters() {
    assertThat(Rouge.tokens("Officials were RUNNING, U.S. said", false))
        .containsExactly("offici", "were", "run", "u", "s", "said");
    assertThat(Rouge.tokens("The official ran", true)).containsExactly("offici", "ran");
  }

  @Test
  void rougeOfAHandCountedPair() {
    List<String> c = Rouge.tokens("the cat sat on the mat", false);
    List<String> r = Rouge.tokens("the cat lay on the mat", false);
    // unigrams: the x2, cat, on, mat shared = 5 of 6 on each side
    assertThat(Rouge.n(c, r, 1).f1()).isCloseTo(5.0 / 6, within(1e-9));
    // bigrams: "the cat", "on the", "the mat" shared = 3 of 5
    assertThat(Rouge.n(c, r, 2).f1()).isCloseTo(3.0 / 5, within(1e-9));
    // LCS "the cat on the mat" = 5
    assertThat(Rouge.l(c, r).f1()).isCloseTo(5.0 / 6, within(1e-9));
  }

  @Test
  void clippedCountsAndUnequalLengths() {
    List<String> c = Rouge.tokens("dog dog dog", false);
    List<String> r = Rouge.tokens("dog cat", false);
    Rouge.Score s = Rouge.n(c, r, 1);
    assertThat(s.precision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.recall()).isCloseTo(1.0 / 2, within(1e-9));
    assertThat(s.f1()).isCloseTo(0.4, within(1e-9));
    assertThat(Rouge.n(List.of(), r, 1).f1()).isZero();
  }

  @Test
  void timelineAlignmentDiscountsAnOffByOneDate() {
    LocalDate d1 = LocalDate.parse("2011-01-25");
    LocalDate d2 = d1.plusDays(1);
    Map<LocalDate, List<String>> ref = Map.of(d1, List.of("Protesters fill Tahrir Square"));
    TimelineRouge.Result same = TimelineRouge.score(ref, ref);
    assertThat(same.rouge1().f1()).isCloseTo(1, within(1e-9));
    assertThat(same.rouge2().f1()).isCloseTo(1, within(1e-9));
    assertThat(same.dates().f1()).isCloseTo(1, within(1e-9));
    TimelineRouge.Result late =
        TimelineRouge.score(Map.of(d2, List.of("Protesters fill Tahrir Square")), ref);
    // one day apart: matched n-grams weigh 1 / (1 + 1)
    assertThat(late.rouge1().f1()).isCloseTo(0.5, within(1e-9));
    assertThat(late.dates().f1()).isZero();
  }

  @Test
  void manyToOneAlignmentLetsTwoPredictedDatesShareAReferenceDate() {
    LocalDate d = LocalDate.parse("2010-04-20");
    Map<LocalDate, List<String>> ref = Map.of(d, List.of("rig explodes gulf"));
    Map<LocalDate, List<String>> pred =
        Map.of(d, List.of("rig explodes gulf"), d.plusDays(3), List.of("oil reaches coast"));
    TimelineRouge.Result r = TimelineRouge.score(pred, ref);
    // precision: 3 matched of 6 predicted unigrams (the second date matches nothing); recall 3 of 3
    assertThat(r.rouge1().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(r.rouge1().recall()).isCloseTo(1, within(1e-9));
    assertThat(r.dates().precision()).isCloseTo(0.5, within(1e-9));
  }
}
