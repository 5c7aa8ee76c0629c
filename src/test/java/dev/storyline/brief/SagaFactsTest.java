package dev.storyline.brief;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A storyline may gather a page that only shares a name with the saga (a music page that mentions
 * the quake's telethon): its dated facts are no background to the quake, the quake's own are.
 */
class SagaFactsTest {
  @Test
  void factsOfAStoryAboutSomethingElseStayOffTheTimeline() {
    AnalyzedArticle quake =
        article("q1", "Desk", "2031-01-14T10:00:00Z")
            .title("Quake flattens Port Lumen harbour")
            .articleEmbedding(1, 0, 0)
            .sentence("A strong quake flattened the harbour of Port Lumen on Tuesday.")
            .embedding(1, 0, 0)
            .sentence(
                "The harbour wall was built in 1962 after an earlier quake destroyed the old one.",
                date("1962", "1962-01-01", DateGranularity.YEAR))
            .embedding(0.9f, 0.1f, 0)
            .build();
    AnalyzedArticle band =
        article("m1", "Desk", "2031-01-15T10:00:00Z")
            .title("The Lanterns play for Port Lumen")
            .articleEmbedding(0.1f, 0, 1)
            .sentence("The Lanterns will play a concert for Port Lumen on Friday.")
            .embedding(0.1f, 0, 1)
            .sentence(
                "The band was formed in 1994 by two brothers in a garage in Osk.",
                date("1994", "1994-01-01", DateGranularity.YEAR))
            .embedding(0.1f, 0, 1)
            .build();
    AnalyzedArticle later =
        article("q2", "Desk", "2031-01-16T10:00:00Z")
            .title("Aid reaches Port Lumen after the quake")
            .articleEmbedding(0.95f, 0.2f, 0)
            .sentence("Aid finally reached the quake survivors of Port Lumen.")
            .embedding(0.95f, 0.2f, 0)
            .build();
    Saga saga =
        Saga.of(
            List.of(
                new StoryThread("quake", List.of(quake)),
                new StoryThread("band", List.of(band)),
                new StoryThread("aid", List.of(later))));
    List<String> background =
        saga.context("aid").timeline().stream()
            .filter(TimelineEntry::background)
            .map(e -> e.line().text())
            .toList();
    assertThat(background)
        .contains(
            "The harbour wall was built in 1962 after an earlier quake destroyed the old one.")
        .doesNotContain("The band was formed in 1994 by two brothers in a garage in Osk.");
  }
}
