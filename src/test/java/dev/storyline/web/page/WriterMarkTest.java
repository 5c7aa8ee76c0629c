package dev.storyline.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WriterMarkTest {

  @Test
  void llmWriterNamesCheckedSectionsAndWithheldCount() {
    WriterMark mark =
        WriterMark.parse("llm:openai/gpt-4o-mini; checked summary, explainer; withheld 2");
    assertThat(mark.name()).isEqualTo("llm:openai/gpt-4o-mini");
    assertThat(mark.checkedList()).containsExactly("explainer", "summary");
    assertThat(mark.checked("summary")).isTrue();
    assertThat(mark.checked("why_it_matters")).isFalse();
    assertThat(mark.withheld()).isEqualTo(2);
    assertThat(mark.badge()).isEqualTo("Checked · 2 withheld");
    assertThat(mark.note())
        .startsWith("Written by openai/gpt-4o-mini;")
        .contains("2 sentences without support withheld");
  }

  @Test
  void extractiveWriterChecksNothingEvenWhenAnLlmAnswerWasWithheld() {
    WriterMark fallback = WriterMark.parse("extractive; llm withheld 3");
    assertThat(fallback.checkedList()).isEmpty();
    assertThat(fallback.withheld()).isEqualTo(3);
    assertThat(WriterMark.parse("extractive").checkedList()).isEmpty();
    assertThat(WriterMark.parse(null).checkedList()).isEmpty();
  }

  @Test
  void noWithheldSentencesGiveAPlainBadgeAndMalformedCountsAreZero() {
    assertThat(WriterMark.parse("llm:x; checked summary; withheld 0").badge()).isEqualTo("Checked");
    assertThat(WriterMark.parse("llm:x; checked summary; withheld many").withheld()).isZero();
  }
}
