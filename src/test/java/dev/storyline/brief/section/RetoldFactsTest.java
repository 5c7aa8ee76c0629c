package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.text.MarginalRelevance;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.brief.text.Vectorizer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fact the page tells once is not told again in other words (issue 19, the sample's dockers page:
 * Key Points retold two Sides quotations as reported speech and a Forecast line; its Timeline gave
 * a strike and a collapse of talks beside the milestones of the same month, and dated "the first
 * strike since 1998" to 1998).
 */
class RetoldFactsTest {

  @Test
  void aQuotationToldAgainAsReportedSpeechIsARestatement() {
    String quote =
        "“This agreement proves that automation can be negotiated, not imposed,” said Tomas Reyk.";
    String reported =
        "Tomas Reyk, head of the ferry union, argued that the agreement proved that automation could"
            + " be negotiated rather than imposed.";
    assertThat(MarginalRelevance.restates(reported, quote, 0.8)).isTrue();
    assertThat(
            MarginalRelevance.restates(
                "Other ports are likely to copy the job guarantees in their own contracts.",
                "Other ports could copy the job guarantees in their own contracts, analysts say.",
                0.8))
        .isTrue();
    // the Key Points' bar (KeyPointsWriter.RESTATES): a forecast retold with the speaker in front
    assertThat(
            MarginalRelevance.restates(
                "Most observers expect other ports to copy the job guarantees in their own contracts.",
                "Other ports could copy the job guarantees in their own contracts, some analysts"
                    + " predict.",
                KeyPointsWriter.RESTATES))
        .isTrue();
    // the same speaker on another point, and two sentences sharing the story's words: not retold
    assertThat(
            MarginalRelevance.restates(
                reported, "Tomas Reyk said the union would now turn to pensions.", 0.8))
        .isFalse();
    assertThat(
            MarginalRelevance.restates(
                "Seventy-one percent of union members voted in favour of the agreement.",
                "The agreement raises pay by six percent over two years for union members.",
                0.8))
        .isFalse();
    // too few words to tell
    assertThat(MarginalRelevance.restates("The port reopened.", "The port reopened today.", 0.8))
        .isFalse();
  }

  @Test
  void keyPointsLeaveOutAQuotationRetoldAsReportedSpeech() {
    String reported =
        "Tomas Reyk, head of the ferry union, argued that the agreement proved that automation could"
            + " be negotiated rather than imposed.";
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .title("Ferry crews accept automation deal")
            .sentence("Ferry crews voted to accept a new contract with automation guarantees.")
            .sentence(reported)
            .sentence("The contract raises pay for deckhands and engineers alike.")
            .build();
    AnalyzedArticle b =
        article("b", "B", "2025-01-01T03:00:00Z")
            .title("Ferry strike ends with an automation deal")
            .sentence("The crews ended their strike after a vote on the automation deal.")
            .sentence("Night crossings on the north route resume this week under the deal.")
            .build();
    StoryText text = StoryText.of(List.of(a, b));
    AnalyzedArticle c =
        article("c", "C", "2025-01-01T04:00:00Z")
            .sentence(
                "“This agreement proves that automation can be negotiated, not imposed,” said"
                    + " Tomas Reyk.")
            .build();
    StorySentence sidesQuote = StoryText.of(List.of(c)).sentences().get(0);
    assertThat(KeyPointsWriter.pick(text, List.of(), List.of()))
        .extracting(StorySentence::text)
        .contains(reported);
    assertThat(KeyPointsWriter.pick(text, List.of(), List.of(sidesQuote)))
        .extracting(StorySentence::text)
        .isNotEmpty()
        .doesNotContain(reported);
  }

  private static TimelineWriter.Fact fact(String iso, DateGranularity g, String text) {
    Line line = Line.of(text, new SourceRef("f", 2));
    TimelineEntry e = new TimelineEntry(LocalDate.parse(iso), g, "", line, null, true);
    return new TimelineWriter.Fact(e, Vectorizer.terms(text));
  }

  @Test
  void aBackgroundFactTheMilestoneOfItsMonthTellsIsLeftOut() {
    List<TimelineEntry> milestones =
        List.of(
            TimelineWriter.milestone(
                "s2",
                LocalDate.parse("2026-03-10"),
                Line.of(
                    "Ferry port shut as 900 crew members begin 72-hour strike",
                    new SourceRef("m2", -1))),
            TimelineWriter.milestone(
                "s1",
                LocalDate.parse("2024-06-20"),
                Line.of(
                    "Ferry pay talks collapse as union readies strike ballot",
                    new SourceRef("m1", -1))));
    String strike = "In March 2026, a 72-hour strike shut the ferry port and stranded 40 boats.";
    String talks =
        "In June 2024, pay talks between the union and the operator collapsed, leading to a strike"
            + " ballot.";
    String freeze = "In 2021 the union accepted a pay freeze during the slump.";
    String otherMonth = "In May 2024, the operator first tested a driverless ferry on the river.";
    List<TimelineEntry> tl =
        TimelineWriter.write(
            milestones,
            List.of(
                fact("2026-03-01", DateGranularity.MONTH, strike),
                fact("2024-06-01", DateGranularity.MONTH, talks),
                fact("2021-01-01", DateGranularity.YEAR, freeze),
                fact("2024-05-01", DateGranularity.MONTH, otherMonth)));
    assertThat(tl)
        .filteredOn(TimelineEntry::background)
        .extracting(e -> e.line().text())
        .containsExactlyInAnyOrder(freeze, otherMonth);
    assertThat(tl).filteredOn(e -> !e.background()).hasSize(2);
  }

  @Test
  void aYearAStoryIsMeasuredFromDatesNothing() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Ferry crews walk out")
            .sentence(
                "The walkout was the first at the port since 1998, several observers noted.",
                date("since 1998", "1998-01-01", DateGranularity.YEAR))
            .sentence(
                "In 1998 a nine-day strike closed the port and cost the island dearly.",
                date("In 1998", "1998-01-01", DateGranularity.YEAR))
            .sentence(
                "A fire gutted the ferry office on the anniversary of last year's handover of the"
                    + " port.",
                date("last year", "2030-01-01", DateGranularity.YEAR))
            .build();
    assertThat(TimelineWriter.BackgroundFacts.of(a))
        .extracting(f -> f.entry().line().text())
        .containsExactly("In 1998 a nine-day strike closed the port and cost the island dearly.");
  }
}
