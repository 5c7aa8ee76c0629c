package dev.storyline.brief.actor;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.org;
import static dev.storyline.brief.Fixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Honorifics, surnames and subject pronouns resolve to the right full name of the story. */
class ActorResolutionTest {
  private static String speaker(List<AnalyzedArticle> story, int sentence) {
    StoryText text = StoryText.of(story);
    Attribution.Speaker who = Attribution.speaker(text.sentences().get(sentence), Actors.of(story));
    return who == null ? null : who.name();
  }

  @Test
  void mrsSurnameSkipsTheNearerMaleFullName() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Hillary Clinton toured the flooded district on Monday.", person("Hillary Clinton"))
            .sentence("Bill Clinton joined her later in the afternoon.", person("Bill Clinton"))
            .sentence(
                "Mrs. Clinton said the levees had been neglected for years.",
                person("Mrs. Clinton"))
            .sentence("Mr. Clinton said the repairs would take a decade.", person("Mr. Clinton"))
            .build();
    List<AnalyzedArticle> story = List.of(a);
    assertThat(speaker(story, 2)).isEqualTo("Hillary Clinton");
    assertThat(speaker(story, 3)).isEqualTo("Bill Clinton");
  }

  @Test
  void mrsSurnameIsNotTheOnlyMaleFullNameOfThatSurname() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence("Bill Clinton spoke at the opening of the library.", person("Bill Clinton"))
            .sentence(
                "Mrs. Clinton said the library would be free for all.", person("Mrs. Clinton"))
            .build();
    List<AnalyzedArticle> story = List.of(a);
    assertThat(speaker(story, 1)).isNotEqualTo("Bill Clinton").isEqualTo("Mrs. Clinton");
    // an honorific the recogniser left outside the mention counts too
    AnalyzedArticle b =
        article("b", "B", "2025-01-02T00:00:00Z")
            .sentence("Bill Clinton spoke at the opening of the library.", person("Bill Clinton"))
            .sentence("On Tuesday Ms. Clinton said the fees were unfair.", person("Clinton"))
            .build();
    assertThat(speaker(List.of(b), 1)).isNotEqualTo("Bill Clinton");
  }

  @Test
  void bareSurnameTakesTheFullNameMentionedNearestBeforeItInTheSameArticle() {
    AnalyzedArticle first =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence("Adaeze Okafor leads the dockworkers' union.", person("Adaeze Okafor"))
            .sentence("Okafor said the union would strike on Friday.", person("Okafor"))
            .build();
    AnalyzedArticle second =
        article("b", "B", "2025-01-02T00:00:00Z")
            .sentence("Chidi Okafor runs the port authority.", person("Chidi Okafor"))
            .sentence("Okafor said the port would stay open.", person("Okafor"))
            .build();
    List<AnalyzedArticle> story = List.of(first, second);
    assertThat(speaker(story, 1)).isEqualTo("Adaeze Okafor");
    assertThat(speaker(story, 3)).isEqualTo("Chidi Okafor");
  }

  @Test
  void subjectPronounsGoToTheLastPersonOfThatGender() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Ms. Adaeze Okafor met Mr. Aksel Brun at the harbour office.",
                person("Ms. Adaeze Okafor"),
                person("Mr. Aksel Brun"))
            .sentence("She said the talks had failed.")
            .sentence("He said the port would appeal.")
            .sentence("The cranes stood idle all week.")
            .sentence("Ships waited outside the breakwater.")
            .sentence("She said nothing would change.")
            .build();
    List<AnalyzedArticle> story = List.of(a);
    assertThat(speaker(story, 1)).isEqualTo("Adaeze Okafor");
    assertThat(speaker(story, 2)).isEqualTo("Aksel Brun");
    // the last person is more than two sentences back: no speaker rather than a guess
    assertThat(speaker(story, 5)).isNull();
  }

  @Test
  void heIsTheSubjectRatherThanAnOwnerNamedLaterInTheSentence() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Builder Peter Holm said he hopes doubts about David Lind's permit will fade.",
                person("Peter Holm"),
                person("David Lind"))
            .sentence("He said he would rather win the tender outright.")
            .sentence("Peter Holm praised the harbour board.", person("Peter Holm"))
            .sentence("David Lind's office stayed silent.", person("David Lind"))
            .sentence("He said the permit was in order.")
            .build();
    List<AnalyzedArticle> story = List.of(a);
    assertThat(speaker(story, 1)).isEqualTo("Peter Holm");
    // an owner with no other name of that gender in its sentence is still the one meant
    assertThat(speaker(story, 4)).isEqualTo("David Lind");
  }

  @Test
  void heAfterASentenceIsThatSentencesSubjectNotItsLastName() {
    // basil's shapes: "Rubio said Obama wasted no time … and cast Clinton as his deputy. “…,” he
    // said" (Rubio), "Mr. Trump … thanking Mr. Obama … He later praised…" (Trump), "Perhaps out of
    // a belief … as it did President Bill Clinton …, Mr. Trump dived in. “…,” he told" (Trump)
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Senator Peter Vos said Governor Tom Harlan wasted the surplus on ferries.",
                person("Peter Vos"),
                person("Tom Harlan"))
            .sentence("\"The port was the chief casualty,\" he said after the debate.")
            .sentence(
                "Mr. Jan Ruys thanked Mr. Tom Harlan for a calm handover.",
                person("Mr. Jan Ruys"),
                person("Mr. Tom Harlan"))
            .sentence("He later praised the harbour board at a luncheon.")
            .sentence(
                "Wary of a fight that once hurt Mr. Tom Harlan, Mr. Jan Ruys took up the issue.",
                person("Mr. Tom Harlan"),
                person("Mr. Jan Ruys"))
            .sentence("\"We even talked about that today,\" he told reporters.")
            .build();
    List<AnalyzedArticle> story = List.of(a);
    assertThat(speaker(story, 1)).isEqualTo("Peter Vos");
    assertThat(speaker(story, 3)).isEqualTo("Jan Ruys");
    // a sentence that opens with no name: its subject is not its first name
    assertThat(speaker(story, 5)).isEqualTo("Jan Ruys");
  }

  @Test
  void aNameShowsWithoutThePossessiveOfOneOfItsMentions() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Harbor Oil's shares fell after the leak.",
                new dev.storyline.brief.Fixture.Ann(
                    "Harbor Oil's",
                    dev.storyline.domain.EntityKind.ORGANIZATION,
                    "harbor oil",
                    null,
                    null))
            .sentence("Harbor Oil said the leak was under control.", org("Harbor Oil"))
            .build();
    assertThat(Actors.of(List.of(a)).info("harbor oil").name()).isEqualTo("Harbor Oil");
  }

  @Test
  void aSurnameWithoutItsArabicParticleIsTheFullName() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence("Karim al-Hadid spoke in Osk on Monday.", person("Karim al-Hadid"))
            .sentence("Hadid said the talks would resume.", person("Hadid"))
            .build();
    assertThat(speaker(List.of(a), 1)).isEqualTo("Karim al-Hadid");
  }

  @Test
  void gendersComeFromHonorificsAndFirstNames() {
    assertThat(PersonNames.ofHonorific("Then Mrs. Clinton spoke", 10, "Clinton"))
        .isEqualTo(PersonNames.Gender.FEMALE);
    assertThat(PersonNames.ofHonorific("", 0, "Mr. Brun")).isEqualTo(PersonNames.Gender.MALE);
    assertThat(PersonNames.ofKey("hillary clinton")).isEqualTo(PersonNames.Gender.FEMALE);
    assertThat(PersonNames.ofKey("adaeze okafor")).isEqualTo(PersonNames.Gender.UNKNOWN);
    assertThat(PersonNames.Gender.FEMALE.conflicts(PersonNames.Gender.MALE)).isTrue();
    assertThat(PersonNames.Gender.FEMALE.conflicts(PersonNames.Gender.UNKNOWN)).isFalse();
  }

  @Test
  void actorsEquallyNamedComeInTheOrderOfTheirKeys() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Vera Holm met Ivo Lind, Ada Moss, Tomas Reyk, Pia Lund and Ben Falk.",
                person("Vera Holm"),
                person("Ivo Lind"),
                person("Ada Moss"),
                person("Tomas Reyk"),
                person("Pia Lund"),
                person("Ben Falk"))
            .build();
    List<String> top =
        Actors.of(List.of(a))
            .top(6, java.util.EnumSet.of(dev.storyline.domain.EntityKind.PERSON))
            .stream()
            .map(Actors.Info::key)
            .toList();
    // one article and one mention each: the order is the keys', the same in every run
    assertThat(top).isSorted().hasSize(6);
  }

  @Test
  void aTieBetweenKindsGoesToTheKindDeclaredFirstWhateverTheMentionOrder() {
    var asPerson =
        new dev.storyline.domain.EntityMention(
            "Delta Union", "delta union", dev.storyline.domain.EntityKind.PERSON, 0, 11);
    var asOrg =
        new dev.storyline.domain.EntityMention(
            "Delta Union", "delta union", dev.storyline.domain.EntityKind.ORGANIZATION, 0, 11);
    var asOther =
        new dev.storyline.domain.EntityMention(
            "Delta Union", "delta union", dev.storyline.domain.EntityKind.OTHER, 0, 11);
    assertThat(Actors.kind(List.of(asOrg, asPerson)))
        .isEqualTo(dev.storyline.domain.EntityKind.PERSON);
    assertThat(Actors.kind(List.of(asPerson, asOrg)))
        .isEqualTo(dev.storyline.domain.EntityKind.PERSON);
    assertThat(Actors.kind(List.of(asOther, asOrg)))
        .isEqualTo(dev.storyline.domain.EntityKind.ORGANIZATION);
  }

  @Test
  void mentionsNoRuleTypedDoNotOutvoteOneThatWasTyped() {
    // "Rep. Ann Lee" once (a title: a person), "Ann Lee's remarks" twice (no rule fired)
    var titled =
        new dev.storyline.domain.EntityMention(
            "Rep. Ann Lee", "ann lee", dev.storyline.domain.EntityKind.PERSON, 0, 12);
    var untyped =
        new dev.storyline.domain.EntityMention(
            "Ann Lee", "ann lee", dev.storyline.domain.EntityKind.OTHER, 0, 7);
    assertThat(Actors.typedKind(List.of(untyped, titled, untyped)))
        .isEqualTo(dev.storyline.domain.EntityKind.PERSON);
    assertThat(Actors.kind(List.of(untyped, titled, untyped)))
        .as("the kind a speaker resolves by")
        .isEqualTo(dev.storyline.domain.EntityKind.OTHER);
    assertThat(Actors.typedKind(List.of(untyped, untyped)))
        .isEqualTo(dev.storyline.domain.EntityKind.OTHER);
  }
}
