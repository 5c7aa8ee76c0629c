package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineRougeTest {
  @Test
  void tokensFollowRouge155() {
    // lower-cased, split at every non-alphanumeric, stop words out before stemming,
    // only words longer than three letters stemmed
    assertThat(TimelineRouge.tokens("The U.S. well-sealing efforts ran", Set.of("the")))
        .containsExactly("u", "s", "well", "seal", "effort", "ran");
    assertThat(TimelineRouge.tokens("Said the agencies", Set.of("said", "the")))
        .containsExactly("agenc");
  }

  @Test
  void predictedSentencesAreSplitAsThePennTreebankWould() {
    assertThat(TimelineRouge.ptbTokens("Egypt's army didn't fire at 3.5 km, U.S. officials said."))
        .containsExactly(
            "Egypt",
            "'s",
            "army",
            "did",
            "n't",
            "fire",
            "at",
            "3.5",
            "km",
            ",",
            "U.S.",
            "officials",
            "said",
            ".");
  }

  @Test
  void contentDecidesBetweenTwoEquallyDistantReferenceDates() {
    LocalDate d = LocalDate.parse("2011-02-09");
    Map<LocalDate, List<String>> ref =
        Map.of(
            d,
            List.of("Protesters march in Cairo"),
            d.plusDays(2),
            List.of("Mubarak resigns after protests"));
    Map<LocalDate, List<String>> pred =
        Map.of(d.plusDays(1), List.of("Mubarak resigns after protests"));
    TimelineRouge.Result r = TimelineRouge.score(pred, ref);
    // one day from both; the identical text of the later date makes it the cheaper one, so all
    // predicted unigrams match at weight 1 / 2 (an alignment by date alone would take the first)
    assertThat(r.rouge1().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(r.dates().f1()).isZero();
  }

  @Test
  void aStopListFileIsOneWordALine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("stop.txt");
    Files.writeString(file, "Said\nthe\n\nof\n");
    Set<String> stop = TimelineRouge.stopWords(file);
    assertThat(stop).containsExactlyInAnyOrder("said", "the", "of");
    Map<LocalDate, List<String>> ref =
        Map.of(LocalDate.parse("2010-04-20"), List.of("the rig said"));
    Map<LocalDate, List<String>> pred = Map.of(LocalDate.parse("2010-04-20"), List.of("rig"));
    assertThat(TimelineRouge.score(pred, ref, stop).rouge1().recall()).isCloseTo(1, within(1e-9));
  }
}
