package dev.storyline.brief.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the LLM writer sends its requests: provider ({@code openai}, for any OpenAI-compatible
 * server such as Ollama, vLLM or llama.cpp, or {@code anthropic}), base URL, API key, model and
 * timeout. The application binds them from its settings ({@code storyline.llm.*}, e.g. {@code
 * STORYLINE_LLM_BASE_URL}). {@link #toString()} never shows the key.
 */
public record LlmSettings(
    String provider, String baseUrl, String apiKey, String model, Duration timeout) {
  static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
  static final String DEFAULT_ANTHROPIC_MODEL = "claude-3-5-haiku-latest";

  /**
   * The settings, or empty when neither a key nor a base URL is given (the LLM writer is off).
   *
   * @param provider {@code openai} or {@code anthropic}
   * @param baseUrl the server, or null for the provider's own
   * @param apiKey the key, or null (a local server needs none)
   * @param model the model, or null for the provider's small default model
   * @param timeout longest wait for one answer
   * @throws IllegalArgumentException for another provider
   */
  public static Optional<LlmSettings> of(
      String provider, String baseUrl, String apiKey, String model, Duration timeout) {
    String p = provider == null ? "openai" : provider.strip().toLowerCase(Locale.ROOT);
    if (!p.equals("openai") && !p.equals("anthropic")) {
      throw new IllegalArgumentException("the LLM provider must be openai or anthropic, not " + p);
    }
    String key = blankToNull(apiKey);
    String url = blankToNull(baseUrl);
    if (key == null && url == null) {
      return Optional.empty();
    }
    String m = blankToNull(model);
    if (m == null) {
      m = p.equals("anthropic") ? DEFAULT_ANTHROPIC_MODEL : DEFAULT_OPENAI_MODEL;
    }
    return Optional.of(new LlmSettings(p, url, key == null ? "not-needed" : key, m, timeout));
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
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
