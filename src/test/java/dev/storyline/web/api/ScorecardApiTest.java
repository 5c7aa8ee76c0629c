package dev.storyline.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.Brief.SourceArticle;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.domain.ForecastCheck.Status;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.web.FakeStoryQueries;
import dev.storyline.web.Fixtures;
import dev.storyline.web.WebSliceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The storyline JSON carries the stored forecast scorecard. */
@WebSliceTest
class ScorecardApiTest {
  static final SourceArticle VOTE =
      new SourceArticle(
          "b1",
          "Coastal Ledger",
          "Harbor Union votes to strike",
          "https://ledger.example/vote",
          Instant.parse("2026-10-12T08:00:00Z"));
  static final SourceArticle UNSAFE =
      new SourceArticle(
          "a2",
          "Harbor Times",
          "Ships wait",
          "javascript:alert(1)",
          Instant.parse("2026-11-24T09:00:00Z"));

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired FakeStoryQueries queries;

  @AfterEach
  void restore() {
    queries.reset();
  }

  JsonNode scorecard() throws Exception {
    String body =
        mvc.perform(get("/api/storylines/port-dispute"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body).path("scorecard");
  }

  @Test
  void eachForecastHasTextSourceCheckDateStatusAndEvidence() throws Exception {
    queries.putScorecard(
        "port-dispute",
        List.of(
            new ForecastCheck(
                Fixtures.VOTE,
                "Union leaders",
                Line.of("Ships will keep sailing on schedule.", new SourceRef("b1", 3)),
                VOTE,
                LocalDate.of(2027, 1, 10),
                Status.CONTRADICTED,
                Line.of("Fourteen ships did not sail.", new SourceRef("a2", 1)),
                UNSAFE,
                Fixtures.STRIKE),
            new ForecastCheck(
                Fixtures.VOTE,
                null,
                Line.of("Talks will resume in December.", new SourceRef("b1", 5)),
                VOTE,
                LocalDate.of(2026, 12, 31),
                Status.OPEN,
                null,
                null,
                null)));
    JsonNode card = scorecard();
    assertThat(card).hasSize(2);

    JsonNode settled = card.get(0);
    assertThat(settled.path("text").asText()).isEqualTo("Ships will keep sailing on schedule.");
    assertThat(settled.path("attribution").asText()).isEqualTo("Union leaders");
    assertThat(settled.path("story_id").asText()).isEqualTo(Fixtures.VOTE);
    assertThat(settled.path("check_by").asText()).isEqualTo("2027-01-10");
    assertThat(settled.path("status").asText()).isEqualTo("contradicted");
    JsonNode source = settled.path("source");
    assertThat(source.path("article").asText()).isEqualTo("b1");
    assertThat(source.path("sentence").asInt()).isEqualTo(3);
    assertThat(source.path("outlet").asText()).isEqualTo("Coastal Ledger");
    assertThat(source.path("url").asText()).isEqualTo("https://ledger.example/vote");
    JsonNode evidence = settled.path("evidence");
    assertThat(evidence.path("text").asText()).isEqualTo("Fourteen ships did not sail.");
    assertThat(evidence.path("story_id").asText()).isEqualTo(Fixtures.STRIKE);
    assertThat(evidence.path("source").path("sentence").asInt()).isEqualTo(1);
    // the evidence article's address is not http(s): the link is the later story's page
    assertThat(evidence.path("url").asText())
        .isEqualTo("/stories/" + Fixtures.STRIKE + "/" + Fixtures.STRIKE_SLUG);

    JsonNode open = card.get(1);
    assertThat(open.path("status").asText()).isEqualTo("open");
    assertThat(open.path("attribution").isNull()).isTrue();
    assertThat(open.path("evidence").isNull()).isTrue();
  }

  @Test
  void storylineWithoutForecastsHasAnEmptyScorecard() throws Exception {
    JsonNode card = scorecard();
    assertThat(card.isArray()).isTrue();
    assertThat(card).isEmpty();
  }
}
