package dev.storyline.brief.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarginalRelevanceTest {
  @Test
  void oneFactInOtherWordsIsARepeat() {
    assertThat(
            MarginalRelevance.sameFact(
                "Ferry crews voted for a deal that rules out compulsory layoffs caused by"
                    + " automation until 2034.",
                "Compulsory layoffs linked to automation are ruled out until 2034."))
        .isTrue();
    assertThat(
            MarginalRelevance.sameFact(
                "Fare talks between the crews and the line collapsed in March 2029.",
                "Back in March 2029, fare talks with the line collapsed."))
        .isTrue();
  }

  @Test
  void aFigureOrWordsAloneAreNot() {
    assertThat(
            MarginalRelevance.sameFact(
                "The line carried 4,200 cars in March 2029.",
                "In March 2029 the crews elected a new leader."))
        .as("the same month and year, nothing else")
        .isFalse();
    assertThat(
            MarginalRelevance.sameFact(
                "Compulsory layoffs linked to automation are ruled out until 2034.",
                "Compulsory layoffs linked to automation are ruled out for a decade."))
        .as("no figure in common: left to the embeddings")
        .isFalse();
  }
}
