package dev.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.storyline.brief.llm.ChatModels;
import dev.storyline.brief.llm.LlmBriefWriter;
import dev.storyline.brief.llm.LlmSettings;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LLM writer against a fake OpenAI-compatible server on loopback. */
class LlmBriefWriterTest {
  private static final String GOOD =
      """
      WHY IT MATTERS: The decision marks the first time a port in the region has replaced crane operators with machines.
      SUMMARY: The Meridian Port Authority approved a plan on Monday to install automated cranes built by Lumen Forge. \
      Harbor Union said its members will strike next week unless the port authority pauses the crane plan. \
      Automated cranes from Lumen Forge will start work at the Meridian port in June.
      EXPLAINER: Think of the Meridian port as a workplace swapping people for machines. \
      Lumen Forge will supply twelve cranes to the port.
      """;
  private static final String HALLUCINATING =
      """
      WHY IT MATTERS: Harbor Union will be dissolved by 2027.
      SUMMARY: The Meridian Port Authority approved a plan on Monday to install automated cranes built by Lumen Forge. \
      Governor Lena Brandt ordered 40 more cranes in April.
      """;

  private HttpServer server;
  private final AtomicReference<String> content = new AtomicReference<>(GOOD);
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicReference<String> authorization = new AtomicReference<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v1/chat/completions",
        exchange -> {
          authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          exchange.getRequestBody().readAllBytes();
          String body =
              status.get() == 200
                  ? completion(content.get())
                  : "{\"error\":{\"message\":\"busy\"}}";
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status.get(), bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String completion(String text) {
    String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"fake\",\"choices\":[{\"index\":0,"
        + "\"message\":{\"role\":\"assistant\",\"content\":\""
        + escaped
        + "\"},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
  }

  private LlmBriefWriter writer() {
    LlmSettings settings =
        LlmSettings.of(
                "openai",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
                "sk-test-secret",
                "fake",
                Duration.ofSeconds(5))
            .orElseThrow();
    return new LlmBriefWriter(ChatModels.of(settings), settings.writerName(), null);
  }

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }

  @Test
  void supportedSentencesReplaceTheSectionsAndCiteTheirSources() {
    Brief b = writer().write(PortStory.material());
    assertThat(authorization.get()).isEqualTo("Bearer sk-test-secret");
    assertThat(texts(b.summary()))
        .containsExactly(
            "The Meridian Port Authority approved a plan on Monday to install automated cranes built by Lumen Forge.",
            "Harbor Union said its members will strike next week unless the port authority pauses the crane plan.",
            "Automated cranes from Lumen Forge will start work at the Meridian port in June.");
    assertThat(b.explainer().lines())
        .extracting(Line::text)
        .contains("Think of the Meridian port as a workplace swapping people for machines.");
    assertThat(b.writer()).startsWith("llm:openai/fake").contains("checked").endsWith("withheld 0");
    // every line cites at least one sentence of the story, and the cited sentences hold its names
    // and numbers
    for (Line l : b.summary()) {
      assertThat(l.refs()).isNotEmpty().allMatch(r -> r.articleId().startsWith("a"));
    }
  }

  @Test
  void inventedNamesNumbersAndDatesAreWithheldAndCounted() {
    content.set(HALLUCINATING);
    Brief extractive = new ExtractiveBriefWriter().write(PortStory.material());
    Brief b = writer().write(PortStory.material());
    assertThat(texts(b.summary()))
        .containsExactly(
            "The Meridian Port Authority approved a plan on Monday to install automated cranes built by Lumen Forge.");
    assertThat(b.whyItMatters()).isEqualTo(extractive.whyItMatters());
    assertThat(b.writer()).contains("checked summary").endsWith("withheld 2");
  }

  @Test
  void providerErrorsAndRateLimitsFallBackToTheExtractiveBrief() {
    Brief extractive = new ExtractiveBriefWriter().write(PortStory.material());
    for (int code : new int[] {429, 500}) {
      status.set(code);
      Brief b = writer().write(PortStory.material());
      assertThat(b.writer()).isEqualTo(ExtractiveBriefWriter.NAME);
      assertThat(b.summary()).isEqualTo(extractive.summary());
    }
  }

  @Test
  void noKeyAndNoUrlMeansNoLlmAndTheKeyIsNeverPrinted() {
    assertThat(LlmSettings.of("openai", null, " ", null, Duration.ofSeconds(30))).isEmpty();
    LlmSettings s =
        LlmSettings.of("openai", null, "sk-very-secret", null, Duration.ofSeconds(30))
            .orElseThrow();
    assertThat(s.toString()).doesNotContain("sk-very-secret");
    assertThat(s.model()).isEqualTo("gpt-4o-mini");
  }
}
