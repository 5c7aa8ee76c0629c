package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.org;
import static dev.storyline.brief.Fixture.person;
import static dev.storyline.brief.Fixture.place;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.Fixture;
import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.actor.Attribution;
import dev.storyline.brief.actor.SpeakerNames;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers are people or organisations, never the place, text or party word next to them. */
class SpeakerFixesTest {
  private static final EntityKind OTHER = EntityKind.OTHER;

  private static String speaker(AnalyzedArticle a, int sentence) {
    StoryText text = StoryText.of(List.of(a));
    Attribution.Speaker s =
        Attribution.speaker(text.sentences().get(sentence), Actors.of(List.of(a)));
    return s == null ? null : s.name();
  }

  @Test
  void aNameInAPhraseOfPlaceOrMembershipDoesNotSpeak() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "On Monday, the mayor of Brackwater, Ilse Varga, said the depot had been closed.",
                new Fixture.Ann("Brackwater", OTHER, "brackwater", null, null),
                person("Ilse Varga"))
            .sentence(
                "Canon Peter Olsby, of Wrenfield, Kent., said the vote was a mistake.",
                person("Peter Olsby"),
                new Fixture.Ann("Wrenfield", OTHER, "wrenfield", null, null),
                place("Kent."))
            .sentence(
                "The reporter Ana Kello in Port Sarel says the rescue teams have arrived.",
                person("Ana Kello"),
                new Fixture.Ann("Port Sarel", OTHER, "port sarel", null, null))
            .sentence(
                "Tomas Ferd, who chairs the panel on the Charter, said the rules were clear.",
                person("Tomas Ferd"),
                new Fixture.Ann("the Charter", OTHER, "charter", null, null))
            .build();
    assertThat(speaker(a, 0)).isEqualTo("Ilse Varga");
    assertThat(speaker(a, 1)).isEqualTo("Peter Olsby");
    assertThat(speaker(a, 2)).isEqualTo("Ana Kello");
    assertThat(speaker(a, 3)).isEqualTo("Tomas Ferd");
  }

  @Test
  void textsPartyWordsAndCodesNeverSpeak() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "The Ninth Amendment states that the list is not complete.",
                new Fixture.Ann("Ninth Amendment", OTHER, "ninth amendment", null, null))
            .sentence(
                "The council disputed Republican claims that the count was wrong.",
                org("Republican"))
            .sentence(
                "The Democrat, Representative Lia Moravec of Dunmore, said the bill was late.",
                org("Democrat"),
                person("Lia Moravec"),
                place("Dunmore"))
            .sentence(
                "Sources told the paper that the minister had resigned.",
                new Fixture.Ann("Sources", OTHER, "sources", null, null))
            .sentence(
                "According to the Hale report, ministers failed to ask for a second look.",
                person("Hale"))
            .build();
    assertThat(speaker(a, 0)).isNull();
    assertThat(speaker(a, 1)).isNull();
    assertThat(speaker(a, 2)).isEqualTo("Lia Moravec");
    assertThat(speaker(a, 3)).isNull();
    assertThat(speaker(a, 4)).as("a report named after a person").isNull();
    assertThat(SpeakerNames.maySpeak("RRB-", OTHER)).isFalse();
    assertThat(SpeakerNames.maySpeak("L)", OTHER)).as("a market code's tail").isFalse();
    assertThat(SpeakerNames.maySpeak("Lumen (Norland)", OTHER)).isTrue();
    assertThat(SpeakerNames.maySpeak("the Haiti", OTHER)).isFalse();
    assertThat(SpeakerNames.maySpeak("the FDA", OTHER)).isTrue();
    assertThat(SpeakerNames.maySpeak("OP2", OTHER)).as("a resolution's paragraph").isFalse();
    assertThat(SpeakerNames.maySpeak("Member", OTHER)).as("'Member states said…'").isFalse();
    assertThat(SpeakerNames.maySpeak("G20", EntityKind.ORGANIZATION)).isTrue();
    assertThat(SpeakerNames.maySpeak("Ilse Varga", EntityKind.PERSON)).isTrue();
  }

  @Test
  void anUntypedNameAfterAPrepositionAndAReportedSpeakerDoNotSpeak() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Mira Holt of the rowing charity Oarsome told the paper the boats were ready.",
                person("Mira Holt"),
                new Fixture.Ann("Oarsome", OTHER, "oarsome", null, null))
            .sentence(
                "A harbour inspector testified that Dr Ferd had said he moved the buoys.",
                person("Dr Ferd"))
            .sentence("The inspector said Dr Ferd admitted he moved the buoys.", person("Dr Ferd"))
            .sentence(
                "On Tuesday the Rowing League said the race would go ahead.",
                org("the Rowing League"))
            .build();
    assertThat(speaker(a, 0)).isEqualTo("Mira Holt");
    assertThat(speaker(a, 1)).isNull();
    assertThat(speaker(a, 2)).isNull();
    assertThat(speaker(a, 3)).isEqualTo("the Rowing League");
  }

  @Test
  void aStatementOrAReportBeforeTheNameLeavesTheSpeaker() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "In a statement the Rowing League said the race would go ahead.",
                org("the Rowing League"))
            .sentence(
                "Despite reports that the race was off, Mira Holt said the boats were ready.",
                person("Mira Holt"))
            .sentence("As critics warned, Mira Holt said the levy was fair.", person("Mira Holt"))
            .build();
    assertThat(speaker(a, 0)).isEqualTo("the Rowing League");
    assertThat(speaker(a, 1)).isEqualTo("Mira Holt");
    assertThat(speaker(a, 2)).isEqualTo("Mira Holt");
  }

  @Test
  void theHostOfAnEnvoyAndWhoHasNotSpokenYetDoNotSpeak() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "The palace was damaged, but the Lumenian envoy to Osk said President Ana Bell had"
                    + " survived.",
                new Fixture.Ann("Osk", OTHER, "osk", null, null),
                person("Ana Bell"))
            .sentence(
                "It may be next year before the ministry tells us the cost of the spill.",
                org("ministry"))
            .sentence(
                "Harbour Lines said it would appeal before the court rules on the case.",
                org("Harbour Lines"))
            .build();
    assertThat(speaker(a, 0)).as("the envoy is not named").isNull();
    assertThat(speaker(a, 1)).as("the ministry has not said it yet").isNull();
    assertThat(speaker(a, 2)).isEqualTo("Harbour Lines");
  }

  @Test
  void aQuotationThatContinuesTheReportersWordsIsNoPullQuote() {
    assertThat(SideStances.pullQuote("of grinding poverty and hard winters")).isNull();
    assertThat(SideStances.pullQuote("the tyrant of Osk.")).isNull();
    assertThat(SideStances.pullQuote("tragedy beyond imagination"))
        .isEqualTo("tragedy beyond imagination");
    assertThat(SideStances.pullQuote("The port can now modernise"))
        .isEqualTo("The port can now modernise");
    assertThat(SideStances.pullQuote(null)).isNull();
  }

  @Test
  void anOfficeBetweenAnOrganisationAndAPersonGivesTheWordsToThePerson() {
    // the recogniser tags the investigator an organisation in most sentences, a person here
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Ferry line report")
            .sentence("Mara Holt led the inquiry for the ferry line.", org("Mara Holt"))
            .sentence("Mara Holt spoke to reporters at length.", org("Mara Holt"))
            .sentence("Lumenco said it was sorry.", org("Lumenco"))
            .sentence(
                "\"Skipping the hull check was not a wrong choice,\" said Lumenco investigation"
                    + " team leader Mara Holt.",
                org("Lumenco"),
                person("Mara Holt"))
            .build();
    assertThat(speaker(a, 3)).isEqualTo("Mara Holt");
    assertThat(speaker(a, 2)).isEqualTo("Lumenco");
  }
}
