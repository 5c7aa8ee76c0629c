package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.org;
import static dev.storyline.brief.Fixture.person;
import static dev.storyline.brief.Fixture.place;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The explainer of the ten-page reading (issue 19): glosses that belonged to a neighbouring name,
 * were the main clause after a sentence opener, a claim, trivial or cut at an abbreviation; and
 * explainer sentences off the story's core. Invented text of the shapes found in basil and
 * Timeline17.
 */
class ExplainerGlossesTest {
  private static Line gloss(AnalyzedArticle a, String key) {
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    return GlossFinder.find(text, actors, actors.canonical(key));
  }

  private static String glossText(AnalyzedArticle a, String key) {
    Line l = gloss(a, key);
    return l == null ? null : l.text();
  }

  @Test
  void aTitleBeforeTheNextNameBelongsToThatName() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence(
                "While senators questioned Judge Aldo Marlow, the majority leader, Ada Brent, said"
                    + " the vote would wait.",
                person("Aldo Marlow"),
                person("Ada Brent"))
            .sentence(
                "Aldo Marlow, a former appeals judge in Velmar, has sat on the bench since 2019.",
                person("Aldo Marlow"))
            .build();
    assertThat(glossText(a, "aldo marlow"))
        .isEqualTo("Aldo Marlow, a former appeals judge in Velmar");
  }

  @Test
  void theCommaAfterAnOpeningPhraseStartsTheMainClause() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence("In Port Lumen, the families wait for clean water.", place("Port Lumen"))
            .sentence(
                "On the streets of Dunmore, the living face a long struggle for food.",
                place("Dunmore"))
            .sentence(
                "The inquiry said that if there is no reply from Lena Ortiz, the committee may act.",
                person("Lena Ortiz"))
            .build();
    assertThat(gloss(a, "port lumen")).isNull();
    assertThat(gloss(a, "dunmore")).isNull();
    assertThat(gloss(a, "lena ortiz")).isNull();
  }

  @Test
  void aClaimInsideAClauseIsNoDefinitionButAPlainOneIs() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence(
                "The defence argued that Tom Vale was a gambler who caused his own ruin.",
                person("Tom Vale"))
            .sentence("Velmar is a small country.", place("Velmar"))
            .build();
    assertThat(gloss(a, "tom vale")).isNull();
    assertThat(gloss(a, "velmar")).isNull();
    AnalyzedArticle b =
        article("b", "B", "2031-05-10T00:00:00Z")
            .sentence("Tom Vale was a ferry pilot on the northern route.", person("Tom Vale"))
            .build();
    assertThat(glossText(b, "tom vale"))
        .isEqualTo("Tom Vale was a ferry pilot on the northern route");
  }

  @Test
  void aJudgementOrTheWritersOwnViewIsNoGloss() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence("Tam Brody is a war criminal who should stand trial.", person("Tam Brody"))
            .sentence(
                "Ivo Lind, a deeply political film-maker, came back to Osk.", person("Ivo Lind"))
            .sentence(
                "The Harbour Cup is the most boring regatta on the coast.", org("Harbour Cup"))
            .sentence("Lumen Pay is the missing piece in my working life.", org("Lumen Pay"))
            .sentence("Ada Brent was the guy.", person("Ada Brent"))
            .sentence("Ivo Sand was a stellar performer at the regatta.", person("Ivo Sand"))
            .build();
    assertThat(gloss(a, "tam brody")).isNull();
    assertThat(gloss(a, "ivo lind")).isNull();
    assertThat(gloss(a, "harbour cup")).isNull();
    assertThat(gloss(a, "lumen pay")).isNull();
    assertThat(gloss(a, "ada brent")).isNull();
    assertThat(gloss(a, "ivo sand")).isNull();
    AnalyzedArticle b =
        article("b", "B", "2031-05-10T00:00:00Z")
            .sentence("Tam Brody is a former harbour pilot.", person("Tam Brody"))
            .sentence(
                "Ivo Lind, the most senior judge at the port court, spoke.", person("Ivo Lind"))
            .sentence(
                "Brill, a town of at least five thousand fishermen, lost its pier.", place("Brill"))
            .sentence(
                "Velmar remains the island with the most cases of the fever.", place("Velmar"))
            .build();
    assertThat(glossText(b, "tam brody")).isEqualTo("Tam Brody is a former harbour pilot");
    assertThat(glossText(b, "ivo lind"))
        .isEqualTo("Ivo Lind, the most senior judge at the port court");
    assertThat(glossText(b, "brill"))
        .isEqualTo("Brill, a town of at least five thousand fishermen");
    assertThat(glossText(b, "velmar"))
        .isEqualTo("Velmar remains the island with the most cases of the fever");
  }

  @Test
  void aQuestionOrTheTailOfACaseNameIsNoGloss() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence(
                "Who will pay for the spill: Lumen Oil, the harbour board and the state?",
                org("Lumen Oil"))
            .sentence(
                "The ruling overturned Osk v. Brill, the case that set the port's fees.",
                place("Brill"))
            .build();
    assertThat(gloss(a, "lumen oil")).isNull();
    assertThat(gloss(a, "brill")).isNull();
    AnalyzedArticle b =
        article("b", "B", "2031-05-10T00:00:00Z")
            .sentence(
                "Lumen Oil, the harbour's largest employer, paid for the spill.", org("Lumen Oil"))
            .build();
    assertThat(glossText(b, "lumen oil")).isEqualTo("Lumen Oil, the harbour's largest employer");
  }

  @Test
  void anAbbreviationDoesNotEndTheGloss() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence("Ed Hale, a former F.B.I. agent, leads the inquiry.", person("Ed Hale"))
            .build();
    assertThat(glossText(a, "ed hale")).isEqualTo("Ed Hale, a former F.B.I. agent");
  }

  @Test
  void theTailOfALongerNameListsEventsAndReportsAreNoGlosses() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence(
                "Marta’s Table, the food-rating website, paused its plans this week.", org("Table"))
            .sentence("Ships came from Velmar, the Ostlands and Dunmore.", place("Velmar"))
            .sentence(
                "Control of the port passed to Osk, a move that may speed up the aid.",
                place("Osk"))
            .sentence(
                "The plan is called Lantern, the Velmar Post reported, and was kept secret.",
                org("Lantern"))
            .sentence(
                "Lena Ortiz, a logistics manager with the Harbour Trust and, until May, a nurse,"
                    + " spoke.",
                person("Lena Ortiz"))
            .build();
    assertThat(gloss(a, "table")).isNull();
    assertThat(gloss(a, "velmar")).isNull();
    assertThat(gloss(a, "osk")).isNull();
    assertThat(gloss(a, "lantern")).isNull();
    assertThat(gloss(a, "lena ortiz")).isNull();
  }

  @Test
  void aPhraseThatRunsIntoANameListACaptionOrAnotherPlaceIsNoGloss() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence(
                "Flights took Harbour Aid, the Food Fund and Unicef to Osk on Friday.",
                org("Harbour Aid"))
            .sentence(
                "Tents went to a clinic in Brill, a suburb of Osk and at a second clinic in the"
                    + " capital.",
                place("Brill"))
            .sentence(
                "Jon Marsh is the chairman of the Rowing Club For the victims of the flood.",
                person("Jon Marsh"))
            .sentence(
                "Shot by the photographer Ivo Lind, the singer stares at the camera.",
                person("Ivo Lind"))
            .sentence(
                "Analysts saw links between the Harbour Guild, the Lumen-Osk conflict and Brill.",
                org("Harbour Guild"),
                place("Brill"))
            .sentence(
                "Ana Ruiz, the envoy for the Harbour Guild and Osk, arrived in Brill on Monday.",
                person("Ana Ruiz"),
                org("Harbour Guild"),
                place("Osk"))
            .build();
    assertThat(gloss(a, "harbour aid")).isNull();
    assertThat(gloss(a, "brill")).isNull();
    assertThat(gloss(a, "jon marsh")).isNull();
    assertThat(gloss(a, "ivo lind")).isNull();
    assertThat(gloss(a, "harbour guild")).isNull();
    // the last name is the object of "for", not a list's last item: a gloss
    assertThat(gloss(a, "ana ruiz").text())
        .isEqualTo("Ana Ruiz, the envoy for the Harbour Guild and Osk");
  }

  @Test
  void aShortAndAFullNameOfOnePersonGetOneGloss() {
    assertThat(ExplainerWriter.samePerson("Conrad Vale", List.of("Dr. Vale"))).isTrue();
    assertThat(ExplainerWriter.samePerson("Vale", List.of("Conrad Vale"))).isTrue();
    assertThat(ExplainerWriter.samePerson("Sandra Vale", List.of("Jesse Vale"))).isFalse();
    assertThat(ExplainerWriter.samePerson("Ada Brent", List.of("Dr. Vale"))).isFalse();
  }

  @Test
  void explainerSentencesAreNearTheCoreAndInTheReportersVoice() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Quake hits Port Lumen")
            .articleEmbedding(1, 0, 0)
            .sentence(
                "A strong quake hit Port Lumen and destroyed the harbour.", place("Port Lumen"))
            .embedding(0.95f, 0.1f, 0)
            .sentence("At night Port Lumen grows quiet under the hills.", place("Port Lumen"))
            .embedding(0.1f, 0, 0.99f)
            .sentence("Rescue teams from three countries are searching the harbour district.")
            .embedding(0.9f, 0.2f, 0)
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    assertThat(ExplainerWriter.write(text, actors, List.of()).lines())
        .extracting(Line::text)
        .contains("A strong quake hit Port Lumen and destroyed the harbour.")
        .doesNotContain("At night Port Lumen grows quiet under the hills.");
  }

  @Test
  void firstPersonWordsAndAnUnnamedHeAreNoExplanation() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence("I am not going to say that the harbour will reopen soon.")
            .sentence("Across the town, people spoke of shock at the news of his death.")
            .sentence("The harbour of Port Lumen was closed after the storm.", place("Port Lumen"))
            .sentence("Since then, the ferry company has laid off forty crew members.")
            .build();
    List<StorySentence> s = StoryText.of(List.of(a)).sentences();
    assertThat(ExplainerWriter.score(s.get(0))).isZero();
    assertThat(ExplainerWriter.score(s.get(1))).isZero();
    assertThat(ExplainerWriter.score(s.get(2))).isPositive();
    assertThat(ExplainerWriter.score(s.get(3))).isZero();
  }

  @Test
  void aNameThatRepeatsAWordIsGlossedLikeAnyOther() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence(
                "Harlow & Harlow, the ferry builder's parent company, said the hulls were sound.",
                org("Harlow & Harlow"))
            .build();
    // the gloss check read the name's words into a set that refused the repeated "harlow"
    assertThat(gloss(a, "harlow & harlow")).isNotNull();
  }

  @Test
  void aNameThatClosesAnotherNamesAppositionHasNoGlossThere() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence(
                "According to Ivo Renner, a port economist at Dunmore College, the deal bought"
                    + " peace at a high price.",
                person("Ivo Renner"),
                org("Dunmore College"))
            .build();
    assertThat(glossText(a, "dunmore college")).isNull();
  }

  @Test
  void aGlossNamesAOneWordActorWithoutTheArticle() {
    assertThat(ExplainerWriter.glossed("the Velmar")).isEqualTo("Velmar");
    assertThat(ExplainerWriter.glossed("the Harbour Board")).isEqualTo("the Harbour Board");
    assertThat(ExplainerWriter.glossed("Ana Ruiz")).isEqualTo("Ana Ruiz");
  }

  @Test
  void aGlossThatIsTheWholeOfASentenceShownElsewhereIsLeftOut() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .sentence("Orveld is the town hit hardest by the March earthquake.", place("Orveld"))
            .sentence(
                "Wendel Saar, the mayor of Orveld, asked for more builders.",
                person("Wendel Saar"),
                place("Orveld"))
            .build();
    List<StorySentence> shown = StoryText.of(List.of(a)).sentences();
    Line town =
        new Line(
            "Orveld is the town hit hardest by the March earthquake", List.of(shown.get(0).ref()));
    Line mayor = new Line("Wendel Saar, the mayor of Orveld", List.of(shown.get(1).ref()));
    List<dev.storyline.domain.Brief.Gloss> kept =
        ExplainerWriter.notShownWhole(
            List.of(
                new dev.storyline.domain.Brief.Gloss("Orveld", town),
                new dev.storyline.domain.Brief.Gloss("Wendel Saar", mayor)),
            shown);
    // the town's gloss would say the shown sentence again; the mayor's is a fragment of one
    assertThat(kept)
        .extracting(dev.storyline.domain.Brief.Gloss::actor)
        .containsExactly("Wendel Saar");
  }
}
