package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.BriefWriter;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.brief.Fixture;
import dev.storyline.brief.text.Boilerplate;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.DateGranularity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page defects of the ten-page reading (issue 19), on invented text of the shapes found in basil
 * and Timeline17.
 */
class PageDefectsTest {
  private final BriefWriter writer = new ExtractiveBriefWriter();

  @Test
  void firstPersonChatterIsNoForecast() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Relief boats head for Port Lumen")
            .sentence("The relief fund is expected to send four boats to Port Lumen next week.")
            .sentence("I hope my cousins in Port Lumen will get a boat soon.")
            .sentence("Tomorrow we will be back at the clinic to finish the pumps.")
            .sentence(
                "\"We will not leave Port Lumen behind,\" the fund's director, Ana Ruiz, said.")
            .build();
    Brief b = writer.write(Fixture.material("s", List.of(a)));
    assertThat(b.forecast().items())
        .extracting(i -> i.line().text())
        .contains("The relief fund is expected to send four boats to Port Lumen next week.")
        .doesNotContain(
            "I hope my cousins in Port Lumen will get a boat soon.",
            "Tomorrow we will be back at the clinic to finish the pumps.");
  }

  @Test
  void chatterIsFirstPersonOutsideQuotesWithNoSpeaker() {
    assertThat(Boilerplate.chatter("I think the ferries will never come back.")).isTrue();
    assertThat(Boilerplate.chatter("Our water will go to the clinic first.")).isTrue();
    assertThat(Boilerplate.chatter("\"We will rebuild,\" the mayor said.")).isFalse();
    assertThat(Boilerplate.chatter("The mayor said we would all be safe.")).isFalse();
    assertThat(Boilerplate.chatter("Veterans of World War I will march on Sunday.")).isFalse();
    assertThat(Boilerplate.chatter("The U.S. will send two ships.")).isFalse();
    assertThat(Boilerplate.chatter("Sen. Ada Brent (I-Lumen) voted against the harbour bill."))
        .as("a party and state, not \"I\"")
        .isFalse();
  }

  @Test
  void aHeadlineFromTheLeadMustReadAlone() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("")
            .sentence("His lawyers said the ferry captain would appeal the ruling at once.")
            .sentence("A court in Port Lumen jailed the ferry captain for two years.")
            .build();
    AnalyzedArticle b =
        article("b", "B", "2031-05-10T02:00:00Z")
            .title("")
            .sentence("But the ruling may not stand, lawyers for the ferry captain said.")
            .sentence("The ferry captain was jailed for two years by a Port Lumen court.")
            .build();
    Brief brief = writer.write(Fixture.material("s", List.of(a, b)));
    assertThat(brief.headline().text())
        .isIn(
            "A court in Port Lumen jailed the ferry captain for two years.",
            "The ferry captain was jailed for two years by a Port Lumen court.");
  }

  @Test
  void theStorysOnlyLookAheadIsAForecastWhenItIsNoOnesSide() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence("The harbour board approved a new ferry terminal for Port Lumen on Monday.")
            .sentence(
                "Mara Holt said Dario Velikan had betrayed the ferry crews.",
                Fixture.person("Mara Holt"),
                Fixture.person("Dario Velikan"))
            .build();
    AnalyzedArticle b =
        article("b", "B", "2031-05-10T02:00:00Z")
            .sentence("Port Lumen's new ferry terminal won the approval of the harbour board.")
            .sentence(
                "Jon Aas, the board's chairman, said building will start in March next year.",
                Fixture.person("Jon Aas"))
            .build();
    Brief brief = writer.write(Fixture.material("s", List.of(a, b)));
    String ahead = b.sentences().get(1).text();
    assertThat(brief.forecast().items()).extracting(i -> i.line().text()).containsExactly(ahead);
    assertThat(brief.sides())
        .flatExtracting(Brief.Camp::stances)
        .extracting(st -> st.line().text())
        .doesNotContain(ahead)
        .contains(a.sentences().get(1).text());
  }

  @Test
  void sidesDoNotShowAgainWhatTheSummarysOpeningAlreadyTells() {
    String reported =
        "Anselm Dray, chief executive of Kestrel Devices, said the company was sorry and was"
            + " putting every affected customer first.";
    String quoted =
        "\"We are sorry, and we are putting every affected customer first,\" said Anselm Dray,"
            + " chief executive of Kestrel Devices.";
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence(
                "Kestrel Devices is recalling 140,000 K7 Fold phones whose batteries overheat.")
            .sentence(reported, Fixture.person("Anselm Dray"))
            .build();
    AnalyzedArticle b =
        article("b", "B", "2031-05-10T02:00:00Z")
            .sentence("Kestrel Devices recalled its K7 Fold phone after reports of hot batteries.")
            .sentence(quoted, Fixture.person("Anselm Dray"))
            .build();
    AnalyzedArticle c =
        article("c", "C", "2031-05-10T04:00:00Z")
            .sentence("The K7 Fold recall is the largest phone recall in Corvane.")
            .sentence(
                "Lina Forsk, a battery engineer, warned that other folding phones used the cell.",
                Fixture.person("Lina Forsk"))
            .build();
    Brief brief = writer.write(Fixture.material("s", List.of(a, b, c)));
    List<String> shown = new java.util.ArrayList<>();
    brief.summary().forEach(l -> shown.add(l.text()));
    brief.sides().forEach(camp -> camp.stances().forEach(st -> shown.add(st.line().text())));
    assertThat(shown.stream().filter(t -> t.contains("every affected customer")))
        .as("summary and Sides: %s", shown)
        .hasSizeLessThanOrEqualTo(1);
    assertThat(shown).as("summary and Sides: %s", shown).anyMatch(t -> t.contains("Lina Forsk"));
  }

  @Test
  void theOpeningLeavesTheOneLookAheadThatEveryOutletWordsItsOwnWayToForecast() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence(
                "Kestrel Devices is recalling 140,000 K7 Fold phones whose batteries overheat.")
            .sentence("Kestrel is expected to switch to a new battery supplier early next year.")
            .sentence("The K7 Fold went on sale in September at a price of 1,699 crowns.")
            .build();
    AnalyzedArticle b =
        article("b", "B", "2031-05-10T02:00:00Z")
            .sentence("Kestrel Devices recalled its K7 Fold phone after reports of hot batteries.")
            .sentence("Kestrel intends to switch to a new battery supplier early next year.")
            .sentence("The fault was traced to a battery cell made by an outside supplier.")
            .build();
    AnalyzedArticle c =
        article("c", "C", "2031-05-10T04:00:00Z")
            .sentence("The K7 Fold recall is the largest phone recall in Corvane.")
            .sentence("Kestrel is preparing to switch to a new battery supplier early next year.")
            .sentence("Kestrel knows of 23 overheating incidents, three of which caused burns.")
            .build();
    Brief brief = writer.write(Fixture.material("s", List.of(a, b, c)));
    List<String> summary = brief.summary().stream().map(l -> l.text()).toList();
    assertThat(brief.forecast().items())
        .as("summary %s, gaps %s", summary, brief.gaps())
        .extracting(i -> i.line().text())
        .anyMatch(t -> t.contains("new battery supplier"));
    assertThat(summary).noneMatch(t -> t.contains("new battery supplier"));
  }

  @Test
  void keyPointsDoNotRestateTheSummaryWhenOtherPointsRemain() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence(
                "The Corvane drug agency approved velotraxin, Aurel Pharma's kidney medicine.")
            .sentence("Trial patients most often complained of thirst and tiredness.")
            .sentence("Aurel Pharma is a Northgate drug maker founded in 1974 by two chemists.")
            .build();
    AnalyzedArticle b =
        article("b", "B", "2031-05-10T02:00:00Z")
            .sentence("Aurel Pharma shares rose 14 percent after the agency approved velotraxin.")
            .sentence("The side effects patients reported most often were thirst and tiredness.")
            .sentence(
                "In 2016 Aurel scientists first found the compound in a Northgate laboratory.")
            .build();
    AnalyzedArticle c =
        article("c", "C", "2031-05-10T04:00:00Z")
            .sentence("Velotraxin, approved on Tuesday, will reach about 2,000 kidney patients.")
            .sentence("Thirst and tiredness were the side effects patients reported most often.")
            .sentence("The medicine costs the national health fund about 40,000 crowns a year.")
            .sentence("Velotraxin is taken as one tablet a day with food.")
            .build();
    Brief brief = writer.write(Fixture.material("s", List.of(a, b, c)));
    List<String> summary = brief.summary().stream().map(l -> l.text()).toList();
    List<String> points = brief.keyPoints().stream().map(l -> l.text()).toList();
    long sideEffects =
        java.util.stream.Stream.concat(summary.stream(), points.stream())
            .filter(t -> t.contains("thirst") || t.contains("Thirst"))
            .count();
    assertThat(points).as("summary %s, points %s", summary, points).hasSizeGreaterThanOrEqualTo(2);
    assertThat(sideEffects).as("summary %s, points %s", summary, points).isEqualTo(1);
  }

  @Test
  void aTitleThatPointsBackIsNoHeadline() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("His assistant described a frantic call from the harbour doctor")
            .sentence("The harbour doctor was charged on Monday over the death of a sailor.")
            .build();
    assertThat(HeadlineWriter.write(List.of(a)).text())
        .isEqualTo("The harbour doctor was charged on Monday over the death of a sailor.");
  }

  @Test
  void videoPromosAndProgrammeFurnitureAreBoilerplate() {
    assertThat(
            Boilerplate.isFurniture(
                "Ana Ruiz reports from the flooded harbour, where families sleep on the quay."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("The BBC's Jo Lee sends this report from Port Lumen."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("Watch: rescuers pull a boy from the rubble.")).isTrue();
    assertThat(Boilerplate.isFurniture("Today is broadcast live and the order may change."))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "Presenter/Ana Ruiz, Producer/Jo Lee The harbour show returns for a second run."))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "Born: 1 May 1970, Port Lumen Also known as: The Harbour Queen She sailed at six."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("Jo from Dunmore e-mails: \"We saw the water rise.\""))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "Thoughts, comments or questions about the Harbour Post's Live Q&A s?"))
        .isTrue();
    assertThat(Boilerplate.isFurniture("This Story: Read + | Watch + | LUMEN -- The port shut."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("(Repeats to clarify the ferry fare in headline.")).isTrue();
    assertThat(Boilerplate.isFurniture("Read the first part of the harbour report here.")).isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "Here are facts about past floods: * The 1953 flood is the benchmark."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("As operator the port had the duty and they failed!!"))
        .isTrue();
    assertThat(Boilerplate.isFurniture("Readers of the harbour report were shocked.")).isFalse();
    assertThat(Boilerplate.isFurniture("The harbour master writes that the quay is safe."))
        .isFalse();
    assertThat(Boilerplate.isFurniture("Ana Ruiz reported the flood to the harbour council."))
        .isFalse();
    assertThat(Boilerplate.isFurniture("Officials said the port reports on its losses monthly."))
        .isFalse();
  }

  @Test
  void commentFormsAndPageFootersAreBoilerplate() {
    // shapes found as a Forecast and an Explainer line of Timeline17 pages
    assertThat(
            Boilerplate.isFurniture(
                "(required, but will not be displayed) The Harbour Times welcomes a lively"
                    + " discussion as long as you follow the Rules of Conduct set forth in our"
                    + " Terms of Service."))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "Call the main Harbour Times switchboard: Jo Lee: the port pays the price This"
                    + " article was published on harbourtimes."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("The union's terms for a deal will be published Monday."))
        .isFalse();
    assertThat(Boilerplate.isFurniture("The port's new rules for crane work start in May."))
        .isFalse();
  }

  @Test
  void photoCaptionsAreBoilerplateSoNeverAHeadlineOrTimelineItem() {
    assertThat(Boilerplate.isFurniture("A nurse wears a mask in Velmar City April 24, 2031."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("The harbour mayor addresses the council last night."))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "A ferry office closed by a strike, in Dunmore, Velmar, 27 July 2031."))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "A man looks at a price board at a brokerage in Port Lumen April 6, 2031."))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "A clerk counts money at a fuel station in Velmar City April 7, 2031."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("Ana Ruiz at a harbour rally this morning.")).isTrue();
    assertThat(Boilerplate.isFurniture("Ana Ruiz spoke at a harbour rally this morning."))
        .isFalse();
    assertThat(Boilerplate.isFurniture("The harbour court in this June 28, 2031 file photo."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("The ferry law took effect on April 24, 2031.")).isFalse();
    assertThat(Boilerplate.isFurniture("The council counts the votes on April 24, 2031."))
        .as("prose says 'on' before the day")
        .isFalse();
    assertThat(Boilerplate.isFurniture("The strike ended on Tuesday, 27 July 2031.")).isFalse();
    assertThat(Boilerplate.isFurniture("The mayor said the council may 3 times vote on it."))
        .isFalse();
    AnalyzedArticle untitled =
        article("c", "Harbour Wire", "2031-04-25T00:00:00Z")
            .title("")
            .sentence("A nurse wears a mask in Velmar City April 24, 2031.")
            .sentence("Velmar closed its schools after a new flu killed twelve people.")
            .build();
    assertThat(HeadlineWriter.write(List.of(untitled)).text())
        .isEqualTo("Velmar closed its schools after a new flu killed twelve people.");
  }

  @Test
  void aYearNamedInPassingDoesNotDateTodaysNews() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Ferry fares rise again")
            .sentence(
                "On Friday the ferry board, first elected in 2026, raised its fares again.",
                date("On Friday", "2031-05-09", DateGranularity.DAY),
                date("in 2026", "2026-01-01", DateGranularity.YEAR))
            .sentence(
                "The ferry board was first elected in 2026 after a long campaign.",
                date("in 2026", "2026-01-01", DateGranularity.YEAR))
            .sentence(
                "In 2027 the board, which met on 3 March 2028, cut the night service.",
                date("In 2027", "2027-01-01", DateGranularity.YEAR),
                date("on 3 March 2028", "2028-03-03", DateGranularity.DAY))
            .sentence(
                "Presenter/Ana Ruiz, Producer/Jo Lee The harbour show first aired in 2025.",
                date("in 2025", "2025-01-01", DateGranularity.YEAR))
            .build();
    assertThat(TimelineWriter.BackgroundFacts.of(a))
        .extracting(f -> f.entry().date().toString() + " " + f.entry().line().text())
        .containsExactly(
            "2026-01-01 The ferry board was first elected in 2026 after a long campaign.",
            "2028-03-03 In 2027 the board, which met on 3 March 2028, cut the night service.");
  }

  @Test
  void aSpeechsOwnWordsAndASentenceLeaningOnTheOneBeforeAreNoBackground() {
    AnalyzedArticle a =
        article("s", "Harbour Wire", "2031-05-10T00:00:00Z")
            .title("Mayor rallies the harbour towns")
            .sentence(
                "After the floods of 2028, I told the people of Lumen that we would rebuild.",
                date("of 2028", "2028-01-01", DateGranularity.YEAR))
            .sentence(
                "It first closed in 2027 and has flooded every winter since then.",
                date("in 2027", "2027-01-01", DateGranularity.YEAR))
            .sentence(
                "The old harbour wall first gave way in 2026 during a spring storm.",
                date("in 2026", "2026-01-01", DateGranularity.YEAR))
            .build();
    assertThat(TimelineWriter.BackgroundFacts.of(a))
        .extracting(f -> f.entry().line().text())
        .containsExactly("The old harbour wall first gave way in 2026 during a spring storm.");
  }

  @Test
  void aRoundupPagesOtherItemsAreNoBackgroundToItsStory() {
    AnalyzedArticle a =
        article("r", "Harbour Wire", "2031-05-10T00:00:00Z")
            .title("Velmar quake: rescuers reach the harbour")
            .articleEmbedding(1f, 0f, 0f)
            .sentence(
                "Velmar was struck by a smaller quake in 2026 that damaged the old harbour.",
                date("in 2026", "2026-01-01", DateGranularity.YEAR))
            .embedding(0.9f, 0.43589f, 0f)
            .sentence(
                "A campaign to buy the hoard of old coins found in 2029 was launched in Dunmore.",
                date("in 2029", "2029-01-01", DateGranularity.YEAR))
            .embedding(0.05f, 0f, 0.99875f)
            .build();
    assertThat(TimelineWriter.BackgroundFacts.of(a))
        .extracting(f -> f.entry().line().text())
        .containsExactly(
            "Velmar was struck by a smaller quake in 2026 that damaged the old harbour.");
  }

  @Test
  void theSummaryLeavesOutFirstPersonWordsWithNoSpeaker() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Relief boats reach Port Lumen")
            .sentence("The relief fund sent four boats to Port Lumen on Monday.")
            .sentence("We will continue to search the harbour of Port Lumen for survivors.")
            .sentence("The harbour of Port Lumen reopened to cargo ships on Tuesday.")
            .sentence("Officials counted forty damaged boats in the harbour of Port Lumen.")
            .build();
    Brief b = writer.write(Fixture.material("s", List.of(a)));
    assertThat(b.summary()).isNotEmpty();
    assertThat(b.summary())
        .extracting(l -> l.text())
        .doesNotContain("We will continue to search the harbour of Port Lumen for survivors.");
  }

  @Test
  void aTitleRunIntoTheLeadIsNoHeadline() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("")
            .sentence(
                "Blogger Ana Ruiz saves boy from rubble in Port Lumen Ana Ruiz, who writes a"
                    + " harbour blog, heard him.")
            .sentence("Rescuers in Port Lumen pulled a boy alive from a collapsed school.")
            .build();
    AnalyzedArticle b =
        article("b", "B", "2031-05-10T01:00:00Z")
            .title("")
            .sentence(
                "HARBOUR PLANT MAY YIELD CHEAPER DRUGS Scientists in Port Lumen mapped a reed"
                    + " that eases fever.")
            .sentence("For updates, please see the individual day pages of Port Lumen.")
            .build();
    // a title in capitals is cut off the lead it was run into (LeadIns), which then reads alone; a
    // title in mixed case run into its lead is skipped
    assertThat(HeadlineWriter.write(List.of(b, a)).text())
        .isEqualTo("Scientists in Port Lumen mapped a reed that eases fever.");
    assertThat(HeadlineWriter.write(List.of(a)).text())
        .isEqualTo("Rescuers in Port Lumen pulled a boy alive from a collapsed school.");
  }

  @Test
  void aStoryWhoseHeadlineIsFurnitureIsNoMilestone() {
    var caption =
        TimelineWriter.milestone(
            "s1",
            java.time.LocalDate.of(2031, 4, 28),
            dev.storyline.domain.Line.of(
                "Ana Ruiz at a harbour rally this morning.",
                dev.storyline.domain.SourceRef.title("a1")));
    var news =
        TimelineWriter.milestone(
            "s2",
            java.time.LocalDate.of(2031, 4, 27),
            dev.storyline.domain.Line.of(
                "The harbour council votes to reopen the ferry berths.",
                dev.storyline.domain.SourceRef.title("a2")));
    assertThat(TimelineWriter.write(List.of(caption, news), List.of()))
        .extracting(e -> e.line().text())
        .containsExactly("The harbour council votes to reopen the ferry berths.");
  }
}
