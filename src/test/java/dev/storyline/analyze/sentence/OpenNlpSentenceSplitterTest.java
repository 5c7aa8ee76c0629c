package dev.storyline.analyze.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.TextSpan;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpSentenceSplitterTest {

  private static OpenNlpSentenceSplitter splitter;

  @BeforeAll
  static void load() {
    splitter = OpenNlpSentenceSplitter.fromClasspath();
  }

  private static List<String> sentences(String text) {
    return splitter.split(text).stream().map(s -> s.of(text)).collect(Collectors.toList());
  }

  @Test
  void titlesAndInitialismsDoNotEndSentences() {
    String text =
        "Mr. Steele said U.S. officials would meet Dr. Ana Ruiz in the capital. The talks failed.";
    assertThat(sentences(text))
        .containsExactly(
            "Mr. Steele said U.S. officials would meet Dr. Ana Ruiz in the capital.",
            "The talks failed.");
  }

  @Test
  void aDatelineEndingInAnAbbreviationStaysWithItsSentence() {
    String text =
        "OSK HEIGHTS, N.J. — The mayor said on Saturday that the ferries would run again."
            + " She spoke at the pier.";
    assertThat(sentences(text))
        .containsExactly(
            "OSK HEIGHTS, N.J. — The mayor said on Saturday that the ferries would run again.",
            "She spoke at the pier.");
  }

  @Test
  void anInitialismBeforeAnOfficeItOwnsDoesNotEndASentence() {
    // the shape of a Timeline17 forecast cut at "U.S." ("… is due to meet on Saturday with U.S.")
    String text =
        "Prime Minister Ada Brent is due to meet on Saturday with U.S. President Tomas Reyk in"
            + " Washington. The envoy will brief the U.N. Security Council on Friday. Talks end"
            + " in the U.K. The next round is in May.";
    assertThat(sentences(text))
        .containsExactly(
            "Prime Minister Ada Brent is due to meet on Saturday with U.S. President Tomas Reyk in"
                + " Washington.",
            "The envoy will brief the U.N. Security Council on Friday.",
            "Talks end in the U.K.",
            "The next round is in May.");
  }

  @Test
  void hyphenatedMonthAndPartyTagsDoNotEndSentences() {
    // shapes of basil sentences (NSA 2013, Gorsuch 2017) that were cut at "Sept." and "R-Ky."
    String text =
        "Broader briefings were held in 2011 before the reauthorization of the Patriot Act, the"
            + " post-Sept. 11 law that authorized much of the surveillance. Officials agreed.";
    assertThat(sentences(text))
        .containsExactly(
            "Broader briefings were held in 2011 before the reauthorization of the Patriot Act,"
                + " the post-Sept. 11 law that authorized much of the surveillance.",
            "Officials agreed.");
    String tags =
        "\"Why not?\" Senate Majority Leader Mitch McConnell, R-Ky., asked on Tuesday. He also"
            + " appeared with Sen. Rand Paul (R-Ky.), who offered his support. Ms. Lee, D-Calif.,"
            + " did not.";
    assertThat(sentences(tags))
        .containsExactly(
            "\"Why not?\" Senate Majority Leader Mitch McConnell, R-Ky., asked on Tuesday.",
            "He also appeared with Sen. Rand Paul (R-Ky.), who offered his support.",
            "Ms. Lee, D-Calif., did not.");
  }

  @Test
  void monthAbbreviationBeforeDayDoesNotEndSentence() {
    String text = "The hearing opened on Jan. 5 in Port Vell. Lawyers objected.";
    assertThat(sentences(text))
        .containsExactly("The hearing opened on Jan. 5 in Port Vell.", "Lawyers objected.");
  }

  @Test
  void honorificAfterQuoteStaysWithTheName() {
    String text = "\"We will not yield,\" said Ms. Adaeze Okafor. Markets fell.";
    assertThat(sentences(text))
        .containsExactly("\"We will not yield,\" said Ms. Adaeze Okafor.", "Markets fell.");
  }

  @Test
  void clockTimeBeforeWeekdayAndGovernorTitle() {
    String text = "Gov. Jane Smith-Jones arrived at 5 p.m. Friday. Then she left.";
    assertThat(sentences(text))
        .containsExactly("Gov. Jane Smith-Jones arrived at 5 p.m. Friday.", "Then she left.");
  }

  @Test
  void initialsAndSaintStayTogether() {
    String text = "Dr. J. K. Rowling visited St. Louis. She spoke briefly.";
    assertThat(sentences(text))
        .containsExactly("Dr. J. K. Rowling visited St. Louis.", "She spoke briefly.");
  }

  @Test
  void numberEndingASentenceBeforeATitleIsABoundary() {
    String text = "The assembly met on Sept. 3. Sen. Bob Lee spoke first.";
    assertThat(sentences(text))
        .containsExactly("The assembly met on Sept. 3.", "Sen. Bob Lee spoke first.");
  }

  @Test
  void quotedQuestionFollowedByLowerCaseContinues() {
    String text = "\"Why now?\" she asked. Nobody answered.";
    assertThat(sentences(text)).containsExactly("\"Why now?\" she asked.", "Nobody answered.");
  }

  @Test
  void blankLineSeparatesParagraphsEvenWithoutFinalStop() {
    String text = "The first paragraph has no final stop\n\n  \nThe second one\ncontinues here.";
    assertThat(sentences(text))
        .containsExactly(
            "The first paragraph has no final stop", "The second one\ncontinues here.");
  }

  @Test
  void spansAreTrimmedAndOffsetsPointIntoTheText() {
    String text = "  Rates rose.   Shares fell.  ";
    List<TextSpan> spans = splitter.split(text);
    assertThat(spans).containsExactly(new TextSpan(2, 13), new TextSpan(16, 28));
  }

  @Test
  void emptyAndBlankTextGiveNoSentences() {
    assertThat(splitter.split("")).isEmpty();
    assertThat(splitter.split(" \n\n\t ")).isEmpty();
    assertThat(splitter.split(null)).isEmpty();
  }

  @Test
  void veryLongTextIsSplitWithoutLosingText() {
    String sentence = "The port authority in Arden reviewed contract No. 7 on Feb. 2. ";
    String text = sentence.repeat(160);
    List<TextSpan> spans = splitter.split(text);
    assertThat(spans).hasSize(160);
    assertThat(spans).allSatisfy(s -> assertThat(s.of(text)).isEqualTo(sentence.strip()));
  }

  @Test
  void tenThousandCharactersWithoutPunctuationIsOneSentence() {
    String text = "word ".repeat(2000).strip();
    assertThat(splitter.split(text)).containsExactly(new TextSpan(0, text.length()));
  }

  @Test
  void concurrentCallsGiveTheSameSpansAsSequentialOnes() throws Exception {
    List<String> texts =
        IntStream.range(0, 200)
            .mapToObj(
                i ->
                    "Mr. Lee met Ms. Ruiz on Jan. "
                        + (i % 28 + 1)
                        + ". Talks went on. "
                        + "Item "
                        + i
                        + " closed.")
            .collect(Collectors.toList());
    List<List<TextSpan>> expected = texts.stream().map(splitter::split).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TextSpan>>> futures =
          texts.stream().map(t -> pool.submit(() -> splitter.split(t))).toList();
      for (int i = 0; i < texts.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i)).hasSize(3);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCaptionRunIntoASentenceIsCutOff() {
    // shape of Timeline17 pages where a photo caption precedes the paragraph with no full stop
    String text =
        "Fans gather outside the harbour court The judge said the captain would stay in jail."
            + " Ana Ruiz said we will fight like hell But she has always denied any fault."
            + " The band played selected A and B sides of the record.";
    assertThat(sentences(text))
        .containsExactly(
            "Fans gather outside the harbour court",
            "The judge said the captain would stay in jail.",
            "Ana Ruiz said we will fight like hell",
            "But she has always denied any fault.",
            "The band played selected A and B sides of the record.");
  }

  @Test
  void aLetterLabellingANounIsNoSentenceStart() {
    String text =
        "Tests showed that eight harbour workers had a type A fever virus, the health board said."
            + " Divers wait at the harbour A crane lifted the wreck out of the water.";
    assertThat(sentences(text))
        .containsExactly(
            "Tests showed that eight harbour workers had a type A fever virus, the health board"
                + " said.",
            "Divers wait at the harbour",
            "A crane lifted the wreck out of the water.");
  }

  @Test
  void noCutInsideAShortBracket() {
    // shape of a live page's update stamps: a clock time's "p.m." inside brackets before a place
    String text =
        "(Update 4:40 p.m. Osk, 9:40 a.m. ET) Police are firing on marchers near the harbour."
            + " (Updated 3:52 p.m. (2252 in Osk)) The envoy said aid would be reviewed."
            + " The ferry left at 9 p.m. Nobody was hurt.";
    assertThat(sentences(text))
        .containsExactly(
            "(Update 4:40 p.m. Osk, 9:40 a.m. ET) Police are firing on marchers near the harbour.",
            "(Updated 3:52 p.m. (2252 in Osk)) The envoy said aid would be reviewed.",
            "The ferry left at 9 p.m.",
            "Nobody was hurt.");
  }

  @Test
  void aDecimalFigureDoesNotEndASentence() {
    // shape of allsides-2021 leads the model cut after "$1.5", leaving "trillion was the price…"
    // as a sentence of its own
    String text =
        "Senator Ana Brell made clear on Thursday that $1.5 trillion was the price she would"
            + " accept for the harbour plan. The rate rose to 6.1 percent in April, up from 5.8"
            + " percent. Officials agreed.";
    assertThat(sentences(text))
        .containsExactly(
            "Senator Ana Brell made clear on Thursday that $1.5 trillion was the price she would"
                + " accept for the harbour plan.",
            "The rate rose to 6.1 percent in April, up from 5.8 percent.",
            "Officials agreed.");
  }

  @Test
  void aTagOfSeveralAbbreviatedPartsDoesNotEndASentence() {
    // "Sen. Joe Manchin (D-W.Va.) on Thursday said…" was cut after the bracket
    String text =
        "Sen. Ana Brell (D-W.Va.) on Thursday said she favors the harbour plan. Rep. Tom Vell, R-N.Y.,"
            + " did not. The vote is in May.";
    assertThat(sentences(text))
        .containsExactly(
            "Sen. Ana Brell (D-W.Va.) on Thursday said she favors the harbour plan.",
            "Rep. Tom Vell, R-N.Y., did not.",
            "The vote is in May.");
  }
}
