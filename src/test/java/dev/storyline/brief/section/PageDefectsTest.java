package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.BriefWriter;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.brief.Fixture;
import dev.storyline.brief.text.Boilerplate;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page defects of the ten-page reading (issue 19), on invented text of the shapes found in basil
 * and Timeline17.
 */
class PageDefectsTest {
  private final BriefWriter writer = new ExtractiveBriefWriter();

  @Test
  void firstPersonChatterIsNoForecast() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Relief boats head for Port Lumen")
            .sentence("The relief fund is expected to send four boats to Port Lumen next week.")
            .sentence("I hope my cousins in Port Lumen will get a boat soon.")
            .sentence("Tomorrow we will be back at the clinic to finish the pumps.")
            .sentence(
                "\"We will not leave Port Lumen behind,\" the fund's director, Ana Ruiz, said.")
            .build();
    Brief b = writer.write(Fixture.material("s", List.of(a)));
    assertThat(b.forecast().items())
        .extracting(i -> i.line().text())
        .contains("The relief fund is expected to send four boats to Port Lumen next week.")
        .doesNotContain(
            "I hope my cousins in Port Lumen will get a boat soon.",
            "Tomorrow we will be back at the clinic to finish the pumps.");
  }

  @Test
  void chatterIsFirstPersonOutsideQuotesWithNoSpeaker() {
    assertThat(Boilerplate.chatter("I think the ferries will never come back.")).isTrue();
    assertThat(Boilerplate.chatter("Our water will go to the clinic first.")).isTrue();
    assertThat(Boilerplate.chatter("\"We will rebuild,\" the mayor said.")).isFalse();
    assertThat(Boilerplate.chatter("The mayor said we would all be safe.")).isFalse();
    assertThat(Boilerplate.chatter("Veterans of World War I will march on Sunday.")).isFalse();
    assertThat(Boilerplate.chatter("The U.S. will send two ships.")).isFalse();
  }
}
