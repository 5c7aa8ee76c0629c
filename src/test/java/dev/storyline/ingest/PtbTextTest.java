package dev.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PtbTextTest {
  @Test
  void undoesTreebankTokens() {
    assertThat(
            PtbText.detokenise(
                "Mexico 's president -LRB- Calderon -RRB- said `` no '' , today .\nSecond line ."))
        .isEqualTo("Mexico's president (Calderon) said \"no\", today.\n\nSecond line.");
  }

  @Test
  void aQuotationInsideAnotherAndOneClosedOnALaterLineKeepTheirMarksOnTheirSides() {
    assertThat(
            PtbText.detokenise(
                "`` The `` A '' rating also reflects the payments , '' the agency added .\n"
                    + "`` The ferries are late .\nThey will come , '' she said ."))
        .isEqualTo(
            "\"The \"A\" rating also reflects the payments,\" the agency added.\n\n"
                + "\"The ferries are late.\n\nThey will come,\" she said.");
    assertThat(PtbText.detokenise("He said \" yes \" and \" no \" ."))
        .isEqualTo("He said \"yes\" and \"no\".");
    assertThat(
            PtbText.detokenise(
                "Inspired by Osk 's ` Harbour Revolution ' , the dockers ' leader spoke ."))
        .isEqualTo("Inspired by Osk's 'Harbour Revolution', the dockers' leader spoke.");
    assertThat(PtbText.detokenise("She told us , ' we stay . '"))
        .isEqualTo("She told us, ' we stay. '");
  }

  @Test
  void onlyTokenisedTextIsTouched() {
    String ptb =
        "By Maggie Fox WASHINGTON -LRB- Reuters -RRB- - Virtually all cases resist the drug .";
    assertThat(PtbText.ifTokenised(ptb))
        .isEqualTo("By Maggie Fox WASHINGTON (Reuters) - Virtually all cases resist the drug.");
    String clitics = "It does n't matter , he said .\n\nThe WHO 's view is clear .";
    assertThat(PtbText.ifTokenised(clitics))
        .isEqualTo("It doesn't matter, he said.\n\nThe WHO's view is clear.");
    String prose = "\"Why not?\" she asked. The senator's aide, Ms. Lee, said so; it's done.";
    assertThat(PtbText.ifTokenised(prose)).isSameAs(prose);
  }

  @Test
  void aShortTitleIsToldByItsSpacedMarks() {
    assertThat(PtbText.shortLooksTokenised("Ferry riders vent their anger at the port .")).isTrue();
    assertThat(PtbText.shortLooksTokenised("CHART : Ann Lee - The Courier , May 2 , 2009"))
        .isTrue();
    assertThat(PtbText.shortLooksTokenised("Ferries: a week on - and still no timetable"))
        .isFalse();
    assertThat(PtbText.shortLooksTokenised("What now ? The port waits")).isFalse();
    assertThat(PtbText.shortLooksTokenised("Rates held at 2.5 .")).isTrue();
  }

  @Test
  void aMarketCodeCutAtItsPeriodStaysInItsSentence() {
    String ptb =
        "Officials faulted the pump maker and Dunmore -LRB- DUN .\n"
            + "N -RRB- , which sealed the shaft , for the leak .\nA second line .";
    assertThat(PtbText.detokenise(ptb))
        .isEqualTo(
            "Officials faulted the pump maker and Dunmore (DUN.N), which sealed the shaft, for the"
                + " leak.\n\nA second line.");
    // a line that opens with its own bracket is a paragraph of its own
    assertThat(PtbText.detokenise("Rates rose -LRB- again .\n-LRB- Corrected -RRB- Rates fell ."))
        .isEqualTo("Rates rose (again.\n\n(Corrected) Rates fell.");
  }

  @Test
  void aLineOpeningWithACommaContinuesTheLineBefore() {
    // the shape of a Timeline17 record: "… Sens. Ada Brent -LRB- R-Ariz . -RRB-\n\n, have …"
    String ptb =
        "The two candidates , Sens. Ada Brent -LRB- R-Osk . -RRB-\n\nand Ivo Lind -LRB- D-Osk ."
            + " -RRB-\n\n, have said the crisis changes nothing .\nA second line .";
    assertThat(PtbText.detokenise(ptb))
        .isEqualTo(
            "The two candidates, Sens. Ada Brent (R-Osk.)\n\nand Ivo Lind (D-Osk.), have said the"
                + " crisis changes nothing.\n\nA second line.");
  }

  @Test
  void aTitleCutInsideABracketIsTheHeadOfTheFirstSentence() {
    PtbText.Parts parts =
        PtbText.joinCutTitle(
            PtbText.detokenise("LUMEN , May 2 -LRB- Wire -RRB- - Brightwater -LRB- BWT ."),
            PtbText.detokenise("L -RRB- and two partners cut safety checks .\nMore text ."));
    assertThat(parts.title()).isEmpty();
    assertThat(parts.body())
        .isEqualTo(
            "LUMEN, May 2 (Wire) - Brightwater (BWT.L) and two partners cut safety checks."
                + "\n\nMore text.");
    PtbText.Parts whole = PtbText.joinCutTitle("Dock strike ends", "The union voted .");
    assertThat(whole.title()).isEqualTo("Dock strike ends");
  }
}
