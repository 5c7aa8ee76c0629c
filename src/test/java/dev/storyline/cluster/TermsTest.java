package dev.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {
  @Test
  void numbersKeepTheirDecimalsAndLoseThousandsSeparators() {
    Terms.Split s = Terms.split("A 6.1 quake cut power to 1,200 homes; 40 were damaged.");
    assertThat(s.numbers()).containsExactlyInAnyOrder("6.1", "1200", "40");
  }

  @Test
  void wordsAreLowerCasedWithoutStopWordsShortWordsOrPlurals() {
    Terms.Split s = Terms.split("The Harbors of Talby said it would reopen the harbor");
    assertThat(s.words())
        .containsEntry("harbor", 2)
        .containsEntry("talby", 1)
        .containsEntry("reopen", 1)
        .doesNotContainKeys("the", "of", "it", "said", "would", "harbors");
  }

  @Test
  void ordinalsAndMixedTokensAreNeitherWordsNorNumbers() {
    Terms.Split s = Terms.split("on April 2nd at 5pm");
    assertThat(s.numbers()).isEmpty();
    assertThat(s.words()).containsOnlyKeys("april");
  }
}
