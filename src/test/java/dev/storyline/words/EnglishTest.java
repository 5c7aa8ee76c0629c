package dev.storyline.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTest {
  @Test
  void theStemmerStemsTheExamplesOfPortersPaper() {
    assertThat(English.stem("caresses")).isEqualTo("caress");
    assertThat(English.stem("ponies")).isEqualTo("poni");
    assertThat(English.stem("motoring")).isEqualTo("motor");
    assertThat(English.stem("hopping")).isEqualTo("hop");
    assertThat(English.stem("filing")).isEqualTo("file");
    assertThat(English.stem("agreed")).isEqualTo("agre");
    assertThat(English.stem("happy")).isEqualTo("happi");
    assertThat(English.stem("relational")).isEqualTo("relat");
    assertThat(English.stem("electricity")).isEqualTo("electr");
    assertThat(English.stem("adjustment")).isEqualTo("adjust");
    assertThat(English.stem("generalizations")).isEqualTo("gener");
    assertThat(English.stem("controlling")).isEqualTo("control");
  }

  @Test
  void shortWordsAndWordsWithDigitsAreLeftAsTheyAreAsRougeDoes() {
    assertThat(English.stem("is")).isEqualTo("is");
    assertThat(English.stem("1990s")).isEqualTo("1990s");
    assertThat(English.stem("covid19")).isEqualTo("covid19");
  }

  @Test
  void oneStopListHoldsLucenesEnglishSetAndTheNewsWords() {
    assertThat(English.STOP_WORDS).contains("the", "such", "these", "said", "monday", "years");
    assertThat(English.isStopWord("harbour")).isFalse();
    assertThat(English.isStopWord("The")).as("callers lower-case first").isFalse();
  }
}
