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
}
