package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.Fixture;
import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.actor.Affiliation;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief.Camp;
import dev.storyline.domain.Brief.Stance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Camps from party words, spokespeople and the target of the criticism. */
class SidesCampsTest {
  private static Map<String, List<String>> camps(AnalyzedArticle a) {
    List<AnalyzedArticle> story = List.of(a);
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Camp c : SidesWriter.write(StoryText.of(story), Actors.of(story))) {
      out.put(c.name(), c.stances().stream().map(Stance::actor).sorted().toList());
    }
    return out;
  }

  @Test
  void partyWordsNextToTheNamesMakePartyCampsAndASpokeswomanJoinsHerPrincipal() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Sen. Ana Ruiz, a Republican from Ohio, said the budget was reckless.",
                person("Ana Ruiz"))
            .sentence(
                "Tomas Vale, D-Ore., said the budget would protect families.", person("Tomas Vale"))
            .sentence(
                "Lena Brandt, a spokeswoman for Ana Ruiz, said the senator would vote no.",
                person("Lena Brandt"),
                person("Ana Ruiz"))
            .sentence(
                "Oskar Lind, a retired teacher, said the hearing ran late.", person("Oskar Lind"))
            .sentence(
                "Republican Study Group spokesman Emil Haug said the vote was set for noon.",
                Fixture.org("Republican Study Group"),
                person("Emil Haug"))
            .build();
    Map<String, List<String>> camps = camps(a);
    assertThat(camps.keySet()).containsExactly("Republicans", "Democrats", SidesWriter.OTHERS);
    assertThat(camps.get("Republicans")).containsExactly("Ana Ruiz", "Emil Haug", "Lena Brandt");
    assertThat(camps.get("Democrats")).containsExactly("Tomas Vale");
    assertThat(camps.get(SidesWriter.OTHERS)).containsExactly("Oskar Lind");
  }

  @Test
  void theTargetOfTheCriticismAndItsSpokeswomanStandWithTheDefenders() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Mara Holt said Dario Velikan had betrayed the dockworkers.",
                person("Mara Holt"),
                person("Dario Velikan"))
            .sentence(
                "Ivo Sand said Dario Velikan made a dangerous mistake.",
                person("Ivo Sand"),
                person("Dario Velikan"))
            .sentence(
                "Dario Velikan said the new schedule starts on Monday.", person("Dario Velikan"))
            .sentence(
                "Petra Nyl, a spokeswoman for Dario Velikan, said talks continue.",
                person("Petra Nyl"),
                person("Dario Velikan"))
            .sentence("Jon Aas said the harbour was quiet at noon.", person("Jon Aas"))
            .build();
    Map<String, List<String>> camps = camps(a);
    assertThat(camps.keySet()).containsExactly("Critics", "Defenders", SidesWriter.OTHERS);
    assertThat(camps.get("Critics")).containsExactly("Ivo Sand", "Mara Holt");
    assertThat(camps.get("Defenders")).containsExactly("Dario Velikan", "Petra Nyl");
    assertThat(camps.get(SidesWriter.OTHERS)).containsExactly("Jon Aas");
  }

  @Test
  void partyCuesBeforeInAndAfterTheName() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Democratic Gov. Ana Ruiz met House Republicans and Tomas Vale (R-Ky.) while "
                    + "Oskar Lind, who criticised Democrats, waited.",
                person("Ana Ruiz"),
                Fixture.org("House Republicans"),
                person("Tomas Vale"),
                person("Oskar Lind"))
            .build();
    var m = a.sentences().get(0).entities();
    String t = a.sentences().get(0).text();
    assertThat(Affiliation.party(t, m, 0)).isEqualTo(Affiliation.Party.DEMOCRAT);
    assertThat(Affiliation.party(t, m, 1)).isEqualTo(Affiliation.Party.REPUBLICAN);
    assertThat(Affiliation.party(t, m, 2)).isEqualTo(Affiliation.Party.REPUBLICAN);
    // a relative clause after the name is about others, not the person's party
    assertThat(Affiliation.party(t, m, 3)).isNull();
  }

  @Test
  void concernAboutAHazardIsNoCriticismAndReassuranceNoDefence() {
    AnalyzedArticle a =
        article("a", "Valley Post", "2025-01-01T00:00:00Z")
            .sentence(
                "The Health Bureau warned that the fever could spread to the coast.",
                Fixture.org("Health Bureau"))
            .sentence(
                "The Relief League said it was concerned about delays in aid to the valley.",
                Fixture.org("Relief League"))
            .sentence(
                "Marta Olsen of the Health Bureau said the clinics were safe and stocks were good.",
                person("Marta Olsen"),
                Fixture.org("Health Bureau"))
            .sentence(
                "Pavel Dunn said the ministry's response had been slow and a failure.",
                person("Pavel Dunn"))
            .sentence(
                "Ilse Brekke warned that Harbor Oil had put the coast at risk.",
                person("Ilse Brekke"),
                Fixture.org("Harbor Oil"))
            .build();
    Map<String, List<String>> camps = camps(a);
    // criticism blames someone (the ministry's response, Harbor Oil); a warning about the fever,
    // concern about aid delays and an agency's reassurance take no side
    assertThat(camps.keySet()).containsExactly("Critics", SidesWriter.OTHERS);
    assertThat(camps.get("Critics")).containsExactly("Ilse Brekke", "Pavel Dunn");
    assertThat(camps.get(SidesWriter.OTHERS))
        .containsExactly("Health Bureau", "Marta Olsen", "Relief League");
  }

  @Test
  void theSubjectOfAStoryNobodyBlamesStandsOnNoSide() {
    AnalyzedArticle a =
        article("a", "Valley Post", "2025-01-01T00:00:00Z")
            .title("Health Bureau tracks valley fever", Fixture.org("Health Bureau"))
            .sentence(
                "The Health Bureau said 40 cases had been confirmed in the valley.",
                Fixture.org("Health Bureau"))
            .sentence("Ole Dahl said the clinic stayed open late.", person("Ole Dahl"))
            .build();
    AnalyzedArticle b =
        article("b", "Coast Daily", "2025-01-02T00:00:00Z")
            .title("Health Bureau opens two clinics", Fixture.org("Health Bureau"))
            .sentence(
                "The Health Bureau said the water was safe to drink.", Fixture.org("Health Bureau"))
            .build();
    List<AnalyzedArticle> story = List.of(a, b);
    Map<String, List<String>> camps = new LinkedHashMap<>();
    for (Camp c : SidesWriter.write(StoryText.of(story), Actors.of(story))) {
      camps.put(c.name(), c.stances().stream().map(Stance::actor).sorted().toList());
    }
    // nobody criticises the bureau: the one the story is about has nothing to be defended from
    assertThat(camps.keySet()).containsExactly(SidesWriter.OTHERS);
    assertThat(camps.get(SidesWriter.OTHERS)).containsExactly("Health Bureau", "Ole Dahl");
  }

  @Test
  void concernFarFromWhatItNamesIsNoCriticism() {
    AnalyzedArticle a =
        article("a", "Valley Post", "2025-01-01T00:00:00Z")
            .sentence(
                "The Secretary General Ada Brun said she was shocked at the scale of the flood and"
                    + " had asked donors to fund a coordinated international response.",
                person("Ada Brun"))
            .sentence(
                "Pavel Dunn said the ministry's response had been slow and a failure.",
                person("Pavel Dunn"))
            .sentence(
                "The Relief League said troops backed by trucks had reached the valley.",
                Fixture.org("Relief League"))
            .build();
    Map<String, List<String>> camps = camps(a);
    // shock at a flood is no blame of the response named twelve words later; blame of the
    // ministry's response beside it is, and troops "backed by" trucks back no one
    assertThat(camps.get("Critics")).containsExactly("Pavel Dunn");
    assertThat(camps.get(SidesWriter.OTHERS)).containsExactly("Ada Brun", "Relief League");
  }

  @Test
  void theSubjectOfAStoryStandsWithTheDefendersOnlyWhenBlamed() {
    AnalyzedArticle a =
        article("a", "Valley Post", "2025-01-01T00:00:00Z")
            .title("Ivo Lind urges Karl Moe to quit", person("Ivo Lind"), person("Karl Moe"))
            .sentence(
                "Ivo Lind said Karl Moe's remarks were wrong and he should think hard about what"
                    + " is best for the town.",
                person("Ivo Lind"),
                person("Karl Moe"))
            .sentence(
                "Anna Vik said the council's handling of the affair was a disgrace.",
                person("Anna Vik"))
            .build();
    AnalyzedArticle b =
        article("b", "Coast Daily", "2025-01-02T00:00:00Z")
            .title("Ivo Lind: Karl Moe must go", person("Ivo Lind"), person("Karl Moe"))
            .sentence("Karl Moe said he would stay on.", person("Karl Moe"))
            .build();
    AnalyzedArticle c =
        article("c", "Hill News", "2025-01-02T00:00:00Z")
            .title("Ivo Lind speaks out", person("Ivo Lind"))
            .sentence("The council met on Monday.")
            .build();
    List<AnalyzedArticle> story = List.of(a, b, c);
    Map<String, List<String>> camps = new LinkedHashMap<>();
    for (Camp camp : SidesWriter.write(StoryText.of(story), Actors.of(story))) {
      camps.put(camp.name(), camp.stances().stream().map(Stance::actor).sorted().toList());
    }
    // Ivo Lind, the one the story is about, speaks against Karl Moe and nobody blames him: a
    // critic, not a defender answering a charge
    assertThat(camps.get("Critics")).containsExactly("Anna Vik", "Ivo Lind");
    assertThat(camps).doesNotContainKey("Defenders");
    assertThat(camps.get(SidesWriter.OTHERS)).containsExactly("Karl Moe");
  }

  @Test
  void aSpeakerComplainingStandsWithTheCritics() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Mara Holt said the port board had kept its word on the new pier.",
                person("Mara Holt"))
            .sentence(
                "Jon Aas said the board had sold out the fishermen, complaining that the harbour"
                    + " got nothing.",
                person("Jon Aas"))
            .build();
    assertThat(camps(a).get("Critics")).containsExactly("Jon Aas");
  }

  @Test
  void aQuestionTheWriterAsksIsNoStanceButAQuotedOneIs() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Mara Holt said the port board had kept its word on the new pier.",
                person("Mara Holt"))
            .sentence(
                "Why was there a gap between what the Harbour Board said it would do and what it"
                    + " did for the fishermen?",
                Fixture.org("Harbour Board"))
            .sentence(
                "Ivo Sand said: \"Who wants to pay for a pier that the harbour does not need?\"",
                person("Ivo Sand"))
            .build();
    List<String> all = camps(a).values().stream().flatMap(List::stream).toList();
    assertThat(all)
        .contains("Mara Holt", "Ivo Sand")
        .doesNotContain("Harbour Board", "The Harbour Board");
  }

  @Test
  void anAnalystsFavourableWordsAssessAndDefendNoOne() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Jon Aas condemned the Harbour Board, saying its pier plan was reckless.",
                person("Jon Aas"),
                Fixture.org("Harbour Board"))
            .sentence(
                "Mara Holt, an analyst at Lumen Capital, said the pier would be a great boost to"
                    + " the port's trade.",
                person("Mara Holt"),
                Fixture.org("Lumen Capital"))
            .sentence(
                "Ivo Sand defended the Harbour Board and praised its plan for the fishermen.",
                person("Ivo Sand"),
                Fixture.org("Harbour Board"))
            .build();
    Map<String, List<String>> camps = camps(a);
    assertThat(camps.get("Critics")).containsExactly("Jon Aas");
    assertThat(camps.get("Defenders")).containsExactly("Ivo Sand");
    assertThat(camps.get(SidesWriter.OTHERS)).contains("Mara Holt");
    // the role right after the name in another sentence, with no article before it
    AnalyzedArticle b =
        article("b", "B", "2025-01-01T00:00:00Z")
            .sentence(
                "Jon Aas condemned the Harbour Board, saying its pier plan was reckless.",
                person("Jon Aas"),
                Fixture.org("Harbour Board"))
            .sentence(
                "Lia Moravec, harbour expert at the Lumen Research Centre, expects no change.",
                person("Lia Moravec"))
            .sentence(
                "Moravec said she welcomed the Harbour Board's pier and praised its plan.",
                person("Moravec"),
                Fixture.org("Harbour Board"))
            .build();
    assertThat(camps(b).get("Defenders")).isNull();
  }

  @Test
  void campsListActorsByTheirNamesAlone() {
    assertThat(SidesWriter.shown("London-based Harbour Watch")).isEqualTo("Harbour Watch");
    assertThat(SidesWriter.shown("The NATO")).isEqualTo("NATO");
    assertThat(SidesWriter.shown("the harbour board")).isEqualTo("The harbour board");
    assertThat(SidesWriter.shown("the Harbour Board")).isEqualTo("The Harbour Board");
    assertThat(SidesWriter.shown("Ana Ruiz")).isEqualTo("Ana Ruiz");
  }
}
