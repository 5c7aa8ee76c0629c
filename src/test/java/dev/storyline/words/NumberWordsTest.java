package dev.storyline.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NumberWordsTest {
  @Test
  void aNumberWordHasItsValueInAnyCaseAndOtherWordsNone() {
    assertThat(NumberWords.value("seven")).isEqualTo(7);
    assertThat(NumberWords.value("Seventy")).isEqualTo(70);
    assertThat(NumberWords.value("fifteen")).isEqualTo(15);
    assertThat(NumberWords.value("hundred")).isNull();
    assertThat(NumberWords.value("seventh")).isNull();
  }

  @Test
  void theAlternationStopsAtItsMaximumAndMatchesTheLongerWordFirst() {
    assertThat(NumberWords.alternation(50).split("\\|")).contains("fifty").doesNotContain("sixty");
    Matcher m = Pattern.compile("^(?:" + NumberWords.alternation(90) + ")").matcher("seventy days");
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo("seventy");
  }
}
