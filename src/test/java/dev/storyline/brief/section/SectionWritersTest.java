package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.date;
import static dev.storyline.brief.Fixture.org;
import static dev.storyline.brief.Fixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.BriefWriter;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.brief.Fixture;
import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.actor.Attribution;
import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.brief.text.Trimmer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Brief.Camp;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of single section writers on small hand-made inputs. */
class SectionWritersTest {
  private final BriefWriter writer = new ExtractiveBriefWriter();

  @Test
  void trimmerDropsOnlyDatelineAndLeadingConnective() {
    assertThat(Trimmer.trim("LYSARIA CITY — The port reopened on Friday."))
        .isEqualTo("The port reopened on Friday.");
    assertThat(Trimmer.trim("But Okafor said the strike would go on."))
        .isEqualTo("Okafor said the strike would go on.");
    assertThat(Trimmer.trim("Meanwhile, Harbor Union met again."))
        .isEqualTo("Harbor Union met again.");
    // dropping "Still," would leave a sentence starting in lower case: keep it whole
    assertThat(Trimmer.trim("Still, the union met again."))
        .isEqualTo("Still, the union met again.");
    assertThat(Trimmer.trim("US-led talks resumed.")).isEqualTo("US-led talks resumed.");
    assertThat(Trimmer.trim("Butter prices rose.")).isEqualTo("Butter prices rose.");
  }

  @Test
  void headlineDropsTrailingOutletAndAvoidsQuestionsAndClickbait() {
    assertThat(HeadlineWriter.clean("Ferries resume on the north route | Coast Ledger", "Other"))
        .isEqualTo("Ferries resume on the north route");
    assertThat(
            HeadlineWriter.clean("Ferries resume on the north route - Island Wire", "Island Wire"))
        .isEqualTo("Ferries resume on the north route");
    assertThat(HeadlineWriter.clean("Ferry fares rise - and why that matters for commuters", "X"))
        .isEqualTo("Ferry fares rise - and why that matters for commuters");
    List<AnalyzedArticle> articles =
        List.of(
            article("q", "A", "2025-01-01T00:00:00Z")
                .title("Will the north route ferries ever come back?")
                .build(),
            article("c", "B", "2025-01-01T01:00:00Z")
                .title("You won't believe why the north route ferries stopped!")
                .build(),
            article("n", "C", "2025-01-01T02:00:00Z")
                .title("North route ferries resume after two-week halt")
                .build());
    assertThat(HeadlineWriter.write(articles))
        .isEqualTo(Line.of("North route ferries resume after two-week halt", SourceRef.title("n")));
  }

  @Test
  void speakerIsResolvedFromHonorificAndSubjectPosition() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Mira Castell, who chairs the Lysaria Ferry Board, opened the meeting.",
                person("Mira Castell"),
                org("Lysaria Ferry Board"))
            .sentence("The fare rise was unfair and must be reversed, Ms. Castell said.")
            .sentence(
                "Okoye Transport, which runs the buses, welcomed the decision, according to"
                    + " Daniel Reyes.",
                org("Okoye Transport"),
                person("Daniel Reyes"))
            .sentence(
                "\"Nobody asked the Lysaria Ferry Board,\" she said.", org("Lysaria Ferry Board"))
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    List<StorySentence> s = text.sentences();
    assertThat(Attribution.speaker(s.get(0), actors)).isNull();
    assertThat(Attribution.speaker(s.get(1), actors).name()).isEqualTo("Mira Castell");
    assertThat(Attribution.speaker(s.get(2), actors).name()).isEqualTo("Okoye Transport");
    // the only organisation is inside the quote and the speaker is a pronoun: no actor
    assertThat(Attribution.speaker(s.get(3), actors)).isNull();
    assertThat(dev.storyline.brief.actor.Quotations.longest(s.get(3).text()))
        .isEqualTo("Nobody asked the Lysaria Ferry Board");
  }

  @Test
  void campsAreNamedSupportersAndOpponentsForAProposal() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Mira Castell said she would support the ferry bill in next week's vote.",
                person("Mira Castell"))
            .sentence(
                "Daniel Reyes said he opposes the bill because it favours large operators.",
                person("Daniel Reyes"))
            .sentence("Okoye Transport said it backs the bill.", org("Okoye Transport"))
            .sentence(
                "The Lysaria Ferry Board said it would publish the vote count.",
                org("Lysaria Ferry Board"))
            .build();
    StoryText text = StoryText.of(List.of(a));
    List<Camp> camps = SidesWriter.write(text, Actors.of(List.of(a)));
    assertThat(camps)
        .extracting(Camp::name)
        .containsExactly("Supporters", "Opponents", "Other voices");
    assertThat(camps.get(0).stances())
        .extracting(Brief.Stance::actor)
        .containsExactlyInAnyOrder("Mira Castell", "Okoye Transport");
    assertThat(camps.get(1).stances())
        .extracting(Brief.Stance::actor)
        .containsExactly("Daniel Reyes");
    assertThat(camps.get(2).stances())
        .extracting(Brief.Stance::actor)
        .containsExactly("Lysaria Ferry Board");
    assertThat(camps.get(0).stances()).allMatch(st -> st.quote() == null);
  }

  @Test
  void forecastSkipsPastTenseAndPastDatedSentences() {
    AnalyzedArticle a =
        article("a", "A", "2025-05-10T00:00:00Z")
            .title("Ferry board weighs its fares")
            .sentence("The ferry board is expected to announce new fares next month.")
            .sentence(
                "The board was expected to announce new fares in April but delayed the move.",
                date("in April", "2025-04-01", DateGranularity.MONTH))
            .sentence(
                "Last year the board raised fares twice and will review them again.",
                date("Last year", "2024-01-01", DateGranularity.YEAR))
            .sentence("The board could have acted sooner, critics argued.")
            .sentence(
                "Two new ferries will enter service in September.",
                date("in September", "2025-09-01", DateGranularity.MONTH))
            .sentence(
                "The fares rose by a tenth in 2023.",
                date("in 2023", "2023-01-01", DateGranularity.YEAR))
            .build();
    Brief b = writer.write(Fixture.material("s", List.of(a)));
    assertThat(b.forecast().items())
        .extracting(i -> i.line().text())
        .containsExactlyInAnyOrder(
            "The ferry board is expected to announce new fares next month.",
            "Two new ferries will enter service in September.");
    assertThat(b.forecast().disclaimer()).isEqualTo(Brief.Forecast.DISCLAIMER);
  }

  @Test
  void pastTenseIgnoresParticiplesAndOptionallyReportingVerbs() {
    assertThat(CueLexicon.pastTense("The board opened a second terminal.")).isTrue();
    assertThat(CueLexicon.pastTense("Automated cranes will start work in June.")).isFalse();
    assertThat(CueLexicon.pastTense("The port is expected to reopen.")).isFalse();
    assertThat(CueLexicon.pastTense("Okafor said the union will strike.", true)).isFalse();
    assertThat(CueLexicon.pastTense("Okafor said the union will strike.", false)).isTrue();
  }

  @Test
  void aCapitalisedWordInsideASentenceIsANameNotACue() {
    // "Mark" and "Means" are names here, "Project" part of one, "May" a month
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE,
                "Harbour Board spokesman Mark Vale said the ferries ran on time."))
        .isZero();
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "Ada Brent chairs the Ways and Means Committee."))
        .isZero();
    assertThat(
            CueLexicon.score(
                CueLexicon.FORWARD, "Crews rebuilt the pier for the Lumen Harbour Project in May."))
        .isZero();
    // the same words as words still count, at the sentence's start too
    assertThat(CueLexicon.score(CueLexicon.SIGNIFICANCE, "The vote marks the end of the strike."))
        .isPositive();
    assertThat(
            CueLexicon.score(CueLexicon.SIGNIFICANCE, "Marking the end of the strike, crews sang."))
        .isPositive();
    assertThat(CueLexicon.score(CueLexicon.FORWARD, "The board projects a surplus.")).isPositive();
    // a project is no forecast ("offshore drilling projects"), a projection is
    assertThat(
            CueLexicon.score(
                CueLexicon.FORWARD, "The board halted new pier projects after the storm."))
        .isZero();
    assertThat(CueLexicon.score(CueLexicon.FORWARD, "The harbour office projects that fares rise."))
        .isPositive();
  }

  @Test
  void aNameOpeningASentenceIsNoCue() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Mark Vale, the harbour's oldest pilot, found a cottage near the pier.",
                person("Mark Vale"))
            .sentence("Will Brent joined the ferry board in the spring.", person("Will Brent"))
            .sentence("Marking the end of the strike, crews sang on the pier.")
            .sentence("Ada Brent will chair the ferry board next year.", person("Ada Brent"))
            .build();
    List<StorySentence> s = StoryText.of(List.of(a)).sentences();
    assertThat(WhyItMattersWriter.score(s.get(0))).isZero();
    assertThat(ForecastWriter.forwardLooking(s.get(1))).isFalse();
    // the same words as words still count, and a name opening a sentence blanks only itself
    assertThat(WhyItMattersWriter.score(s.get(2))).isPositive();
    assertThat(ForecastWriter.forwardLooking(s.get(3))).isTrue();
  }

  @Test
  void theFirstOfSomethingIsNoSignificanceButTheFirstTimeIs() {
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "Profits rose for the first quarter of the year."))
        .isZero();
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "Crews struck for the first time since 1998."))
        .isPositive();
  }

  @Test
  void meansAsANounAndHistoricOfALevelOrAPlaceAreNoSignificance() {
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "The envoys sought other means to end the blockade."))
        .isZero();
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "Rents in the port fell to historic lows this spring."))
        .isZero();
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "Crowds gathered in the historic center of the port."))
        .isZero();
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "The deal means the cranes stay idle until 2031."))
        .isPositive();
    assertThat(
            CueLexicon.score(CueLexicon.SIGNIFICANCE, "Dockers signed a historic deal on Monday."))
        .isPositive();
  }

  @Test
  void significantOfAnAmountOrADegreeIsNoSignificance() {
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "The port has significant numbers of seasonal pilots."))
        .isZero();
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE,
                "Fares at Port Lumen stay significantly higher than inland."))
        .isZero();
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "The vote is a significant step for the ferry crews."))
        .isPositive();
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "The new cranes significantly cut the crews' hours."))
        .isPositive();
  }

  @Test
  void markAsANounOrMarkUpIsNoSignificance() {
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "Ferry fares passed the $40 mark for the first day."))
        .isZero();
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "The harbour board missed the mark with its new fares."))
        .isZero();
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "The assembly will mark up the ferry bill on Tuesday."))
        .isZero();
    assertThat(
            CueLexicon.score(CueLexicon.SIGNIFICANCE, "The vote marks a turn for the ferry crews."))
        .isPositive();
  }

  @Test
  void allowingAsAGerundIsNoSignificance() {
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE, "Critics faulted the board for allowing fares to rise."))
        .isZero();
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE,
                "The ferry line is allowing travellers to rebook for free."))
        .isZero();
    assertThat(
            CueLexicon.score(
                CueLexicon.SIGNIFICANCE,
                "The assembly passed the budget, allowing the port to hire forty pilots."))
        .isPositive();
  }

  @Test
  void willAlwaysIsNoForecast() {
    assertThat(
            CueLexicon.score(CueLexicon.FORWARD, "There will always be storms on the Osk strait."))
        .isZero();
    assertThat(CueLexicon.score(CueLexicon.FORWARD, "The ferries will sail again on Monday."))
        .isPositive();
  }

  @Test
  void aKeyPointNeverStatesAFactOfAnotherSectionInOtherWords() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .title("Ferry crews accept pay deal")
            .sentence("Ferry crews voted to accept a new contract on Monday.")
            .sentence("Talks over a new contract collapsed in March 2029.")
            .sentence("The deal raises pay for deckhands and engineers alike.")
            .build();
    AnalyzedArticle b =
        article("b", "B", "2025-01-01T03:00:00Z")
            .title("Ferry strike ends with a deal")
            .sentence("The crews ended their strike after a vote on Monday.")
            .sentence("Night crossings resume on the north route this week.")
            .build();
    StoryText text = StoryText.of(List.of(a, b));
    // the summary's wording of the same fact, from a third outlet
    AnalyzedArticle c =
        article("c", "C", "2025-01-01T04:00:00Z")
            .sentence("Back in March 2029, talks over a new contract collapsed.")
            .build();
    StorySentence shown = StoryText.of(List.of(c)).sentences().get(0);
    assertThat(KeyPointsWriter.pick(text, List.of(), List.of(shown)))
        .extracting(StorySentence::text)
        .doesNotContain("Talks over a new contract collapsed in March 2029.");
    assertThat(KeyPointsWriter.pick(text, List.of(), List.of()))
        .extracting(StorySentence::text)
        .contains("Talks over a new contract collapsed in March 2029.");
  }

  @Test
  void duplicatesByEmbeddingAreNotBothKeyPoints() {
    float[] x = {1, 0, 0};
    float[] y = {0, 1, 0};
    float[] z = {0, 0.6f, 0.8f};
    float[] w = {0.6f, 0, 0.8f};
    List<AnalyzedArticle> articles =
        List.of(
            article("a", "A", "2025-01-01T00:00:00Z")
                .title("Ferry fares rise on the north route")
                .sentence("Ferry fares on the north route rose by a tenth on Monday.")
                .embedding(x)
                .sentence("The board said fuel costs had doubled since the spring.")
                .embedding(y)
                .sentence("Commuters will pay the new fares from the first of March.")
                .embedding(z)
                .build(),
            article("b", "B", "2025-01-01T03:00:00Z")
                .title("North route ferry tickets cost more")
                .sentence("Tickets for north route ferries cost ten percent more from Monday.")
                .embedding(x)
                .sentence("Student passes are exempt from the increase this year.")
                .embedding(w)
                .build());
    Brief b = writer.write(Fixture.material("s", articles));
    assertThat(b.keyPoints()).hasSizeGreaterThanOrEqualTo(2);
    long sameFact =
        b.keyPoints().stream()
            .filter(
                l ->
                    l.refs().contains(new SourceRef("a", 0))
                        || l.refs().contains(new SourceRef("b", 0)))
            .count();
    assertThat(sameFact).isLessThanOrEqualTo(1);
  }

  @Test
  void backgroundFactNeedsAPastDateWellBeforePublication() {
    java.time.LocalDate pub = java.time.LocalDate.parse("2025-03-10");
    assertThat(
            TimelineWriter.BackgroundFacts.background(
                new dev.storyline.domain.DateMention(
                    "on March 1",
                    0,
                    1,
                    java.time.LocalDate.parse("2025-03-01"),
                    DateGranularity.DAY),
                pub))
        .isFalse();
    assertThat(
            TimelineWriter.BackgroundFacts.background(
                new dev.storyline.domain.DateMention(
                    "in January",
                    0,
                    1,
                    java.time.LocalDate.parse("2025-01-01"),
                    DateGranularity.MONTH),
                pub))
        .isTrue();
    assertThat(
            TimelineWriter.BackgroundFacts.background(
                new dev.storyline.domain.DateMention(
                    "this year",
                    0,
                    1,
                    java.time.LocalDate.parse("2025-01-01"),
                    DateGranularity.YEAR),
                pub))
        .isFalse();
  }
}
