package dev.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.brief.llm.LlmBriefWriter;
import dev.storyline.brief.llm.LlmSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The LLM writer's settings bind like every other setting, from {@code STORYLINE_LLM_*}. */
class BriefWriterConfigTest {

  /** The settings as the application binds them from these environment variables. */
  private static Optional<LlmSettings> fromEnvironment(Map<String, String> env) {
    StandardEnvironment e = new StandardEnvironment();
    e.getPropertySources()
        .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", Map.copyOf(env)));
    StorylineProperties props =
        new Binder(ConfigurationPropertySources.get(e))
            .bindOrCreate("storyline", Bindable.of(StorylineProperties.class));
    return Stages.llmSettings(props.llm(), env::get);
  }

  @Test
  void withoutLlmSettingsTheExtractiveWriterServes() {
    assertThat(fromEnvironment(Map.of())).isEmpty();
    assertThat(StorylineConfiguration.briefWriter(Optional.empty(), t -> new float[0]))
        .isInstanceOf(ExtractiveBriefWriter.class);
  }

  @Test
  void aBaseUrlOrKeyInTheEnvironmentTurnsTheCheckedLlmWriterOn() {
    Optional<LlmSettings> local =
        fromEnvironment(
            Map.of(
                "STORYLINE_LLM_BASE_URL", "http://127.0.0.1:9/v1",
                "STORYLINE_LLM_MODEL", "small",
                "STORYLINE_LLM_TIMEOUT", "5s"));
    assertThat(local)
        .hasValueSatisfying(
            s -> {
              assertThat(s.baseUrl()).isEqualTo("http://127.0.0.1:9/v1");
              assertThat(s.model()).isEqualTo("small");
              assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(5));
            });
    assertThat(StorylineConfiguration.briefWriter(local, t -> new float[0]))
        .isInstanceOf(LlmBriefWriter.class);

    Optional<LlmSettings> anthropic =
        fromEnvironment(Map.of("STORYLINE_LLM_PROVIDER", "anthropic", "ANTHROPIC_API_KEY", "k"));
    assertThat(anthropic.map(LlmSettings::provider)).hasValue("anthropic");
    assertThat(anthropic.map(LlmSettings::apiKey)).hasValue("k");
    assertThat(fromEnvironment(Map.of("OPENAI_API_KEY", "k2")).map(LlmSettings::apiKey))
        .as("the provider's own variable is read for the provider in use only")
        .hasValue("k2");
    assertThat(fromEnvironment(Map.of("ANTHROPIC_API_KEY", "k"))).isEmpty();
  }

  @Test
  void theKeyIsNeverPrintedAndAnUnknownProviderIsAClearError() {
    StorylineProperties.Llm llm =
        new StorylineProperties.Llm("openai", "sk-secret", null, null, Duration.ofSeconds(30));
    assertThat(llm.toString()).doesNotContain("sk-secret").contains("apiKey=****");
    assertThatThrownBy(
            () -> fromEnvironment(Map.of("STORYLINE_LLM_PROVIDER", "acme", "OPENAI_API_KEY", "k")))
        .hasMessageContaining("openai or anthropic");
  }
}
