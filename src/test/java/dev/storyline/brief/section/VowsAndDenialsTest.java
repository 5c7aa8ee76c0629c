package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.BriefWriter;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.brief.Fixture;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of the ten-page reading (issue 19) on invented text: a vow of resolve and a plan named as
 * a noun are no forecast; a rejected claim is no criticism, a denied accusation a defence.
 */
class VowsAndDenialsTest {
  private final BriefWriter writer = new ExtractiveBriefWriter();

  private List<String> forecast(AnalyzedArticle a) {
    Brief b = writer.write(Fixture.material("s", List.of(a)));
    return b.forecast().items().stream().map(i -> i.line().text()).toList();
  }

  @Test
  void aVowOfResolveIsNoForecast() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Port Lumen mourns the ferry dead")
            .sentence("Port Lumen held a vigil on Sunday for the nine people killed on the ferry.")
            .sentence(
                "\"In the face of this loss, we will love one another,\" Mayor Ana Ruiz said.")
            .sentence("\"We will not be intimidated and we will rebuild,\" the harbour chief said.")
            .sentence("\"We will hold an inquiry next month,\" Mayor Ana Ruiz said.")
            .build();
    assertThat(forecast(a))
        .contains("\"We will hold an inquiry next month,\" Mayor Ana Ruiz said.")
        .doesNotContain(
            "\"In the face of this loss, we will love one another,\" Mayor Ana Ruiz said.",
            "\"We will not be intimidated and we will rebuild,\" the harbour chief said.");
  }

  @Test
  void aPlanNamedAsANounIsNoForecast() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Ferry line shares out the blame")
            .sentence("The ferry line blamed its builder and the port for the sinking.")
            .sentence("Investors seem to like the ferry line's plan to share out the blame.")
            .sentence("The ferry line plans to sell two of its older boats.")
            .build();
    assertThat(forecast(a))
        .contains("The ferry line plans to sell two of its older boats.")
        .doesNotContain("Investors seem to like the ferry line's plan to share out the blame.");
  }

  private static int polarity(String text) {
    return StancePolarity.polarity(text, false);
  }

  @Test
  void aRejectedClaimIsNoCriticismAndADeniedAccusationADefence() {
    // the rejected idea may be either side's: the rejection alone leans nowhere
    assertThat(
            StancePolarity.polarity(
                "Mr Bly rejected the idea that cost-cutting had driven the crew's choices.", false))
        .isZero();
    assertThat(
            StancePolarity.polarity(
                "The company denied accusations that it had cut corners on the hull.", false))
        .isPositive();
    assertThat(StancePolarity.polarity("The minister dismissed criticism of the plan.", false))
        .isPositive();
    // a denial of wrongdoing or an inquiry into what went wrong calls no one wrong
    assertThat(polarity("Dr Vale says he did nothing wrong.")).isZero();
    assertThat(polarity("The inquiry will find out what went wrong on the pier.")).isZero();
    assertThat(polarity("She said the mayor made the wrong call.")).isNegative();
    // BP's investigator on BP's own choice: "…wasn't a wrong choice," said Mark Bly
    assertThat(polarity("The skipping of the hull test wasn't a wrong choice, the inspector said."))
        .isZero();
    assertThat(polarity("Leaving the pier open was not the wrong call, Dr Vale said.")).isZero();
    // rejecting a report, a deal or a person still criticises
    assertThat(StancePolarity.polarity("He rejected the report's findings.", false)).isNegative();
    assertThat(StancePolarity.polarity("The union rejected the deal.", false)).isNegative();
  }
}
