package dev.storyline.brief.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorySentenceTest {

  /** A sentence with the named people marked as the entity recogniser would. */
  private static StorySentence sentence(String text, String... people) {
    return sentence(text, EntityKind.PERSON, people);
  }

  /** A sentence with names of one kind marked. */
  private static StorySentence sentence(String text, EntityKind kind, String... names) {
    List<EntityMention> entities = new ArrayList<>();
    for (String p : names) {
      int at = text.indexOf(p);
      entities.add(new EntityMention(p, p.toLowerCase(), kind, at, at + p.length()));
    }
    AnalyzedSentence s =
        new AnalyzedSentence(0, 0, text.length(), text, entities, List.of(), new float[0]);
    return new StorySentence(null, 0, s, text, text.split(" ").length, null, 0.5);
  }

  @Test
  void someoneCalledHeBeforeAnyoneIsNamedNeedsTheSentenceBefore() {
    assertThat(
            sentence("Speaking at the harbour council in Port Lumen, he said the port must reopen.")
                .readsAlone())
        .isFalse();
    assertThat(
            sentence("\"We will hold the line,\" she told Ada Brent of Radio Lumen.", "Ada Brent")
                .readsAlone())
        .as("the person the sentence names comes after the pronoun")
        .isFalse();
    assertThat(
            sentence("\"We will confirm Ada Brent, yes,\" he told Radio Lumen.", "Ada Brent")
                .readsAlone())
        .as("the person named inside the quotation is not its speaker")
        .isFalse();
    assertThat(
            sentence(
                    "Ada Brent, the union's leader, said she would put the offer to a vote.",
                    "Ada Brent")
                .readsAlone())
        .isTrue();
    assertThat(sentence("The port authority said the berths would reopen on Monday.").readsAlone())
        .isTrue();
    assertThat(
            sentence("The harbour master said he would reopen the berths on Monday.").readsAlone())
        .as("the antecedent is in the sentence")
        .isTrue();
  }

  @Test
  void himWithNoOneNamedBeforeNeedsTheSentenceBefore() {
    assertThat(
            sentence(
                    "A statement from him was read out on Radio Lumen, saying the port would close.")
                .readsAlone())
        .isFalse();
    assertThat(
            sentence(
                    "Ada Brent said the council had asked him to stay on as harbour master.",
                    "Ada Brent")
                .readsAlone())
        .isTrue();
  }

  @Test
  void aNameTheRecogniserCouldNotTypeMayBeThePersonAPronounStandsFor() {
    String brent = "Ada Brent";
    String lumen = "Port Lumen";
    assertThat(readsAlone("Ada Brent defeated an effort to remove him.", EntityKind.OTHER, brent))
        .isTrue();
    assertThat(readsAlone("When Ada Brent sails, she takes the ferry.", EntityKind.OTHER, brent))
        .isTrue();
    assertThat(
            readsAlone(
                "The board of Port Lumen voted to remove him.", EntityKind.ORGANIZATION, lumen))
        .as("an organisation is not the person")
        .isFalse();
    assertThat(
            readsAlone(
                "Arriving in Port Lumen, she said the berths must reopen.",
                EntityKind.PLACE,
                lumen))
        .as("nor is a place")
        .isFalse();
  }

  @Test
  void aQuotationWhoseWriterIsNamedReadsAlone() {
    assertThat(
            sentence("“The berths reopen on Monday,” Ada Brent wrote.", "Ada Brent").readsAlone())
        .isTrue();
    assertThat(
            sentence("\"We will not close the port,\" Ada Brent tweeted.", "Ada Brent")
                .readsAlone())
        .isTrue();
    assertThat(sentence("“The berths reopen on Monday,” he wrote.").readsAlone())
        .as("the writer is named in a sentence before")
        .isFalse();
    assertThat(sentence("\"The berths reopen on Monday.\"").readsAlone()).isFalse();
  }

  private static boolean readsAlone(String text, EntityKind kind, String name) {
    return sentence(text, kind, name).readsAlone();
  }

  @Test
  void anOccasionOnlyTheSentenceBeforeNamesNeedsThatSentence() {
    assertThat(
            sentence("The old port of Dunmore bore the brunt on that occasion, with 300 dead.")
                .readsAlone())
        .isFalse();
    assertThat(sentence("The old port of Dunmore bore the brunt of the 1842 storm.").readsAlone())
        .isTrue();
  }

  @Test
  void aConnectiveOrAnOpenBracketMeansTheSentenceIsNotWhole() {
    assertThat(sentence("Given that, the council said the berths were unsafe.").readsAlone())
        .isFalse();
    assertThat(sentence("Shortly thereafter, the council closed the berths.").readsAlone())
        .isFalse();
    assertThat(sentence("Given that the berths were unsafe, the council shut them.").readsAlone())
        .isTrue();
    assertThat(sentence("The panel faulted the pump maker, Dunmore (DUN.").readsAlone()).isFalse();
    assertThat(sentence("N) and its partners cut safety checks, a panel found.").readsAlone())
        .isFalse();
    assertThat(sentence("Dunmore (DUN.N) and its partners cut safety checks.").readsAlone())
        .isTrue();
  }

  @Test
  void aQuotationThatOpensWithAPronounPointsBackUnlessTheItStandsForWhatFollows() {
    assertThat(StorySentence.opensPointingBack("“They are frightened,” said Ivo Sand.")).isTrue();
    assertThat(StorySentence.opensPointingBack("\"It was the longest night,\" Mara Holt said."))
        .isTrue();
    assertThat(StorySentence.opensPointingBack("` This is a big step, ' said Jon Aas.")).isTrue();
    assertThat(StorySentence.opensPointingBack("But at the pier Nyl said it was shut.")).isTrue();
    assertThat(StorySentence.opensPointingBack("“It is clear that the wall held,” Holt said."))
        .isFalse();
    assertThat(StorySentence.opensPointingBack("“It's time to rebuild,” said Jon Aas.")).isFalse();
    assertThat(StorySentence.opensPointingBack("“The wall held,” said Mara Holt.")).isFalse();
  }

  @Test
  void aTitleCaseHeadlineRunIntoTheFirstSentenceIsTrimmed() {
    assertThat(
            Trimmer.trimOpening(
                "In Speech to Council, Vale Outlines His Plans for Harbour Recovery President Vale"
                    + " offered a grim portrait of the port in an address last night."))
        .isEqualTo("President Vale offered a grim portrait of the port in an address last night.");
    assertThat(
            Trimmer.trimOpening(
                "Historic Harbour Rescue Set in Motion The port board yesterday proposed a rescue"
                    + " of the ferry firms."))
        .isEqualTo("The port board yesterday proposed a rescue of the ferry firms.");
    // a sentence's own words break the run: nothing is cut
    String plain = "Crowds in Port Lumen call for the resignation of the Harbour Board on Monday.";
    assertThat(Trimmer.trimOpening(plain)).isEqualTo(plain);
    String names =
        "Port Lumen Mayor Ana Ruiz and the Harbour Board met on Monday to settle the strike.";
    assertThat(Trimmer.trimOpening(names)).isEqualTo(names);
  }

  @Test
  void itOrTheyAfterAnOpeningPhrasePointBackUnlessTheItStandsForWhatFollows() {
    assertThat(
            StorySentence.opensPointingBack(
                "Between September 1918 and April 1919, it killed 600,000 people in the valley."))
        .isTrue();
    assertThat(StorySentence.opensPointingBack("On Wednesday, it completed a debt deal.")).isTrue();
    assertThat(StorySentence.opensPointingBack("In 2001, they formed a piano trio.")).isTrue();
    assertThat(StorySentence.opensPointingBack("By Monday, it was clear that the wall held."))
        .isFalse();
    assertThat(StorySentence.opensPointingBack("On Monday night, it emerged another pier shut."))
        .isFalse();
    assertThat(
            StorySentence.opensPointingBack(
                "After the spill, it took three years for the survey to begin."))
        .isFalse();
    assertThat(StorySentence.opensPointingBack("On Wednesday, the port completed a debt deal."))
        .isFalse();
    // a verb left to the sentence before
    assertThat(StorySentence.opensPointingBack("Mr Holt insisted it is.")).isTrue();
    assertThat(StorySentence.opensPointingBack("The mayor said she would.")).isTrue();
    assertThat(StorySentence.opensPointingBack("The mayor said the pier is safe.")).isFalse();
    assertThat(StorySentence.opensPointingBack("The port's inquiry said this was not the case."))
        .isTrue();
    assertThat(StorySentence.opensPointingBack("One came when the mayor spoke of the debt."))
        .isTrue();
    assertThat(StorySentence.opensPointingBack("As he acknowledged, the port needs more money."))
        .isTrue();
    assertThat(StorySentence.opensPointingBack("One official said the port needs more money."))
        .isFalse();
    assertThat(
            StorySentence.opensPointingBack("Minutes later, the mayor appeared to do just that."))
        .isTrue();
    assertThat(
            StorySentence.opensPointingBack(
                "Doctors fear that or another strain of the fever could reach the port."))
        .isTrue();
    assertThat(
            StorySentence.opensPointingBack(
                "Doctors fear that another strain of the fever could reach the port."))
        .isFalse();
    assertThat(StorySentence.opensPointingBack("Last month, he joined the harbour board."))
        .isTrue();
    assertThat(Boilerplate.firstPerson("Let's say there is no harbour plan.")).isTrue();
    assertThat(
            StorySentence.opensPointingBack("At the time, doctors told the family it was a cold."))
        .isTrue();
    assertThat(StorySentence.opensPointingBack("The port at the time said it was a glitch."))
        .isTrue();
    assertThat(
            StorySentence.opensPointingBack(
                "Ana Ruiz, the port's chief executive at the time, told the inquiry about the crane."))
        .isFalse();
    assertThat(StorySentence.opensPointingBack("The inquiry said that the pier was safe."))
        .isFalse();
    // a shell noun or a role standing for what the sentence before told
    assertThat(
            StorySentence.opensPointingBack(
                "The assassination also darkened the mood of the harbour talks."))
        .isTrue();
    assertThat(StorySentence.opensPointingBack("The move comes as the port runs short of cash."))
        .isTrue();
    assertThat(StorySentence.opensPointingBack("The aide also noted the board's past votes."))
        .isTrue();
    assertThat(StorySentence.opensPointingBack("The harbour board also met on Monday.")).isFalse();
    assertThat(StorySentence.opensPointingBack("The move to a new pier took two years.")).isFalse();
    assertThat(
            StorySentence.opensPointingBack(
                "The mayor said the council should resign for not using the term."))
        .isTrue();
    assertThat(
            StorySentence.opensPointingBack(
                "The mayor said the council should “step down” for not using the term."))
        .isTrue();
    assertThat(
            StorySentence.opensPointingBack(
                "The mayor avoided the term “smuggling war” in her speech on Monday."))
        .isFalse();
    assertThat(
            StorySentence.opensPointingBack(
                "The mayor avoids “smuggling war” because the term scares the fishermen."))
        .isFalse();
    assertThat(StorySentence.opensPointingBack("The mayor spoke of three specific steps."))
        .isTrue();
    assertThat(StorySentence.opensPointingBack("The mayor took three steps to the pier and fell."))
        .isFalse();
    assertThat(
            StorySentence.opensPointingBack(
                "At the very least, as one columnist writes, the mayor oversold the plan."))
        .isTrue();
  }

  @Test
  void aLineWithNoEndOrALowerCaseStartIsCutOff() {
    // a caption or a headline run into the text is no one's stance
    assertThat(StorySentence.cutOff("Mayor Ruiz says battle to save the pier close to an end"))
        .isTrue();
    assertThat(StorySentence.cutOff("added Ruiz, who runs the harbour board.")).isTrue();
    assertThat(StorySentence.cutOff("Mayor Ruiz said the pier would be saved.")).isFalse();
    assertThat(StorySentence.cutOff("\"The pier will be saved,\" Mayor Ruiz said.")).isFalse();
    assertThat(StorySentence.cutOff("\"Will the pier be saved?\"")).isFalse();
  }

  @Test
  void aQuotationOpeningWithAPronounDoesNotReadAloneThoughItsSpeakerIsNamed() {
    assertThat(sentence("“It was the longest night of my life,” said Mara Holt.").readsAlone())
        .isFalse();
    assertThat(sentence("“The harbour wall held all night,” said Mara Holt.").readsAlone())
        .isTrue();
  }
}
