package dev.storyline.brief.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * Builds the LangChain4j chat model for {@link LlmSettings}: one try, no retries, no request logs.
 */
public final class ChatModels {
  private ChatModels() {}

  public static ChatModel of(LlmSettings s) {
    if (s.provider().equals("anthropic")) {
      AnthropicChatModel.AnthropicChatModelBuilder b =
          AnthropicChatModel.builder()
              .apiKey(s.apiKey())
              .modelName(s.model())
              .timeout(s.timeout())
              .maxRetries(0)
              .maxTokens(900);
      if (s.baseUrl() != null) {
        b.baseUrl(s.baseUrl());
      }
      return b.build();
    }
    OpenAiChatModel.OpenAiChatModelBuilder b =
        OpenAiChatModel.builder()
            .apiKey(s.apiKey())
            .modelName(s.model())
            .timeout(s.timeout())
            .maxRetries(0)
            .temperature(0.2)
            .logRequests(false);
    if (s.baseUrl() != null) {
      b.baseUrl(s.baseUrl());
    }
    return b.build();
  }
}
