package dev.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary's opening chooses before Sides and Forecast (issue 15): on the invented port story,
 * where the default page gives three outlets' leads to Forecast and Sides, the summary opens with
 * three outlets' leads, Sides keep every actor, and a source sentence is still shown once.
 */
class OpeningFirstTest {
  private final Brief first = new ExtractiveBriefWriter().write(PortStory.material());
  private final Brief after = new ExtractiveBriefWriter(false).write(PortStory.material());

  @Test
  void theSummaryOpensWithThreeOutletsLeads() {
    List<SourceRef> opening =
        first.summary().subList(0, 3).stream().map(l -> l.refs().get(0)).toList();
    assertThat(opening).allSatisfy(r -> assertThat(r.sentence()).isZero());
    assertThat(opening.stream().map(SourceRef::articleId).distinct()).hasSize(3);
    // the page that chooses its whole summary after Sides and Forecast has a later sentence there
    assertThat(after.summary().subList(0, 3).stream().map(l -> l.refs().get(0).sentence()))
        .anySatisfy(i -> assertThat(i).isPositive());
  }

  @Test
  void sidesKeepEveryActorAndEachSentenceIsShownOnce() {
    assertThat(actors(first)).containsExactlyInAnyOrderElementsOf(actors(after));
    List<SourceRef> refs = new ArrayList<>();
    first.summary().forEach(l -> refs.addAll(l.refs()));
    first.keyPoints().forEach(l -> refs.addAll(l.refs()));
    first.whyItMatters().forEach(l -> refs.addAll(l.refs()));
    first.sides().forEach(c -> c.stances().forEach(s -> refs.addAll(s.line().refs())));
    first.forecast().items().forEach(i -> refs.addAll(i.line().refs()));
    assertThat(refs).doesNotHaveDuplicates();
    assertThat(first.summary()).extracting(Line::text).doesNotHaveDuplicates();
  }

  /**
   * Three reports of a sentence each (as feeds often give): a neutral lead, an actor's only stance
   * and the story's only forecast. Sparing the last two for Sides and Forecast left the summary its
   * opening's one sentence, under the summary's two, and the page showed "Too little text for a
   * summary yet" with the lead shown nowhere (61 of the NeuS probe's 2,452 pages).
   */
  @Test
  void aStoryOfOneSentencePerReportIsToldByItsSummary() {
    Brief b = leads();
    assertThat(b.summary()).extracting(l -> l.refs().get(0).articleId()).contains("l1");
    assertThat(b.summary()).hasSizeGreaterThan(1);
    List<SourceRef> refs = new ArrayList<>();
    b.summary().forEach(l -> refs.addAll(l.refs()));
    b.sides().forEach(c -> c.stances().forEach(s -> refs.addAll(s.line().refs())));
    b.forecast().items().forEach(i -> refs.addAll(i.line().refs()));
    b.whyItMatters().forEach(l -> refs.addAll(l.refs()));
    assertThat(refs).doesNotHaveDuplicates();
  }

  /**
   * The same story with one report a sentence longer: the stance and the forecast are spared for
   * Sides and Forecast, and the summary, which can add nothing to its opening (another sentence of
   * the first report would give it all of the summary), still shows the opening.
   */
  @Test
  void aSummaryThatCanAddNothingToItsOpeningStillShowsIt() {
    Brief b = leads("The talks were held at the port authority's offices.");
    assertThat(b.summary())
        .extracting(l -> l.refs().get(0))
        .containsExactly(new SourceRef("l1", 0));
    assertThat(b.gaps()).doesNotContainKey("summary");
    assertThat(b.sides())
        .flatExtracting(c -> c.stances())
        .extracting(s -> s.actor())
        .containsExactly("Tomas Reyk");
    assertThat(b.forecast().items())
        .extracting(i -> i.line().refs().get(0).articleId())
        .containsExactly("l3");
  }

  /**
   * Two reports whose leads are each an actor's only stance (spared for Sides), the first with a
   * quotation's later sentence after its lead ("“We fought…", no speaker named): the opening took
   * that fragment, as nothing else that reads alone was left to it (allsides-5906: the summary was
   * "“We are working with our RCV technical staff…"). It now opens with the lead that reads alone
   * best, and the fragment may only follow it.
   */
  @Test
  void theSummaryOpensWithASentenceThatReadsAloneRatherThanAFragment() {
    Brief b =
        new ExtractiveBriefWriter()
            .write(
                Fixture.material(
                    "stances",
                    List.of(
                        Fixture.article("s1", "Coast Ledger", "2025-03-11T08:00:00Z")
                            .title("Dockers' leader hails pay deal")
                            .sentence(
                                "Union leader Tomas Reyk said the pay deal protects every job at"
                                    + " the port.",
                                Fixture.person("Tomas Reyk"))
                            .sentence("“We fought for this deal for six long weeks of talks.")
                            .build(),
                        Fixture.article("s2", "Harbor Times", "2025-03-11T09:00:00Z")
                            .title("Port director backs dockers' pay deal")
                            .sentence(
                                "Port director Anna Vell said the pay deal keeps the port's"
                                    + " dockers at work.",
                                Fixture.person("Anna Vell"))
                            .build())));
    assertThat(b.summary()).isNotEmpty();
    assertThat(b.summary().get(0).text()).startsWith("Union leader Tomas Reyk said");
  }

  /**
   * Three reports of one fact, the first stating why it matters: Why It Matters takes it, the other
   * two outlets' leads say the same (the same figure and words), and the summary had nothing left
   * that did not: the page said "Too little text for a summary yet." (allsides-5687). The summary
   * now opens with another outlet's wording of the fact.
   */
  @Test
  void aStoryWhoseNewsIsWhyItMattersStillHasASummary() {
    Brief b =
        new ExtractiveBriefWriter()
            .write(
                Fixture.material(
                    "restated",
                    List.of(
                        Fixture.article("r1", "Coast Ledger", "2025-03-11T08:00:00Z")
                            .title("Dockers win first raise in a decade")
                            .sentence(
                                "The pay deal raises the dockers' wages by 12 percent, the first"
                                    + " time in a decade that the port's dockers have won a raise.")
                            .build(),
                        Fixture.article("r2", "Harbor Times", "2025-03-11T09:00:00Z")
                            .title("Dockers' wages to rise 12 percent")
                            .sentence(
                                "Dockers at the port will see their wages rise 12 percent under"
                                    + " the pay deal signed on Tuesday.")
                            .build(),
                        Fixture.article("r3", "Bay Courier", "2025-03-11T10:00:00Z")
                            .title("Port dockers agree pay deal")
                            .sentence(
                                "The port's dockers won a 12 percent rise in their wages in the"
                                    + " pay deal agreed on Tuesday.")
                            .build())));
    assertThat(b.whyItMatters()).extracting(l -> l.refs().get(0).articleId()).containsExactly("r1");
    assertThat(b.gaps()).doesNotContainKey("summary");
    assertThat(b.summary())
        .extracting(l -> l.refs().get(0).articleId())
        .isNotEmpty()
        .doesNotContain("r1");
  }

  /**
   * The page of three reports of the dockers' pay deal, a sentence each (a neutral lead, a union
   * leader's stance, a forecast), the first report with the {@code more} sentences after its lead.
   */
  private static Brief leads(String... more) {
    Fixture.ArticleBuilder first =
        Fixture.article("l1", "Coast Ledger", "2025-03-11T08:00:00Z")
            .title("Port and dockers sign pay deal")
            .sentence(
                "The port authority and the dockers' union signed a pay deal on Tuesday after six"
                    + " weeks of talks.");
    for (String m : more) {
      first.sentence(m);
    }
    return new ExtractiveBriefWriter()
        .write(
            Fixture.material(
                "leads",
                List.of(
                    first.build(),
                    Fixture.article("l2", "Harbor Times", "2025-03-11T09:00:00Z")
                        .title("Dockers' leader hails pay deal")
                        .sentence(
                            "Union leader Tomas Reyk said the pay deal protects every job at the"
                                + " port.",
                            Fixture.person("Tomas Reyk"))
                        .build(),
                    Fixture.article("l3", "Bay Courier", "2025-03-11T10:00:00Z")
                        .title("Dockers' pay deal to start next month")
                        .sentence(
                            "The new pay deal for the dockers is expected to take effect next"
                                + " month.")
                        .build())));
  }

  private static List<String> actors(Brief b) {
    return b.sides().stream().flatMap(c -> c.stances().stream()).map(s -> s.actor()).toList();
  }
}
