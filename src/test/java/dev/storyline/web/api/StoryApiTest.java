package dev.storyline.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.web.Fixtures;
import dev.storyline.web.WebSliceTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class StoryApiTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  JsonNode getJson(String url) throws Exception {
    String body =
        mvc.perform(get(url))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }

  static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void storiesListNewestFirstWithSnakeCaseKeys() throws Exception {
    JsonNode list = getJson("/api/stories");
    assertThat(list.get("count").asInt()).isEqualTo(3);
    assertThat(list.get("limit").asInt()).isEqualTo(50);
    JsonNode first = list.get("stories").get(0);
    assertThat(keys(first))
        .contains(
            "id",
            "slug",
            "headline",
            "url",
            "api_url",
            "storyline_id",
            "first_published",
            "last_published",
            "articles",
            "outlets",
            "noise",
            "why_it_matters");
    assertThat(first.get("id").asText()).isEqualTo(Fixtures.STRIKE);
    assertThat(first.get("last_published").asText()).isEqualTo("2026-11-24T15:30:00Z");
    assertThat(first.get("noise").get("loud_but_thin").asBoolean()).isTrue();
    assertThat(first.get("url").asText())
        .isEqualTo("/stories/" + Fixtures.STRIKE + "/" + Fixtures.STRIKE_SLUG);
  }

  @Test
  void limitCapsTheList() throws Exception {
    JsonNode list = getJson("/api/stories?limit=2");
    assertThat(list.get("stories")).hasSize(2);
    assertThat(list.get("stories").get(1).get("id").asText()).isEqualTo(Fixtures.BUDGET);
  }

  @Test
  void storyHasEverySectionAsData() throws Exception {
    JsonNode story = getJson("/api/stories/" + Fixtures.STRIKE);
    assertThat(keys(story))
        .contains(
            "headline",
            "why_it_matters",
            "key_points",
            "summary",
            "explainer",
            "sides",
            "noise",
            "forecast",
            "timeline",
            "sources",
            "gaps",
            "storyline");
    assertThat(story.get("sections").get(1).asText()).isEqualTo("why_it_matters");
    assertThat(story.get("key_points")).hasSize(3);
    assertThat(story.get("sides").get(0).get("stances").get(0).get("quote").asText())
        .isEqualTo("We will stay out as long as it takes");
    assertThat(story.get("sides").get(1).get("stances").get(0).get("quote").isNull()).isTrue();
    assertThat(story.get("forecast").get("disclaimer").asText())
        .isEqualTo("Based on current signals. Events may develop differently.");
    JsonNode background = story.get("timeline").get(2);
    assertThat(background.get("date").asText()).isEqualTo("2019-01-01");
    assertThat(background.get("granularity").asText()).isEqualTo("YEAR");
    assertThat(background.get("background").asBoolean()).isTrue();
    assertThat(story.get("sources").get(2).get("number").asInt()).isEqualTo(3);
    assertThat(story.get("storyline").get("id").asText()).isEqualTo("port-dispute");
  }

  @Test
  void everyLineCarriesResolvedRefs() throws Exception {
    JsonNode why = getJson("/api/stories/" + Fixtures.STRIKE).get("why_it_matters").get(0);
    assertThat(why.get("text").asText()).startsWith("The walkout halts");
    JsonNode refs = why.get("refs");
    assertThat(refs).hasSize(2);
    JsonNode second = refs.get(1);
    assertThat(keys(second))
        .containsExactly("article", "sentence", "outlet", "url", "sentence_text");
    assertThat(second.get("article").asText()).isEqualTo("a2");
    assertThat(second.get("sentence").asInt()).isEqualTo(1);
    assertThat(second.get("outlet").asText()).isEqualTo("Coastal Ledger");
    assertThat(second.get("url").asText()).isEqualTo("https://ledger.example/port-strike");
    assertThat(second.get("sentence_text").asText())
        .isEqualTo("Retailers warned that holiday deliveries could be delayed.");
    JsonNode headlineRef =
        getJson("/api/stories/" + Fixtures.STRIKE).get("headline").get("refs").get(0);
    assertThat(headlineRef.get("sentence").asInt()).isEqualTo(-1);
    assertThat(headlineRef.get("sentence_text").asText())
        .isEqualTo("Dockworkers walk out at Meridian Port");
  }

  @Test
  void gapsAreReportedBySectionKey() throws Exception {
    JsonNode gaps = getJson("/api/stories/" + Fixtures.BUDGET).get("gaps");
    assertThat(gaps.get("timeline").asText()).isEqualTo("Not enough dated events for a timeline.");
    assertThat(gaps.has("key_points")).isFalse();
  }

  @Test
  void storylineListsItsStoriesOldestFirst() throws Exception {
    JsonNode line = getJson("/api/storylines/port-dispute");
    assertThat(line.get("title").asText()).isEqualTo("Dockworkers walk out at Meridian Port");
    assertThat(line.get("stories").findValuesAsText("id"))
        .containsExactly(Fixtures.VOTE, Fixtures.STRIKE);
    assertThat(line.get("url").asText()).isEqualTo("/storylines/port-dispute");
  }
}
