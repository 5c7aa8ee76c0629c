package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Why It Matters takes as significance (issue 15, session 32): a record set against a point in
 * the past, what an event may bring about, and "signal" only as a verb or its sense; and never the
 * same significance twice in two outlets' words.
 */
class WhyItMattersCuesTest {
  private static double significance(String sentence) {
    return CueLexicon.score(CueLexicon.SIGNIFICANCE, sentence);
  }

  @Test
  void signalStaffAreWorkersNotASignal() {
    assertThat(significance("About 2,600 drivers and signal staff began a strike on Tuesday."))
        .isZero();
    assertThat(significance("The vote signals a shift in the union's strategy.")).isPositive();
    assertThat(significance("The ruling sends a signal that the court will not wait."))
        .isPositive();
  }

  @Test
  void aRecordAgainstAPointInThePastIsSignificance() {
    assertThat(significance("Claims fell to the lowest level since March 2020.")).isPositive();
    assertThat(significance("Prices rose at their fastest pace in decades.")).isPositive();
    assertThat(significance("It was the largest privatisation in more than a decade."))
        .isPositive();
    assertThat(significance("No phone recall in the country has been this large.")).isPositive();
    assertThat(significance("It was the first walkout at the harbour since 1998.")).isPositive();
  }

  @Test
  void sinceAloneOrAWordEndingInEstIsNoRecord() {
    assertThat(significance("Most crews have stayed home since March.")).isZero();
    assertThat(significance("Protests at the harbour have continued since the vote.")).isZero();
    assertThat(significance("The interest on the loan has not moved since May.")).isZero();
    assertThat(significance("The latest report on the harbour came out in years past.")).isZero();
    assertThat(significance("No ferry has been this way since the storm.")).isZero();
    assertThat(
            significance(
                "It is the fifth highest bid for the pier, since most buyers stayed away."))
        .isZero();
  }

  @Test
  void whatAnEventMayBringAboutIsSignificance() {
    assertThat(significance("The slow pace could undermine trust in the plan.")).isPositive();
    assertThat(
            significance(
                "Dropping out of the league would make the stadium loan much harder to repay."))
        .isPositive();
    assertThat(significance("The closures show how deep the staffing crisis has become."))
        .isPositive();
    assertThat(significance("The crews could meet the board on Tuesday.")).isZero();
    assertThat(significance("The board will make the ferry timetable public.")).isZero();
  }

  @Test
  void aSecondLineThatTellsTheFirstsSignificanceAgainIsLeftOut() {
    // two outlets' wordings of one record, their embeddings far apart (the embedding overlap
    // check misses them), their words not
    StoryText text =
        StoryText.of(
            List.of(
                article("a", "A", "2025-03-01T08:00:00Z")
                    .sentence(
                        "The council's budget would push city spending to its highest level in"
                            + " decades, officials said on Monday.")
                    .embedding(1, 0, 0.1f)
                    .sentence("The vote on the budget is set for April.")
                    .embedding(0.2f, 0, 1)
                    .build(),
                article("b", "B", "2025-03-01T09:00:00Z")
                    .sentence(
                        "The council's plan would push spending by the city to its highest level"
                            + " in decades, the finance office said.")
                    .embedding(0, 1, 0.1f)
                    .sentence("The mayor presented the plan to the council on Monday.")
                    .embedding(0.3f, 0.3f, 1)
                    .build()));
    List<String> why =
        WhyItMattersWriter.pick(text, List.of()).stream().map(StorySentence::text).toList();
    assertThat(why).hasSize(1);
    assertThat(why.get(0)).contains("highest level in");
  }
}
