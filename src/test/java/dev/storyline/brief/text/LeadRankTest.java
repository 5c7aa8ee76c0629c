package dev.storyline.brief.text;

import static dev.storyline.brief.Fixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LexRank with a lead prior, the summary's ranking. */
class LeadRankTest {
  private static final AnalyzedArticle COURIER =
      article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
          .sentence("Port Lumen dockers accepted the pay deal on Monday, ending the strike.")
          .sentence("Gulls circled the empty quay while a brass band rehearsed nearby.")
          .build();
  private static final AnalyzedArticle GAZETTE =
      article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z")
          .sentence("A crane driver of thirty years said the mood at the gate was calm.")
          .sentence("On Monday Port Lumen dockers accepted the pay deal, ending the strike.")
          .build();
  private static final AnalyzedArticle TIMES =
      article("c", "Harbour Times", "2026-03-02T10:00:00Z")
          .sentence("The strike at Port Lumen ended Monday as dockers accepted the pay deal.")
          .build();

  private static double rank(StoryText text, AnalyzedArticle a, int index) {
    return text.leadRank()
        .of(
            text.sentences().stream()
                .filter(s -> s.article() == a && s.index() == index)
                .findFirst()
                .orElseThrow());
  }

  @Test
  void theFactTheReportsShareRanksFirstAndItsOpeningWordingAboveALaterOne() {
    StoryText text = StoryText.of(List.of(COURIER, GAZETTE, TIMES));
    double courierLead = rank(text, COURIER, 0);
    assertThat(text.sentences().stream().mapToDouble(text.leadRank()::of).max().orElseThrow())
        .isEqualTo(1.0);
    // the Gazette's second sentence in the same words, but where the Courier opens
    assertThat(courierLead).isGreaterThan(rank(text, GAZETTE, 1));
    // a sentence that shares no word with the others ranks below the shared fact at its place
    assertThat(rank(text, GAZETTE, 1)).isGreaterThan(rank(text, COURIER, 1));
    assertThat(rank(text, TIMES, 0)).isGreaterThan(rank(text, GAZETTE, 0));
  }

  @Test
  void aStoryWithNoSharedWordsStillRanksByPlace() {
    StoryText text =
        StoryText.of(
            List.of(
                article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
                    .sentence("Velmar opened a ferry line to the northern islands on Friday.")
                    .sentence("Tickets cost twelve crowns for adults and half for children.")
                    .build()));
    assertThat(text.leadRank().of(text.sentences().get(0))).isEqualTo(1.0);
    assertThat(text.leadRank().of(text.sentences().get(1))).isEqualTo(0.5);
  }
}
