package dev.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.store.SightingRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A syndicated wire story is stored once and lists where else it appeared: the same text seen at
 * two more outlets shows as "also at" on the story page's Sources list and as {@code
 * also_appeared_at} in the story API, and only under the article that was seen there.
 */
class AlsoAppearedIT extends SampleSite {
  private static final Instant FIRST = Instant.parse("2026-06-01T09:00:00Z");
  private static final Instant SECOND = Instant.parse("2026-06-01T11:30:00Z");

  @Autowired SightingRepository sightings;

  @Test
  void syndicatedCopiesShowOnThePageAndInTheApi() {
    List<JsonNode> stories = new ArrayList<>();
    json("/api/stories?limit=2").path("stories").forEach(stories::add);
    assertThat(stories).hasSize(2);
    JsonNode story = json(stories.get(0).path("api_url").asText());
    JsonNode other = json(stories.get(1).path("api_url").asText());
    String wire = story.path("sources").get(0).path("article").asText();
    String elsewhere = other.path("sources").get(0).path("article").asText();
    // Added out of order: the listing is by the time each copy was seen.
    sightings.add(
        wire, "https://lakeside-post.example/wire/copy", "Lakeside Post", "exact", SECOND);
    sightings.add(wire, "https://harbour-daily.example/news/1", "Harbour Daily", "exact", FIRST);
    sightings.add(elsewhere, "https://unrelated.example/x", "Unrelated Times", "near", FIRST);

    JsonNode api = json("/api/stories/" + story.path("id").asText());
    JsonNode also = api.path("sources").get(0).path("also_appeared_at");
    assertThat(also).hasSize(2);
    assertThat(also.get(0).path("outlet").asText()).isEqualTo("Harbour Daily");
    assertThat(also.get(0).path("url").asText()).isEqualTo("https://harbour-daily.example/news/1");
    assertThat(Instant.parse(also.get(0).path("seen_at").asText())).isEqualTo(FIRST);
    assertThat(also.get(1).path("outlet").asText()).isEqualTo("Lakeside Post");
    assertThat(Instant.parse(also.get(1).path("seen_at").asText())).isEqualTo(SECOND);
    for (int i = 1; i < api.path("sources").size(); i++) {
      assertThat(api.path("sources").get(i).path("also_appeared_at")).isEmpty();
    }

    Element first = page(api.path("url").asText()).selectFirst("#sources li#src-1");
    assertThat(first).isNotNull();
    Element line = first.selectFirst(".also-at");
    assertThat(line).isNotNull();
    assertThat(line.text()).contains("also at: Harbour Daily, Lakeside Post");
    assertThat(line.select("a").eachAttr("href"))
        .containsExactly(
            "https://harbour-daily.example/news/1", "https://lakeside-post.example/wire/copy");
    assertThat(page(api.path("url").asText()).select("#sources .also-at")).hasSize(1);
  }
}
