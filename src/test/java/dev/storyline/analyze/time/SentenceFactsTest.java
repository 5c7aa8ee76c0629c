package dev.storyline.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cheap cues must be present whenever a rule can match, or dates would be lost. */
class CuesTest {
  private static final LocalDate TUE = LocalDate.of(2026, 11, 24);

  @Test
  void monthCueNeedsACapitalisedMonthStart() {
    assertThat(SentenceFacts.of("Talks resume in Sept. next year.").month()).isTrue();
    assertThat(SentenceFacts.of("Protesters march on the capital.").month()).isFalse();
    assertThat(SentenceFacts.of("It ends in May").month()).isTrue();
  }

  @Test
  void fourDigitCueNeedsFourDigitsInARow() {
    assertThat(SentenceFacts.of("It cost $1,500 in 201 days.").fourDigits()).isFalse();
    assertThat(SentenceFacts.of("It cost $1,500 in 201 days.").digit()).isTrue();
    assertThat(SentenceFacts.of("Founded in 1999.").fourDigits()).isTrue();
    assertThat(SentenceFacts.of("No numbers here.").digit()).isFalse();
  }

  @Test
  void wordCuesIgnoreCaseLikeTheRules() {
    assertThat(SentenceFacts.of("The vote is set for TOMORROW.").anyWord("tomorrow")).isTrue();
    assertThat(SentenceFacts.of("They met on Friday.").weekday()).isTrue();
    assertThat(SentenceFacts.of("They met on the weekend.").weekday()).isFalse();
  }

  @Test
  void upperCaseRelativeWordsStillResolve() {
    NewsDateResolver resolver = new NewsDateResolver();
    assertThat(resolver.resolve("The vote is set for TOMORROW.", TUE))
        .singleElement()
        .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 25)));
    assertThat(resolver.resolve("The plant closed TWO YEARS AGO.", TUE))
        .singleElement()
        .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2024, 1, 1)));
  }

  @Test
  void sentenceWithoutAnyCueHasNoDate() {
    assertThat(new NewsDateResolver().resolve("The board met and nothing changed.", TUE)).isEmpty();
  }
}
