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

  /**
   * A radio programme's running order joins the quake story by its quake item; its other items (a
   * health plan, a beer can) are close neither to the quake nor to the page's title and lead, which
   * are the programme's furniture. Their dated facts are no background to the quake; the running
   * order's own quake facts are, also one far in meaning (as short sentences are) that names the
   * story's place.
   */
  @Test
  void aRoundupPageGivesTheStoryOnlyItsItemsAboutTheStory() {
    AnalyzedArticle quake =
        article("q1", "Desk", "2031-01-14T10:00:00Z")
            .title("Quake flattens Port Lumen harbour")
            .articleEmbedding(1, 0, 0)
            .sentence("A strong quake flattened the harbour of Port Lumen on Tuesday.")
            .embedding(1, 0, 0)
            .build();
    AnalyzedArticle roundup =
        article("r1", "Radio", "2031-01-15T07:00:00Z")
            .title("Transcripts of our programme interviews are not available.")
            .articleEmbedding(0, 1, 0)
            .sentence("The programme is broadcast live and its order may change.")
            .embedding(0, 1, 0)
            .sentence(
                "The harbour wall of Port Lumen was rebuilt in 1962 after an earlier quake.",
                date("1962", "1962-01-01", DateGranularity.YEAR))
            .embedding(0.9f, 0.3f, 0)
            .sentence(
                "The care plan for the elderly, published by the ministry in 2029, has stalled.",
                date("2029", "2029-01-01", DateGranularity.YEAR))
            .embedding(0, 0.25f, 0.97f)
            .sentence(
                "Two Port Lumen schools collapsed in 2029, killing 90 children.",
                date("2029", "2029-01-01", DateGranularity.YEAR))
            // far in meaning as short sentences are, but it names the story's place
            .embedding(0, 0.25f, 0.97f)
            .build();
    AnalyzedArticle rescue =
        article("q3", "Desk", "2031-01-15T12:00:00Z")
            .title("Rescuers pull a boy alive from Port Lumen rubble")
            .articleEmbedding(1, 0, 0)
            .sentence("Rescuers pulled a boy alive from the rubble of a Port Lumen school.")
            .embedding(1, 0, 0)
            .build();
    AnalyzedArticle later =
        article("q2", "Desk", "2031-01-16T10:00:00Z")
            .title("Aid reaches Port Lumen after the quake")
            .articleEmbedding(1, 0, 0)
            .sentence("Aid finally reached the quake survivors of Port Lumen.")
            .embedding(1, 0, 0)
            .build();
    Saga saga = Saga.of(List.of(new StoryThread("quake", List.of(quake, roundup, rescue, later))));
    List<String> background =
        saga.context("quake").timeline().stream()
            .filter(TimelineEntry::background)
            .map(e -> e.line().text())
            .toList();
    assertThat(background)
        .containsExactly(
            "Two Port Lumen schools collapsed in 2029, killing 90 children.",
            "The harbour wall of Port Lumen was rebuilt in 1962 after an earlier quake.");
  }

  /**
   * A storyline link joined a story of another saga that shares a place with the quake (a concert
   * in Port Lumen): its headline is no milestone of the quake, the aid story's is.
   */
  @Test
  void aStoryOfAnotherSagaIsNoMilestone() {
    AnalyzedArticle quake =
        article("q1", "Desk", "2031-01-14T10:00:00Z")
            .title("Quake flattens Port Lumen harbour")
            .articleEmbedding(1, 0, 0)
            .sentence("A strong quake flattened the harbour of Port Lumen on Tuesday.")
            .build();
    AnalyzedArticle band =
        article("m1", "Desk", "2031-01-15T10:00:00Z")
            .title("The Lanterns sell out their Port Lumen concert")
            .articleEmbedding(0.1f, 0, 1)
            .sentence("The Lanterns sold every ticket for their Port Lumen concert in June.")
            .build();
    AnalyzedArticle aid =
        article("a1", "Desk", "2031-01-16T10:00:00Z")
            .title("Aid ships reach Port Lumen after the quake")
            .articleEmbedding(0.9f, 0.3f, 0)
            .sentence("The first aid ships reached the quake survivors of Port Lumen.")
            .build();
    AnalyzedArticle later =
        article("q2", "Desk", "2031-01-17T10:00:00Z")
            .title("Port Lumen counts the quake's dead")
            .articleEmbedding(0.95f, 0.2f, 0)
            .sentence("Port Lumen began counting the dead of Tuesday's quake.")
            .build();
    Saga saga =
        Saga.of(
            List.of(
                new StoryThread("quake", List.of(quake)),
                new StoryThread("band", List.of(band)),
                new StoryThread("aid", List.of(aid)),
                new StoryThread("toll", List.of(later))));
    List<String> milestones =
        saga.context("toll").timeline().stream()
            .filter(e -> !e.background())
            .map(e -> e.line().text())
            .toList();
    assertThat(milestones)
        .containsExactly(
            "Port Lumen counts the quake's dead",
            "Aid ships reach Port Lumen after the quake",
            "Quake flattens Port Lumen harbour");
  }
}
