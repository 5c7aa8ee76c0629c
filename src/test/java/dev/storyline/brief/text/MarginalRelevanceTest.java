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
  void aLargeFigureNeedsTwoMoreWordsInCommon() {
    assertThat(
            MarginalRelevance.sameLargeFigure(
                "The US economy added 850,000 jobs in June, when adjusted for seasonal changes.",
                "In a burst of hiring, employers added 850,000 jobs in June, well above the"
                    + " average."))
        .as("850,000 with added and jobs")
        .isTrue();
    assertThat(
            MarginalRelevance.sameLargeFigure(
                "Ferry crews voted on the deal in 2034.", "The ferry crews struck in 2034."))
        .as("a year with two words in common")
        .isFalse();
    assertThat(
            MarginalRelevance.sameLargeFigure(
                "Economists had expected claims to fall to 400,000 from last week's 406,000.",
                "Jobless claims slipped below 400,000 last week for the first time since 2020."))
        .as("a round figure named for two facts: words that place it in time do not count")
        .isFalse();
    assertThat(
            MarginalRelevance.sameFact(
                "The US economy added 850,000 jobs in June.",
                "Employers added 850,000 jobs in June."))
        .as("across sections three more words are needed")
        .isFalse();
    assertThat(
            MarginalRelevance.sameLargeFigure(
                "The line carried 4,200 cars in March.", "The union has 4,200 members."))
        .as("a large figure with no more than one word in common")
        .isFalse();
  }

  @Test
  void judgedOnOneSentencesWordsASentenceThatAddsAClaimIsNoRestatement() {
    String shown = "Kestrel Devices is recalling its K7 Fold phones.";
    String adds =
        "Lina Forsk said Kestrel Devices was recalling its K7 Fold phones too late to spare"
            + " buyers, and that regulators had warned the company in March.";
    String again = "The K7 Fold phones of Kestrel Devices are being recalled, the company said.";
    // the shorter sentence's words are all in the longer one: a restatement either way round
    assertThat(MarginalRelevance.restates(adds, shown, 0.6)).isTrue();
    // judged on the longer one's own words, most of them are new
    assertThat(MarginalRelevance.restates(adds, shown, 0.6, true)).isFalse();
    assertThat(MarginalRelevance.restates(again, shown, 0.6, true)).isTrue();
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
