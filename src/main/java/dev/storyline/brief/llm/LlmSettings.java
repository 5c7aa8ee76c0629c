package dev.storyline.brief.llm;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where the LLM writer sends its requests, read from the environment:
 *
 * <ul>
 *   <li>{@code STORYLINE_LLM_PROVIDER}: {@code openai} (default; any OpenAI-compatible server such
 *       as Ollama, vLLM or llama.cpp) or {@code anthropic}
 *   <li>{@code STORYLINE_LLM_API_KEY} (or {@code OPENAI_API_KEY} / {@code ANTHROPIC_API_KEY})
 *   <li>{@code STORYLINE_LLM_BASE_URL}: e.g. {@code http://localhost:11434/v1} for Ollama; a local
 *       server needs no key
 *   <li>{@code STORYLINE_LLM_MODEL}, {@code STORYLINE_LLM_TIMEOUT_SECONDS} (default 30)
 * </ul>
 *
 * Without a key and a base URL the LLM writer is off. {@link #toString()} never shows the key.
 */
public record LlmSettings(
    String provider, String baseUrl, String apiKey, String model, Duration timeout) {
  static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
  static final String DEFAULT_ANTHROPIC_MODEL = "claude-3-5-haiku-latest";

  /** The settings in an environment map, or empty when no LLM is configured. */
  public static Optional<LlmSettings> fromEnv(Map<String, String> env) {
    String provider =
        env.getOrDefault("STORYLINE_LLM_PROVIDER", "openai")
            .strip()
            .toLowerCase(java.util.Locale.ROOT);
    if (!provider.equals("openai") && !provider.equals("anthropic")) {
      throw new IllegalArgumentException(
          "STORYLINE_LLM_PROVIDER must be openai or anthropic, not " + provider);
    }
    String key =
        first(
            env,
            "STORYLINE_LLM_API_KEY",
            provider.equals("anthropic") ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY");
    String url = first(env, "STORYLINE_LLM_BASE_URL", "STORYLINE_LLM_BASE_URL");
    if (key == null && url == null) {
      return Optional.empty();
    }
    String model = first(env, "STORYLINE_LLM_MODEL", "STORYLINE_LLM_MODEL");
    if (model == null) {
      model = provider.equals("anthropic") ? DEFAULT_ANTHROPIC_MODEL : DEFAULT_OPENAI_MODEL;
    }
    String seconds = env.getOrDefault("STORYLINE_LLM_TIMEOUT_SECONDS", "30");
    return Optional.of(
        new LlmSettings(
            provider,
            url,
            key == null ? "not-needed" : key,
            model,
            Duration.ofSeconds(Long.parseLong(seconds.strip()))));
  }

  private static String first(Map<String, String> env, String a, String b) {
    for (String k : new String[] {a, b}) {
      String v = env.get(k);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** A name for {@code Brief.writer()}: provider and model. */
  public String writerName() {
    return "llm:" + provider + "/" + model;
  }

  @Override
  public String toString() {
    return "LlmSettings[provider="
        + provider
        + ", baseUrl="
        + baseUrl
        + ", model="
        + model
        + ", timeout="
        + timeout
        + ", apiKey=***]";
  }
}
