package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.org;
import static dev.storyline.brief.Fixture.person;
import static dev.storyline.brief.Fixture.place;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.Fixture;
import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.actor.Attribution;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief.Camp;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionFixesTest {
  @Test
  void theListenerOfToldIsNotTheSpeaker() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "\"Our economies are stronger as partners,\" Dario Velikan, Ostrel's trade"
                    + " commissioner, told Northgate Courier.",
                person("Dario Velikan"),
                place("Ostrel"),
                org("Northgate Courier"))
            .sentence(
                "The tariff was unfair, an official told Northgate Courier.",
                org("Northgate Courier"))
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    assertThat(Attribution.speaker(text.sentences().get(0), actors).name())
        .isEqualTo("Dario Velikan");
    assertThat(Attribution.speaker(text.sentences().get(1), actors)).isNull();
  }

  @Test
  void aSentenceCutBeforeItsSpeakersWordsIsNoStance() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence("Ada Brent said in a ruling on Monday that...", person("Ada Brent"))
            .sentence(
                "Ivo Sand said the ferries would stop at every island port that...",
                person("Ivo Sand"))
            .sentence(
                "The new fares are unfair to the island's families, Lena Osk said on...",
                person("Lena Osk"))
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    assertThat(SideStances.of(text, actors).byActor.keySet())
        .containsExactlyInAnyOrder(actors.canonical("ivo sand"), actors.canonical("lena osk"));
  }

  @Test
  void aSentenceWithTwoSpeakersIsNeithersStance() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "The floods have cost 300 lives, according to the Harbour Council and Governor"
                    + " Ana Ruiz says that the mayor should now step down.",
                org("Harbour Council"),
                person("Ana Ruiz"))
            .sentence(
                "The Ferry Board welcomed the decision, according to Jon Aas.",
                org("Ferry Board"),
                person("Jon Aas"))
            .sentence(
                "Governor Ana Ruiz said Mayor Tom Vale told her the council would not meet again.",
                person("Ana Ruiz"),
                person("Tom Vale"))
            .sentence(
                "Governor Ana Ruiz expects the ferries to run on Monday, the Harbour Council said.",
                person("Ana Ruiz"),
                org("Harbour Council"))
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    assertThat(Attribution.speaker(text.sentences().get(0), actors)).isNull();
    // a source after the verb reports the stance, words reported inside it and a source tag
    // ending the sentence are no second voice
    assertThat(Attribution.speaker(text.sentences().get(1), actors).name())
        .isEqualTo("Ferry Board");
    assertThat(Attribution.speaker(text.sentences().get(2), actors).name()).isEqualTo("Ana Ruiz");
    assertThat(Attribution.speaker(text.sentences().get(3), actors)).isNotNull();
  }

  @Test
  void anUntypedNameBeforeTheVerbSpeaksAndAnOutletNeverDoes() {
    dev.storyline.domain.EntityKind other = dev.storyline.domain.EntityKind.OTHER;
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2025-01-01T00:00:00Z")
            .sentence(
                "\"We will comply,\" Aksel Brun, a police spokesman, told Northgate Courier.",
                new Fixture.Ann("Aksel Brun", other, "aksel brun", null, null),
                person("Northgate Courier"))
            .sentence(
                "The cameras were useful, said Northgate Courier.", person("Northgate Courier"))
            .sentence(
                "The ruling is final, said Vessen.",
                new Fixture.Ann("Vessen", other, "vessen", null, null))
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    assertThat(Attribution.speaker(text.sentences().get(0), actors).name()).isEqualTo("Aksel Brun");
    assertThat(Attribution.speaker(text.sentences().get(1), actors)).isNull();
    // an untyped name after the verb is not taken as the speaker
    assertThat(Attribution.speaker(text.sentences().get(2), actors)).isNull();
  }

  @Test
  void aPlaceOrPartyTagAfterTheNameLeavesTheNameAsSpeaker() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Gov. Rick Perry of Texas on Tuesday said he would back the plan.",
                person("Rick Perry"),
                place("Texas"))
            .sentence(
                "Sen. Mitt Romney, R-Utah, whose views have shifted, said the offer was fair.",
                person("Mitt Romney"),
                person("R-Utah"))
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    assertThat(Attribution.speaker(text.sentences().get(0), actors).name()).isEqualTo("Rick Perry");
    assertThat(Attribution.speaker(text.sentences().get(1), actors).name())
        .isEqualTo("Mitt Romney");
  }

  @Test
  void callingSomeoneOutIsCriticismNotANeutralStance() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Analyst Nora Vance called out the ferry board for hiding the report, she said.",
                person("Nora Vance"),
                org("ferry board"))
            .build();
    List<Camp> camps = SidesWriter.write(StoryText.of(List.of(a)), Actors.of(List.of(a)));
    assertThat(camps).extracting(Camp::name).containsExactly("Critics");
  }

  @Test
  void namesCarryNoStanceAndRatherThanAgainstIsNotOpposition() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "\"The board forgot to build a team,\" Jody Marlowe, of the Rovers Supporters' Trust,"
                    + " told reporters.",
                person("Jody Marlowe"),
                org("Rovers Supporters' Trust"))
            .build();
    StorySentence s = StoryText.of(List.of(a)).sentences().get(0);
    assertThat(StancePolarity.polarity(s.withoutNames())).isZero();
    assertThat(
            StancePolarity.polarity(
                "The port can now modernise with its workforce rather than against it."))
        .isPositive();
    assertThat(
            StancePolarity.polarity("Both sides need to be back at the table before the weekend."))
        .isZero();
  }

  @Test
  void theAttackOfAStoryOfViolenceAndAnEmphasisAreNoCriticism() {
    // the noun names the event: a group claiming it, a speech recalling such attacks
    assertThat(
            StancePolarity.polarity(
                "The Ember Front claimed responsibility for the attack on Sunday.", false))
        .isZero();
    assertThat(
            StancePolarity.polarity(
                "He pointed to the suicide attacks in the valley as proof of the threat.", false))
        .isZero();
    // "make no mistake" stresses what follows; it denies no mistake
    assertThat(
            StancePolarity.polarity(
                "\"Make no mistake, this is the company's well and its design,\" the note said.",
                false))
        .isZero();
    assertThat(StancePolarity.polarity("She called the ruling an attack on voting rights.", false))
        .isNegative();
    assertThat(StancePolarity.polarity("The senator attacked the ruling.", false)).isNegative();
    assertThat(StancePolarity.polarity("The mayor condemned the attack.", false)).isNegative();
    assertThat(StancePolarity.polarity("It was a mistake, the mayor said.", false)).isNegative();
    assertThat(StancePolarity.polarity("She called the claim absolute nonsense.", false))
        .isNegative();
    assertThat(StancePolarity.polarity("He is trying to exploit the tragedy.", false)).isNegative();
    // standing in an election is no criticism; challenging a ruling is
    assertThat(
            StancePolarity.polarity(
                "He hopes to be chosen as the candidate to challenge the mayor's re-election.",
                false))
        .isZero();
    assertThat(StancePolarity.polarity("The union will challenge the ruling in court.", false))
        .isNegative();
  }

  @Test
  void backingDownBacksNobodyAndTheWorstBlamesOnlyWhomItNames() {
    assertThat(StancePolarity.polarity("Too many councillors backed down and gave in.", false))
        .isZero();
    assertThat(StancePolarity.polarity("The union backed the deal.", false)).isPositive();
    // a count of protesters, the protests spreading, extreme poverty: reports, not criticism
    String count = "The council says 300 people have joined the protests, mainly protesters.";
    assertThat(StancePolarity.polarity(count, List.of(new int[] {4, 11}))).isZero();
    String poverty = "Lia Moravec found a valley of extreme poverty in Osk.";
    assertThat(StancePolarity.polarity(poverty, List.of(new int[] {47, 50}))).isZero();
    assertThat(StancePolarity.polarity("The union protested the ruling.", false)).isNegative();
    assertThat(StancePolarity.polarity("The plan is extreme and reckless.", false)).isNegative();
    String worst = "Mayor Lind is the worst negotiator in the valley.";
    assertThat(StancePolarity.polarity(worst, List.of(new int[] {0, 10}))).isNegative();
    assertThat(StancePolarity.polarity("It was the worst storm in forty years.", List.of()))
        .isZero();
    // a word of concern far from the one named is about the situation
    String far =
        "Mayor Lind toured the harbour on Monday and the old piers were all badly damaged.";
    assertThat(StancePolarity.polarity(far, List.of(new int[] {0, 10}))).isZero();
    assertThat(StancePolarity.polarity("Mayor Lind damaged the talks.", List.of(new int[] {0, 10})))
        .isNegative();
  }

  @Test
  void aCauseToBlameIsNoCriticismWithoutATarget() {
    // the shape of a swine-flu page's "Critic": Mexico reporting what the flu may have caused
    String cause = "The fever had killed 20 people and could be to blame for 48 more deaths.";
    assertThat(StancePolarity.polarity(cause, false)).isZero();
    assertThat(StancePolarity.polarity(cause, true)).isNegative();
    assertThat(StancePolarity.polarity("The port board is to blame for the delays.", true))
        .isNegative();
    assertThat(StancePolarity.polarity("Critics blame the port board for the delays.", false))
        .as("blaming someone is criticism whatever the target check says")
        .isNegative();
  }

  @Test
  void supportWithoutANamedProposalKeepsCriticsAndDefenders() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Mira Castell said she supports the harbour workers after the accident.",
                person("Mira Castell"))
            .sentence("Daniel Reyes said the port was reckless and unsafe.", person("Daniel Reyes"))
            .build();
    List<Camp> camps = SidesWriter.write(StoryText.of(List.of(a)), Actors.of(List.of(a)));
    assertThat(camps).extracting(Camp::name).containsExactly("Critics", "Defenders");
  }

  @Test
  void excerptsCutOffAndPronounOpenersAreNotKeyPoints() {
    StorySentence cut =
        StoryText.of(
                List.of(
                    article("a", "A", "2025-01-01T00:00:00Z")
                        .sentence(
                            "The ferry board raised fares on the north route by a tenth and...")
                        .build()))
            .sentences()
            .get(0);
    assertThat(cut.truncated()).isTrue();
    StorySentence pronoun =
        StoryText.of(
                List.of(
                    article("b", "B", "2025-01-01T00:00:00Z")
                        .sentence("He added that the fares on the north route would rise again.")
                        .build()))
            .sentences()
            .get(0);
    assertThat(pronoun.standalone()).isLessThan(1);
    assertThat(KeyPointsWriter.score(pronoun))
        .isLessThan(
            KeyPointsWriter.score(
                StoryText.of(
                        List.of(
                            article("c", "C", "2025-01-01T00:00:00Z")
                                .sentence(
                                    "The board added that the fares on the north route would rise again.")
                                .build()))
                    .sentences()
                    .get(0)));
  }

  @Test
  void heIsNotTheManNamedAfterItNorANameUsedAsAnAdjectiveAndAnOfficeLeadsToItsHolder() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Senator Paul Dorn met President Tom Harlan in Port Lumen on Monday.",
                person("Paul Dorn"),
                person("Tom Harlan"),
                place("Port Lumen"))
            .sentence("He accused Tom Harlan of weakening the port.", person("Tom Harlan"))
            .sentence(
                "Paul Dorn attacked the Harlan administration, which he said had failed the port.",
                person("Paul Dorn"),
                person("Harlan"))
            .sentence(
                "\"The plan is sound,\" said Harlan campaign manager Jim Sorel.",
                person("Harlan"),
                person("Jim Sorel"))
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    // "he" is the sentence before's subject, never the man it accuses
    assertThat(Attribution.speaker(text.sentences().get(1), actors).name()).isEqualTo("Paul Dorn");
    assertThat(Attribution.speaker(text.sentences().get(2), actors).name()).isEqualTo("Paul Dorn");
    assertThat(Attribution.speaker(text.sentences().get(3), actors).name()).isEqualTo("Jim Sorel");
  }

  @Test
  void statesAndClaimsAsNounsAreNoReportingVerbs() {
    dev.storyline.domain.EntityKind other = dev.storyline.domain.EntityKind.OTHER;
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Partners, including Coastal states, are closing the strait, Ines Marr said.",
                new Fixture.Ann("Coastal", other, "coastal", null, null),
                person("Ines Marr"))
            .sentence(
                "A fund was set up with Northern states, the Delta Union and others.",
                new Fixture.Ann("Northern", other, "northern", null, null),
                org("Delta Union"))
            .sentence(
                "Marrow claims against Ostrel rose, the adjuster said.",
                new Fixture.Ann("Marrow", other, "marrow", null, null),
                place("Ostrel"))
            .sentence("The Delta Union states that the strait stays open.", org("Delta Union"))
            .sentence("The Ostrel Star claimed the lives of nine sailors.", org("Ostrel Star"))
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    assertThat(Attribution.speaker(text.sentences().get(0), actors).name()).isEqualTo("Ines Marr");
    assertThat(Attribution.speaker(text.sentences().get(1), actors)).isNull();
    assertThat(Attribution.speaker(text.sentences().get(2), actors)).isNull();
    assertThat(Attribution.speaker(text.sentences().get(3), actors).name())
        .isEqualTo("Delta Union");
    assertThat(Attribution.speaker(text.sentences().get(4), actors)).isNull();
  }

  @Test
  void heIsNotAManNamedInsideHisOwnQuotation() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence("Senator Paul Dorn spoke to reporters on Monday.", person("Paul Dorn"))
            .sentence("President Tom Harlan met the envoy in Osk.", person("Tom Harlan"))
            .sentence("“I would not leave the talks to Harlan alone,” he said.", person("Harlan"))
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    Attribution.Speaker who = Attribution.speaker(text.sentences().get(2), actors);
    assertThat(who == null ? null : who.name()).isNotEqualTo("Tom Harlan");
  }

  @Test
  void aStateAfterItsTownIsNoSpeakerAndAnOutletIsNoPartOfTheNextName() {
    dev.storyline.domain.EntityKind other = dev.storyline.domain.EntityKind.OTHER;
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "\"Prices will ease,\" Jon Aas, an analyst in Denton, Norland, said.",
                person("Jon Aas"),
                new Fixture.Ann("Denton", other, "denton", null, null),
                new Fixture.Ann("Norland", other, "norland", null, null))
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    assertThat(Attribution.speaker(text.sentences().get(0), actors).name()).isEqualTo("Jon Aas");
    AnalyzedArticle b =
        article("b", "B", "2025-01-01T00:00:00Z")
            .sentence(
                "Ole Dahl, a 49-year-old fisherman from Brekke, No., said the board was out of"
                    + " touch.",
                person("Ole Dahl"),
                new Fixture.Ann("Brekke", other, "brekke", null, null),
                new Fixture.Ann("No.", other, "no.", null, null))
            .build();
    Attribution.Speaker from =
        Attribution.speaker(StoryText.of(List.of(b)).sentences().get(0), Actors.of(List.of(b)));
    assertThat(from.name()).isEqualTo("Ole Dahl");
  }
}
