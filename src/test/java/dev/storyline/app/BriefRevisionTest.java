package dev.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The writer's revision is read from the brief stage's classes and names the writer too. */
class BriefRevisionTest {
  @Test
  void theRevisionFingerprintsTheBriefClassesAndTheWriter() throws Exception {
    assertThat(new PathMatchingResourcePatternResolver().getResources(BriefRevision.CLASSES))
        .as("brief stage classes found")
        .hasSizeGreaterThan(50)
        .allMatch(r -> r.getFilename().endsWith(".class"));
    String extractive = BriefRevision.of("extractive");
    assertThat(extractive).matches("[0-9a-f]{12}").isEqualTo(BriefRevision.of("extractive"));
    assertThat(BriefRevision.of("llm:local-model")).isNotEqualTo(extractive);
  }
}
