package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary is read as one text made of sentences from several reports. */
class SummaryWriterTest {
  @Test
  void aSentenceThatNeedsTheOneBeforeItIsNotSummarised() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence("The port of Meridian reopened its north gate on Monday after a long strike.")
            .sentence("But he also acknowledged another reason for the delay at the north gate.")
            .sentence("Dockworkers returned to the cranes at dawn under the new port agreement.")
            .build();
    AnalyzedArticle b =
        article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .sentence("Meridian's north gate opened again on Monday as the port strike ended.")
            .sentence("Shipping lines said the first container ships would dock at the port today.")
            .build();
    StoryText text = StoryText.of(List.of(a, b));
    List<String> summary =
        SummaryWriter.pick(text, List.of()).stream().map(StorySentence::text).toList();
    assertThat(summary).hasSizeGreaterThanOrEqualTo(SummaryWriter.MIN);
    assertThat(summary).noneMatch(t -> t.startsWith("But he also"));
  }

  @Test
  void withNothingElseLeftTheSummaryStillTakesWhatThereIs() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence("But he also acknowledged another reason for the delay at the north gate.")
            .sentence("They said the dockworkers would return to the cranes under the agreement.")
            .build();
    StoryText text = StoryText.of(List.of(a));
    assertThat(SummaryWriter.pick(text, List.of())).hasSize(2);
  }
}
