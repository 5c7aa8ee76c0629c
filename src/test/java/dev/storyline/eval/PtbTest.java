package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PtbTest {
  @Test
  void undoesTreebankTokens() {
    assertThat(
            Ptb.detokenise(
                "Mexico 's president -LRB- Calderon -RRB- said `` no '' , today .\nSecond line ."))
        .isEqualTo("Mexico's president (Calderon) said \"no\", today.\n\nSecond line.");
  }
}
