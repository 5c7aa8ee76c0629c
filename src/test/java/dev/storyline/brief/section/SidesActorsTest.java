package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.org;
import static dev.storyline.brief.Fixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.Fixture;
import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief.Camp;
import dev.storyline.domain.Brief.Stance;
import dev.storyline.domain.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One actor once in Sides however the articles name it, and the story's subject on its side. */
class SidesActorsTest {
  private static List<String> actors(List<AnalyzedArticle> story) {
    List<String> out = new ArrayList<>();
    for (Camp c : SidesWriter.write(StoryText.of(story), Actors.of(story))) {
      c.stances().stream().map(Stance::actor).forEach(out::add);
    }
    return out;
  }

  @Test
  void surnameTitledAndFullNamesOfOnePersonAreOneActor() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Harbour Governor Mara Lindqvist said the ferry levy was fair and welcome.",
                person("Harbour Governor Mara Lindqvist"))
            .build();
    AnalyzedArticle b =
        article("b", "B", "2025-01-01T02:00:00Z")
            .sentence(
                "Mara Lindqvist said the levy would support the ferries.", person("Mara Lindqvist"))
            .sentence(
                "Lindqvist said she would praise the crews.",
                new Fixture.Ann("Lindqvist", EntityKind.OTHER, "lindqvist", null, null))
            .build();
    AnalyzedArticle c =
        article("c", "C", "2025-01-01T03:00:00Z")
            .sentence(
                "The Tidewater Rowing League warned that the levy was unfair.",
                org("The Tidewater Rowing League"))
            .sentence("The TRL said the levy would hurt small clubs.", org("TRL"))
            .sentence(
                "Mara Lindqvist Jr. said the levy would harm her shop.",
                person("Mara Lindqvist Jr."))
            .build();
    List<String> shown = actors(List.of(a, b, c));
    // the daughter of the same name with "Jr." is another person
    assertThat(shown)
        .containsExactlyInAnyOrder(
            "Mara Lindqvist", "The Tidewater Rowing League", "Mara Lindqvist Jr.");
  }

  @Test
  void theSubjectOfTheStoryAnsweringItsCriticsStandsWithTheDefenders() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .title("Mara Lindqvist under fire over ferry levy", person("Mara Lindqvist"))
            .sentence(
                "Rowing clubs criticised the ferry levy and said it was unfair.",
                org("Rowing clubs"))
            .sentence(
                "Mara Lindqvist said the attacks on the ferry levy were false and wrong.",
                person("Mara Lindqvist"))
            .build();
    AnalyzedArticle b =
        article("b", "B", "2025-01-01T02:00:00Z")
            .title("Mara Lindqvist defends ferry levy", person("Mara Lindqvist"))
            .sentence(
                "Jon Adler, a ferry captain, said the ferry levy would hurt and harm the crews.",
                person("Jon Adler"))
            .build();
    List<AnalyzedArticle> story = List.of(a, b);
    java.util.Map<String, List<String>> camps = new java.util.LinkedHashMap<>();
    for (Camp c : SidesWriter.write(StoryText.of(story), Actors.of(story))) {
      camps.put(c.name(), c.stances().stream().map(Stance::actor).toList());
    }
    assertThat(camps.get("Critics")).contains("Jon Adler").doesNotContain("Mara Lindqvist");
    assertThat(camps.get("Defenders")).containsExactly("Mara Lindqvist");
  }

  @Test
  void theLawyerOfTheSubjectStandsWithTheDefendersWhateverHisWords() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .title("Dr Ilse Ferd charged over harbour deaths", person("Ilse Ferd"))
            .sentence(
                "Prosecutor Jon Adler said the failures of Ilse Ferd were reckless and wrong.",
                person("Jon Adler"),
                person("Ilse Ferd"))
            .sentence(
                "Ilse Ferd's lawyer Tom Brack said the attacks were unfair and false.",
                person("Ilse Ferd"),
                person("Tom Brack"))
            .build();
    AnalyzedArticle b =
        article("b", "B", "2025-01-01T02:00:00Z")
            .title("Ilse Ferd denies charges", person("Ilse Ferd"))
            .sentence(
                "Harbour families condemned the failures of Ilse Ferd as reckless.",
                org("Harbour families"),
                person("Ilse Ferd"))
            .build();
    List<AnalyzedArticle> story = List.of(a, b);
    java.util.Map<String, List<String>> camps = new java.util.LinkedHashMap<>();
    for (Camp c : SidesWriter.write(StoryText.of(story), Actors.of(story))) {
      camps.put(c.name(), c.stances().stream().map(Stance::actor).toList());
    }
    assertThat(camps.get("Critics")).contains("Jon Adler").doesNotContain("Tom Brack");
    assertThat(camps.get("Defenders")).containsExactly("Tom Brack");
  }

  @Test
  void wordsRunIntoANameBeforeAnHonorificAreLeftOut() {
    assertThat(SidesActors.display(List.of("Harbourside Mrs Venn"))).isEqualTo("Mrs Venn");
    assertThat(SidesActors.display(List.of("the HLX", "HLX"))).isEqualTo("HLX");
    assertThat(SidesActors.display(List.of("the Port Authority"))).isEqualTo("the Port Authority");
    assertThat(SidesActors.display(List.of("Dr Ilse Ferd", "Ferd"))).isEqualTo("Dr Ilse Ferd");
    assertThat(SidesActors.display(List.of("Mara Lindqvist", "Governor Mara Lindqvist")))
        .isEqualTo("Mara Lindqvist");
  }

  @Test
  void theCriticsOwnOrganisationIsNotTheTargetOfTheirCriticism() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .title("Velmar and Ostrel sign the ferry pact")
            .sentence(
                "Jo Lindqvist, leader of the Dock Union, warned that the pact was a bad deal.",
                person("Jo Lindqvist"),
                org("Dock Union"))
            .sentence(
                "Harbour minister Ana Ruiz said the pact was a great success for both ports.",
                person("Ana Ruiz"))
            .build();
    AnalyzedArticle b =
        article("b", "B", "2025-01-01T02:00:00Z")
            .title("Ferry pact signed")
            .sentence(
                "Jo Lindqvist, head of the Dock Union, said the pact would hurt dock workers.",
                person("Jo Lindqvist"),
                org("Dock Union"))
            .sentence(
                "The Dock Union said it will campaign against the pact in parliament.",
                org("The Dock Union"))
            .build();
    List<Camp> camps = SidesWriter.write(StoryText.of(List.of(a, b)), Actors.of(List.of(a, b)));
    for (Camp c : camps) {
      if (c.name().equals("Defenders") || c.name().equals("Supporters")) {
        assertThat(c.stances()).extracting(Stance::actor).doesNotContain("The Dock Union");
      }
    }
  }

  @Test
  void aSentenceCutAtItsStartIsNoStance() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "added Mara Lindqvist, who works for the harbour board, at the ferry meeting.",
                person("Mara Lindqvist"))
            .sentence(
                "Ivo Marten said the ferry levy was unfair to small clubs.", person("Ivo Marten"))
            .build();
    assertThat(actors(List.of(a))).containsExactly("Ivo Marten");
  }

  @Test
  void aNameWithAMiddleInitialOrATitleAndTheSameNameWithoutAreOneActor() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Defence lawyer J. Tobias Brandvold said the charges were unfair.",
                person("J. Tobias Brandvold"))
            .sentence(
                "Dr. Ilse Ferd said she had followed the harbour rules.", person("Dr. Ilse Ferd"))
            .build();
    AnalyzedArticle b =
        article("b", "B", "2025-01-01T02:00:00Z")
            .sentence(
                "Tobias Brandvold said the prosecution had no case.", person("Tobias Brandvold"))
            .sentence(
                "Ferd said the pilots were to blame.",
                new Fixture.Ann("Ferd", EntityKind.OTHER, "ferd", null, null))
            .sentence(
                "J Tobias Brandvold, her lawyer, said she would appeal.",
                person("J Tobias Brandvold"))
            .sentence("Harbour master Jim Okoro said the pilots were careful.", person("Jim Okoro"))
            .sentence("James Okoro said the fog came fast.", person("James Okoro"))
            .build();
    List<String> shown = actors(List.of(a, b));
    // a middle initial, a title, a short given name ("Jim" for "James") name one person
    assertThat(shown).containsExactlyInAnyOrder("Tobias Brandvold", "Ilse Ferd", "James Okoro");
  }

  @Test
  void aNameCutAtItsMiddleInitialIsTheFullName() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "\"We intend to prove the case,\" Harbour Master Erik Sand told reporters.",
                person("Erik Sand"))
            .sentence(
                "\"The inquiry has not wavered,\" said Harbour Master Erik S. Sand Jr. on Monday.",
                person("Harbour Master Erik S"))
            .sentence("\"The fees will rise,\" said Erik Lund, a pilot.", person("Erik Lund"))
            .build();
    assertThat(actors(List.of(a))).containsExactlyInAnyOrder("Erik Sand", "Erik Lund");
  }

  @Test
  void anOutletOrAnotherWordRunIntoASpeakersNameIsLeftOut() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "In The Harbour Times Ada Varga says the levy is unlikely to hurt the ferries.",
                person("The Harbour Times Ada Varga"))
            .sentence(
                "Speaking to Coastwatch Pia Lund said the levy was unfair.",
                person("Coastwatch Pia Lund"))
            .sentence("Pia Lund has run the ferry club since 2010.", person("Pia Lund"))
            .sentence("The club of Pia Lund has 40 boats.", person("Pia Lund"))
            .sentence("The BBC Dr Hallam said the crews were safe.", person("BBC Dr Hallam"))
            .sentence("Dr Olaf Hallam said the levy was fair.", person("Olaf Hallam"))
            .build();
    List<String> shown = actors(List.of(a));
    // the surname after an honorific run into an outlet ("The BBC Dr Hallam") is Olaf Hallam
    assertThat(shown).containsExactlyInAnyOrder("Ada Varga", "Pia Lund", "Olaf Hallam");
  }

  @Test
  void aReadersCommentOrACommentersHandleIsNoVoice() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence("Mara Lindqvist said the ferry levy was fair.", person("Mara Lindqvist"))
            .sentence(
                "At 10:42 am on 3 Feb 2025, Olav Brekke wrote: Nils Farstad said the levy "
                    + "was a disgrace.",
                person("Olav Brekke"),
                person("Nils Farstad"))
            .sentence("Reader harbourfan77 said the levy was a scandal.", person("harbourfan77"))
            .sentence(
                "Sea_Dog said the ferry crews were betrayed.",
                new Fixture.Ann("Sea_Dog", EntityKind.OTHER, "sea_dog", null, null))
            .build();
    Map<String, List<String>> camps = new java.util.LinkedHashMap<>();
    for (Camp c : SidesWriter.write(StoryText.of(List.of(a)), Actors.of(List.of(a)))) {
      camps.put(c.name(), c.stances().stream().map(Stance::actor).toList());
    }
    // a reader's comment (and whom it reports), a handle and a handle the recogniser could not
    // type are no voices
    assertThat(camps.values().stream().flatMap(List::stream).toList())
        .containsExactly("Mara Lindqvist");
    assertThat(camps.get("Defenders")).containsExactly("Mara Lindqvist");
  }
}
