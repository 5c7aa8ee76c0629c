package dev.storyline.brief;

import static dev.storyline.brief.Fixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.section.SummaryWriter;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary gives sentences back to Key Points only while it keeps the words a reader sees first:
 * a short story's page keeps a summary of the seed page's length and leaves Key Points empty.
 */
class SummaryLengthTest {
  @Test
  void theSummaryKeepsItsFirstWordsWhenKeyPointsWouldTakeThem() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .title("Meridian port reopens north gate after strike")
            .sentence(
                "The port of Meridian reopened its north gate on Monday morning after a"
                    + " nine day strike by crane operators.")
            .sentence(
                "About forty container trucks queued outside the north gate before dawn to"
                    + " collect cargo held since the strike.")
            .sentence(
                "The crane operators accepted a wage rise of six percent spread over two years"
                    + " in a ballot on Sunday.")
            .build();
    AnalyzedArticle b =
        article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .title("Strike over at Meridian as north gate opens")
            .sentence(
                "Meridian's north gate opened again on Monday as the crane operators ended"
                    + " their strike at the port.")
            .sentence(
                "Three container ships anchored in the bay moved to the berths of the north"
                    + " terminal during the afternoon.")
            .sentence(
                "The port authority cleared the backlog of refrigerated containers first to"
                    + " save fruit cargo from spoiling.")
            .build();
    Brief brief =
        new ExtractiveBriefWriter().write(Fixture.material("meridian-gate", List.of(a, b)));
    int words = brief.summary().stream().mapToInt(l -> l.text().strip().split("\\s+").length).sum();
    List<String> shown = brief.summary().stream().map(Line::text).toList();
    assertThat(words).as("summary %s", shown).isGreaterThanOrEqualTo(SummaryWriter.KEEP_WORDS);
    assertThat(brief.keyPoints()).isEmpty();
    assertThat(brief.gaps()).containsKey("key_points");
  }
}
