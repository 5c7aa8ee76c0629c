package dev.storyline.brief.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reader comments a page kept under their time stamps are furniture, never a line of a brief. */
class CommentStampTest {
  @Test
  void aSentenceUnderAReaderCommentsStampIsFurniture() {
    assertThat(
            Boilerplate.isFurniture(
                "January 31, 2011 at 11:41 pm | Please report what the harbour crews are saying."))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "February 2nd, 2011 12:35 am ET Several things need to be weighed by the council."))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "Nobody asked us. January 28, 2011 07:10 pm at 7:10 pm | The mayor has a hard road."))
        .isTrue();
  }

  @Test
  void aReportsDateAndTimeAndARuleOfCarets() {
    // a report giving a date and a time is news, not a comment's stamp
    assertThat(
            Boilerplate.isFurniture(
                "On January 31, 2011 at 11:41 pm, a second tremor shook the valley, officials said."))
        .isFalse();
    assertThat(Boilerplate.isFurniture("January 31, 2011: Protesters filled the harbour square."))
        .isFalse();
    assertThat(Boilerplate.isFurniture("^ ^ ^ ^ ^ ^ Full coverage of the harbour spill")).isTrue();
  }
}
