package dev.storyline.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {
  private static final String STORY =
      "The city library will stay open until midnight during exam weeks, the"
          + " council said on Friday, after students collected more than three thousand signatures. The longer"
          + " hours start next month and cost about forty thousand a year, paid from the culture budget. Two"
          + " extra staff will be hired, and the reading rooms on the second floor will be kept quiet after ten"
          + " in the evening. The library director welcomed the decision and said the building was already full"
          + " most afternoons.";

  @Test
  void rewordedLeadStaysACandidateAndResemblesTheOriginal() {
    String variant = "Updated by our desk: " + STORY;
    assertThat(SimHash.distance(SimHash.of(STORY), SimHash.of(variant)))
        .isLessThanOrEqualTo(SimHash.NEAR);
    assertThat(SimHash.resemblance(STORY, variant)).isGreaterThanOrEqualTo(SimHash.SAME);
  }

  @Test
  void unrelatedTextIsNeitherCandidateNorResembling() {
    String other =
        "A storm closed the mountain pass overnight and snow ploughs worked until dawn to clear the"
            + " road, while the weather service warned of more snow and strong winds through the weekend and asked"
            + " drivers to carry chains, blankets and water, and to check the latest reports before setting out"
            + " on any journey across the higher valleys where several villages lost power for hours.";
    assertThat(SimHash.resemblance(STORY, other)).isLessThan(0.1);
    NearDuplicates index = new NearDuplicates();
    index.add("a", SimHash.of(STORY));
    assertThat(index.candidates(SimHash.of(other), 5)).isEmpty();
    assertThat(index.candidates(SimHash.of(STORY + " Extra."), 5)).containsExactly("a");
  }

  @Test
  void shortTextsGetNoHash() {
    assertThat(SimHash.of("Too short to judge.")).isZero();
  }
}
