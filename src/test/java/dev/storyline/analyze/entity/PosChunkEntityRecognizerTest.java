package dev.storyline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PosChunkEntityRecognizerTest {

  private static PosChunkEntityRecognizer recognizer;

  @BeforeAll
  static void load() {
    recognizer = PosChunkEntityRecognizer.fromClasspath();
  }

  @Test
  void weekdayAndLowerCaseNounOpeningGiveNoEntity() {
    assertThat(recognizer.find("On Monday the council met.")).isEmpty();
  }

  @Test
  void placeAfterInIsAPlaceAndWeekdayIsDropped() {
    String sentence = "On Monday the council met in Arden.";
    assertThat(recognizer.find(sentence))
        .containsExactly(new EntityMention("Arden", "arden", EntityKind.PLACE, 29, 34));
  }

  @Test
  void aStateBroadcasterKeepsState() {
    String sentence = "Norlandic state TV said the ferries had stopped.";
    assertThat(recognizer.find(sentence))
        .contains(new EntityMention("state TV", "state tv", EntityKind.ORGANIZATION, 10, 18));
    assertThat(recognizer.find("Norlandic TV said troops had reached the town."))
        .containsExactly(
            new EntityMention("Norlandic TV", "norlandic tv", EntityKind.ORGANIZATION, 0, 12));
    assertThat(recognizer.find("The crowd cheered, state TV reported."))
        .containsExactly(
            new EntityMention("state TV", "state tv", EntityKind.ORGANIZATION, 19, 27));
  }

  @Test
  void aPrepositionOrATimeZoneBeforeANameIsNoPartOfIt() {
    // a page's time stamp run into the text, and a clause that opens on a preposition
    assertThat(recognizer.find("Updated 12.47 BST Ada Brent said the ferries would sail."))
        .extracting(EntityMention::text)
        .contains("Ada Brent")
        .noneMatch(t -> t.contains("BST"));
    assertThat(recognizer.find("Unlike Ada Brent, the council wanted the ferries to stop."))
        .extracting(EntityMention::text)
        .contains("Ada Brent")
        .noneMatch(t -> t.startsWith("Unlike"));
    assertThat(recognizer.find("Aired February 11, 2011 - 11:53 ET"))
        .extracting(EntityMention::text)
        .doesNotContain("ET");
  }

  @Test
  void possessivePersonWithHonorific() {
    String sentence = "Ms. Adaeze Okafor's team filed the appeal.";
    assertThat(recognizer.find(sentence))
        .containsExactly(
            new EntityMention("Ms. Adaeze Okafor", "adaeze okafor", EntityKind.PERSON, 0, 17));
  }

  @Test
  void organisationWithOfKeepsTheArticleInTextButNotInKey() {
    String sentence = "The Bank of Lysaria raised rates again.";
    assertThat(recognizer.find(sentence))
        .containsExactly(
            new EntityMention(
                "The Bank of Lysaria", "bank of lysaria", EntityKind.ORGANIZATION, 0, 19));
  }

  @Test
  void andJoinsInsideAMinistryNameButNotBetweenTwoCompanies() {
    String ministry = "The Ministry for Ports and Harbours objected.";
    assertThat(recognizer.find(ministry))
        .extracting(EntityMention::key, EntityMention::kind)
        .containsExactly(tuple("ministry for ports and harbours", EntityKind.ORGANIZATION));
    String pair = "The Bank of Lysaria and Acme Labs signed a deal.";
    assertThat(recognizer.find(pair))
        .extracting(EntityMention::key, EntityMention::kind)
        .containsExactly(
            tuple("bank of lysaria", EntityKind.ORGANIZATION),
            tuple("acme labs", EntityKind.ORGANIZATION));
  }

  @Test
  void titledPersonDoesNotSwallowOfPlace() {
    String sentence = "President Lena Halvorsen of Norland met Judge Ruth Ames.";
    assertThat(recognizer.find(sentence))
        .extracting(EntityMention::text, EntityMention::key, EntityMention::kind)
        .containsExactly(
            tuple("President Lena Halvorsen", "lena halvorsen", EntityKind.PERSON),
            tuple("Norland", "norland", EntityKind.OTHER),
            tuple("Judge Ruth Ames", "ruth ames", EntityKind.PERSON));
  }

  @Test
  void multiWordTitlesAreStrippedFromTheKey() {
    String sentence = "Acme Labs said Chief Executive Tomas Verlaine would step down.";
    assertThat(recognizer.find(sentence))
        .extracting(EntityMention::text, EntityMention::key, EntityMention::kind)
        .containsExactly(
            tuple("Acme Labs", "acme labs", EntityKind.ORGANIZATION),
            tuple("Chief Executive Tomas Verlaine", "tomas verlaine", EntityKind.PERSON));
  }

  @Test
  void quotedSpeechWithHyphenatedSpeakerAndReportingVerb() {
    String sentence = "\"We disagree,\" said Jean-Paul Marchetti, who chairs the panel.";
    assertThat(recognizer.find(sentence))
        .containsExactly(
            new EntityMention(
                "Jean-Paul Marchetti", "jean-paul marchetti", EntityKind.PERSON, 20, 39));
  }

  @Test
  void pluralPossessiveInsideAnOrganisationNameDoesNotBreakIt() {
    String sentence = "Critics, including the Lysarian Shippers' Association, objected.";
    assertThat(recognizer.find(sentence))
        .extracting(EntityMention::text, EntityMention::key, EntityMention::kind)
        .containsExactly(
            tuple(
                "the Lysarian Shippers' Association",
                "lysarian shippers' association",
                EntityKind.ORGANIZATION));
  }

  @Test
  void lowerCaseRoleBeforeANameMakesAPerson() {
    String sentence = "The plan was opposed by opposition leader Marco Bellini.";
    assertThat(recognizer.find(sentence))
        .containsExactly(
            new EntityMention("Marco Bellini", "marco bellini", EntityKind.PERSON, 42, 55));
  }

  @Test
  void titlesAloneAndMonthsAreNotEntities() {
    assertThat(recognizer.find("The President said the Minister would resign in March.")).isEmpty();
  }

  @Test
  void sentenceInitialCommonNounIsNotAnEntity() {
    assertThat(recognizer.find("Officials said the plan had failed.")).isEmpty();
  }

  @Test
  void modifierWordsWithoutATitleStayInTheName() {
    String sentence = "General Motors sued the Justice Department, according to Maria Chen.";
    assertThat(recognizer.find(sentence))
        .extracting(EntityMention::text, EntityMention::kind)
        .containsExactly(
            tuple("General Motors", EntityKind.ORGANIZATION),
            tuple("the Justice Department", EntityKind.ORGANIZATION),
            tuple("Maria Chen", EntityKind.PERSON));
  }

  @Test
  void commonPluralNounOpeningASentenceIsNotAnEntity() {
    assertThat(recognizer.find("Shares of Acme Labs fell."))
        .extracting(EntityMention::text)
        .containsExactly("Acme Labs");
  }

  @Test
  void ampersandNamesAreOrganisations() {
    assertThat(recognizer.find("Investors bought Procter & Gamble stock."))
        .extracting(EntityMention::text, EntityMention::kind)
        .containsExactly(tuple("Procter & Gamble", EntityKind.ORGANIZATION));
  }

  @Test
  void keyNormalisesCaseWhitespaceArticleAndPossessive() {
    assertThat(PosChunkEntityRecognizer.key("The  Meridian\nPort Authority's"))
        .isEqualTo("meridian port authority");
  }

  @Test
  void emptyAndBlankSentencesGiveNoEntities() {
    assertThat(recognizer.find("")).isEmpty();
    assertThat(recognizer.find("   ")).isEmpty();
    assertThat(recognizer.find(null)).isEmpty();
  }

  @Test
  void tenThousandCharacterSentenceDoesNotCrashAndOffsetsHold() {
    String part = "Officials from the Meridian Port Authority met Dr. Ana Ruiz in Arden and ";
    String sentence = part.repeat(10_000 / part.length() + 1) + "left.";
    assertThat(sentence.length()).isGreaterThan(10_000);
    List<EntityMention> mentions = recognizer.find(sentence);
    assertThat(mentions).isNotEmpty();
    assertThat(mentions)
        .allSatisfy(m -> assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text()));
    assertThat(mentions).extracting(EntityMention::key).contains("ana ruiz", "arden");
  }

  @Test
  void concurrentCallsGiveTheSameMentionsAsSequentialOnes() throws Exception {
    List<String> sentences =
        IntStream.range(0, 120)
            .mapToObj(i -> "Dr. Ana Ruiz" + i + " met officials of the Bank of Lysaria in Arden.")
            .toList();
    List<List<EntityMention>> expected = sentences.stream().map(recognizer::find).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<EntityMention>>> futures =
          sentences.stream().map(s -> pool.submit(() -> recognizer.find(s))).toList();
      for (int i = 0; i < sentences.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i)).hasSize(3);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sentenceWithoutAPossibleNameGivesNoEntity() {
    assertThat(recognizer.find("The council said it would not appeal the ruling.")).isEmpty();
    assertThat(recognizer.find("Officials declined to comment.")).isEmpty();
  }

  @Test
  void loneNameOpeningTheSentenceIsStillFound() {
    assertThat(recognizer.find("Okafor said the talks would resume soon."))
        .extracting(EntityMention::key)
        .containsExactly("okafor");
  }

  @Test
  void nameAtTheEndOfALongSentenceIsFound() {
    String sentence =
        "The talks that began after the storm and the long strike ended with a deal"
            + " signed late at night in Port Vell";
    assertThat(recognizer.find(sentence))
        .extracting(EntityMention::key, EntityMention::kind)
        .containsExactly(tuple("port vell", EntityKind.PLACE));
  }

  @Test
  void repeatedSentenceGivesTheSameMentionsFromTheTokenCache() {
    String sentence = "\"We won't sign,\" Dr. Ana Ruiz told the Bank of Lysaria's board.";
    assertThat(recognizer.find(sentence)).isEqualTo(recognizer.find(sentence)).isNotEmpty();
  }

  @Test
  void aMiddleInitialKeepsTheNameWhole() {
    assertThat(recognizer.find("\"We waited,\" said Representative Tomas R. Aldana of Vell."))
        .extracting(EntityMention::key)
        .containsExactly("tomas r. aldana", "vell");
    assertThat(recognizer.find("“I’m in shock,” said Representative Ilse B. Haloney of Vell."))
        .extracting(EntityMention::key)
        .contains("ilse b. haloney");
    assertThat(recognizer.find("They chose Plan B. Officials agreed."))
        .extracting(EntityMention::key)
        .doesNotContain("plan b. officials");
    assertThat(recognizer.find("Judge Mara K. Osei ruled on Friday."))
        .extracting(EntityMention::text)
        .containsExactly("Judge Mara K. Osei");
  }

  @Test
  void hyphenedAndArabicParticlesStayInsideTheName() {
    assertThat(recognizer.find("Faris al-Hadid met Omar bin Zayed in Tarsa."))
        .extracting(EntityMention::key)
        .containsExactly("faris al-hadid", "omar bin zayed", "tarsa");
    assertThat(recognizer.find("Later al-Hadid left."))
        .extracting(EntityMention::key)
        .containsExactly("al-hadid");
    assertThat(recognizer.find("The Regional Co-ordination Councils said forty people died."))
        .extracting(EntityMention::key)
        .containsExactly("regional co-ordination councils");
  }

  @Test
  void anApostropheSBeforeAVerbBelongsToTheName() {
    assertThat(recognizer.find("Hallam's said the outlook was negative."))
        .extracting(EntityMention::text)
        .containsExactly("Hallam's");
    assertThat(recognizer.find("Hallam's outlook was negative."))
        .extracting(EntityMention::text)
        .containsExactly("Hallam");
    assertThat(recognizer.find("The year saw Hallam's growing fame as a host."))
        .extracting(EntityMention::text)
        .containsExactly("Hallam");
  }

  @Test
  void pluralRolesOpeningASentenceAreNotNames() {
    assertThat(recognizer.find("Forecasters said the storm would turn.")).isEmpty();
    assertThat(recognizer.find("Activists said six people died.")).isEmpty();
  }

  @Test
  void ofTheJoinsAfterAnOrganisationWordOnly() {
    assertThat(recognizer.find("The Northern Committee of the Blue Anchor said aid had arrived."))
        .extracting(EntityMention::key)
        .containsExactly("northern committee of the blue anchor");
    assertThat(recognizer.find("Judge Ruth Ames of the Norland Court ruled."))
        .extracting(EntityMention::key)
        .containsExactly("ruth ames", "norland court");
  }

  @Test
  void anAcronymKeepsItsLastStop() {
    assertThat(recognizer.find("It rose, according to U.N. data."))
        .extracting(EntityMention::text)
        .containsExactly("U.N.");
  }

  @Test
  void anOutletBeforeANameIsANameOfItsOwn() {
    assertThat(recognizer.find("An official told Reuters Halvorsen had been found in Osk."))
        .extracting(EntityMention::key)
        .containsExactly("reuters", "halvorsen", "osk");
    assertThat(recognizer.find("In The Times Halvard Brenne says the report is fair."))
        .extracting(EntityMention::key)
        .containsExactly("times", "halvard brenne");
    assertThat(recognizer.find("She spoke to The Times on Monday."))
        .extracting(EntityMention::key)
        .containsExactly("times");
    assertThat(recognizer.find("He spoke to Fox News on Monday."))
        .extracting(EntityMention::key)
        .containsExactly("fox news");
  }
}
