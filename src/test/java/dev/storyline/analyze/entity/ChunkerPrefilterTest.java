package dev.storyline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Chunker#lastPossibleName} reads only token texts and must never miss a name token. */
class ChunkerPrefilterTest {

  /** Tokens of space-separated words, all with the placeholder tag. */
  private static List<Token> untagged(String text) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      out.add(new Token(w, at, at + w.length(), PrefixTagger.UNTAGGED));
      at += w.length() + 1;
    }
    return out;
  }

  @Test
  void sentenceWhoseOnlyCapitalIsAFunctionWordHasNoPossibleName() {
    assertThat(Chunker.lastPossibleName(untagged("The company said it would appeal .")))
        .isEqualTo(-1);
    assertThat(Chunker.lastPossibleName(untagged("He said prices would fall ."))).isEqualTo(-1);
  }

  @Test
  void commonPluralOpenerCountsOnlyAtTheStartOfAClause() {
    assertThat(Chunker.lastPossibleName(untagged("Officials met on a boat ."))).isEqualTo(-1);
    assertThat(Chunker.lastPossibleName(untagged("the meeting of Officials ended ."))).isEqualTo(3);
  }

  @Test
  void lastCapitalisedWordIsTheLastPossibleName() {
    assertThat(Chunker.lastPossibleName(untagged("Talks with Acme Labs ended in Arden on time .")))
        .isEqualTo(6);
  }

  @Test
  void digitWordWithACapitalMayBeAName() {
    assertThat(Chunker.lastPossibleName(untagged("shares of 3M fell ."))).isEqualTo(2);
    assertThat(Chunker.lastPossibleName(untagged("it rose 4.5 % ."))).isEqualTo(-1);
  }
}
