package dev.storyline.brief;

import static dev.storyline.brief.Fixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Key Points keep apart from every section shown before them, Forecast and Sides included. */
class KeyPointsApartTest {
  @Test
  void aPointThatTellsForecastsStatementAgainIsNotShown() {
    AnalyzedArticle a = first(6);
    AnalyzedArticle b =
        article("b", "The Vessen Post", "2026-11-24T09:00:00Z")
            .sentence("Crowds at the Riverside stadium have dropped under 20,000 this season.")
            .embedding(0, 0, 1, 0, 0, 0)
            .sentence("Petra Santangelo, the assistant, becomes interim coach of the club.")
            .embedding(0, 0.75f, 0, 0.6614f, 0, 0) // 0.75 from Forecast's line
            .build();
    AnalyzedArticle c =
        article("c", "Fieldstone Gazette", "2026-11-24T10:00:00Z")
            .sentence("The club sits bottom of the league table after a dismal autumn.")
            .embedding(0, 0, 0, 0, 1, 0)
            .sentence("Supporters have called on the board to explain its new stadium debts.")
            .embedding(0, 0, 0, 0, 0, 1)
            .build();
    StoryText text = StoryText.of(List.of(a, b, c));
    StorySentence forecast = text.sentences().get(1);
    List<String> points = points(text);
    assertThat(points)
        .hasSizeGreaterThanOrEqualTo(2)
        .doesNotContain(forecast.text())
        .noneMatch(p -> p.contains("interim coach"));
  }

  /** With nothing new left, Key Points may restate the summary (as the seed's do), not Forecast. */
  @Test
  void withNothingNewLeftPointsRestateTheSummaryButNotForecast() {
    AnalyzedArticle a = first(5);
    AnalyzedArticle b =
        article("b", "The Vessen Post", "2026-11-24T09:00:00Z")
            .sentence("The club dismissed Tregarth after a dismal run of results this autumn.")
            .embedding(0.75f, 0, 0.6614f, 0, 0)
            .sentence("Petra Santangelo, the assistant, becomes interim coach of the club.")
            .embedding(0, 0.75f, 0, 0, 0.6614f)
            .build();
    AnalyzedArticle c =
        article("c", "Fieldstone Gazette", "2026-11-24T10:00:00Z")
            .sentence("Tregarth lost his job as Rovers coach on Tuesday after the board met.")
            .embedding(0.72f, 0, 0, 0.694f, 0)
            .build();
    List<String> points = points(StoryText.of(List.of(a, b, c)));
    assertThat(points)
        .contains(
            "The club dismissed Tregarth after a dismal run of results this autumn.",
            "Tregarth lost his job as Rovers coach on Tuesday after the board met.")
        .noneMatch(p -> p.contains("Santangelo"));
  }

  /**
   * The first report: its lead (which the summary shows) and Forecast's line, unit vectors 0 and 1
   * of {@code dims}.
   */
  private static AnalyzedArticle first(int dims) {
    float[] lead = new float[dims];
    float[] ahead = new float[dims];
    lead[0] = 1;
    ahead[1] = 1;
    return article("a", "Lantern Daily", "2026-11-24T08:00:00Z")
        .sentence("Vessen Rovers sacked their coach Eamon Tregarth on Tuesday.")
        .embedding(lead)
        .sentence("Assistant coach Petra Santangelo will take charge for the next match.")
        .embedding(ahead)
        .build();
  }

  /** Key Points when the summary shows the first report's lead and Forecast its second line. */
  private static List<String> points(StoryText text) {
    StorySentence lead = text.sentences().get(0);
    StorySentence forecast = text.sentences().get(1);
    return ExtractiveBriefWriter.keyPoints(text, Set.of(forecast.ref()), List.of(lead)).stream()
        .map(StorySentence::text)
        .toList();
  }
}
