package dev.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.brief.llm.LlmBriefWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BriefWriterConfigTest {
  @Test
  void withoutLlmSettingsTheExtractiveWriterServes() {
    assertThat(StorylineConfiguration.briefWriter(Map.of(), t -> new float[0]))
        .isInstanceOf(ExtractiveBriefWriter.class);
  }

  @Test
  void aBaseUrlOrKeyInTheEnvironmentTurnsTheCheckedLlmWriterOn() {
    assertThat(
            StorylineConfiguration.briefWriter(
                Map.of("STORYLINE_LLM_BASE_URL", "http://127.0.0.1:9/v1"), t -> new float[0]))
        .isInstanceOf(LlmBriefWriter.class);
    assertThat(
            StorylineConfiguration.briefWriter(
                Map.of("STORYLINE_LLM_PROVIDER", "anthropic", "ANTHROPIC_API_KEY", "k"),
                t -> new float[0]))
        .isInstanceOf(LlmBriefWriter.class);
  }
}
