package dev.storyline.brief.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClaimMatchTest {

  @Test
  void theEmbeddingSimilarityIsACosineWhateverTheVectorsLengths() {
    assertThat(ClaimMatch.cosine(new float[] {3, 0}, new float[] {2, 0}))
        .as("same direction, lengths 3 and 2 (a plain dot product would say 6)")
        .isCloseTo(1.0, within(1e-9));
    assertThat(ClaimMatch.cosine(new float[] {1, 1}, new float[] {2, 0}))
        .isCloseTo(Math.sqrt(0.5), within(1e-6));
    assertThat(ClaimMatch.cosine(new float[] {1, 0}, new float[] {0, 5})).isZero();
    assertThat(ClaimMatch.cosine(new float[] {0, 0}, new float[] {1, 0})).isZero();
    assertThat(ClaimMatch.cosine(null, new float[] {1, 0})).isZero();
    assertThat(ClaimMatch.cosine(new float[] {1}, new float[] {1, 0})).isZero();
  }

  @Test
  void aReaderCommentIsNoEvidenceThatAForecastCameTrue() {
    assertThat(evidence("The board opened the new ferry terminal in Port Lumen.")).isNotNull();
    assertThat(evidence("I opened my shop again after the ferry terminal reopened.")).isNull();
    assertThat(evidence("Posted by harbourfan: the ferry terminal opened at last.")).isNull();
  }

  private static ClaimMatch.Evidence evidence(String text) {
    return ClaimMatch.Evidence.of(
        new dev.storyline.domain.AnalyzedSentence(
            0, 0, text.length(), text, java.util.List.of(), java.util.List.of(), new float[0]));
  }
}
