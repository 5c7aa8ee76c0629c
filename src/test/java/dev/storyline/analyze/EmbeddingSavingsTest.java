package dev.storyline.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.analyze.embed.Embedder;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.analyze.entity.PosChunkEntityRecognizer;
import dev.storyline.analyze.sentence.OpenNlpSentenceSplitter;
import dev.storyline.analyze.time.NewsDateResolver;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two savings on sentence embeddings: only an article's first sentences are embedded (the rest
 * keep an empty vector but are still split, tagged and dated), and a remembered text gets the very
 * vector the model gives it when nothing is remembered.
 */
class EmbeddingSavingsTest {
  private static final String TEXT =
      "The dam at Kessel was closed on Monday. Engineers found a crack in the wall. The water board"
          + " lowered the lake by two metres on Tuesday. Farmers downstream were told to move their cattle.";

  @Test
  void onlyTheFirstSentencesAreEmbeddedAndTheRestAreStillAnalyzed() {
    List<String> embedded = new ArrayList<>();
    Embedder fake =
        new Embedder() {
          @Override
          public int dimension() {
            return 2;
          }

          @Override
          public float[] embed(String text) {
            return embedAll(List.of(text)).get(0);
          }

          @Override
          public List<float[]> embedAll(List<String> texts) {
            embedded.addAll(texts);
            return texts.stream().map(t -> new float[] {1, 0}).toList();
          }
        };
    ArticleAnalyzer analyzer =
        new ArticleAnalyzer(
            OpenNlpSentenceSplitter.fromClasspath(),
            PosChunkEntityRecognizer.fromClasspath(),
            new NewsDateResolver(),
            fake,
            true,
            2);

    AnalyzedArticle a =
        analyzer.analyze(
            new Article(
                "k1",
                "Wire",
                null,
                Instant.parse("2026-03-02T08:00:00Z"),
                "Kessel dam closed",
                TEXT,
                Map.of()));

    assertThat(a.sentences()).hasSize(4);
    assertThat(a.sentences()).extracting(s -> s.embedding().length).containsExactly(2, 2, 0, 0);
    assertThat(embedded).hasSize(3); // the lead and two sentences
    AnalyzedSentence third = a.sentences().get(2);
    assertThat(third.text()).startsWith("The water board");
    assertThat(third.dates()).as("dated past the cap").isNotEmpty(); // "on Tuesday"
  }

  @Test
  void aRememberedTextHasTheVectorTheModelGivesIt() {
    List<String> texts =
        List.of("The dam was closed.", "Farmers moved their cattle.", "The dam was closed.");
    try (MiniLmEmbedder remembering = MiniLmEmbedder.load(1);
        MiniLmEmbedder forgetting = MiniLmEmbedder.load(1, 0)) {
      List<float[]> first = remembering.embedAll(texts);
      List<float[]> again = remembering.embedAll(texts); // every text remembered now
      List<float[]> plain = forgetting.embedAll(texts);
      for (int i = 0; i < texts.size(); i++) {
        assertThat(first.get(i)).as("text %d", i).containsExactly(plain.get(i));
        assertThat(again.get(i)).as("text %d again", i).containsExactly(plain.get(i));
      }
      assertThat(first.get(0)).isNotSameAs(first.get(2)); // callers may change their copy
    }
  }
}
