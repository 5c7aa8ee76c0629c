package dev.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.domain.Brief;
import dev.storyline.domain.ForecastCheck;
import dev.storyline.store.StoryQueries;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The storyline JSON of the sample site carries each storyline's stored forecast scorecard: one
 * entry per stored check, with the forecast, its source, check date, status and evidence link.
 */
class ScorecardApiIT extends SampleSite {
  @Autowired StoryQueries queries;

  @Test
  void storylineJsonCarriesTheStoredScorecard() {
    Set<String> storylines = new LinkedHashSet<>();
    json("/api/stories?limit=200")
        .path("stories")
        .forEach(c -> storylines.add(c.path("storyline_id").asText()));
    int forecasts = 0;
    for (String id : storylines) {
      List<ForecastCheck> stored = queries.scorecard(id);
      JsonNode card = json("/api/storylines/" + id).path("scorecard");
      assertThat(card.isArray()).as(id).isTrue();
      assertThat(card).as("scorecard of %s", id).hasSameSizeAs(stored);
      for (int i = 0; i < stored.size(); i++) {
        assertEntry(card.get(i), stored.get(i));
      }
      forecasts += stored.size();
    }
    assertThat(forecasts).as("forecasts over the sample storylines").isPositive();
  }

  private static void assertEntry(JsonNode entry, ForecastCheck c) {
    assertThat(entry.path("story_id").asText()).isEqualTo(c.storyId());
    assertThat(entry.path("story_url").asText()).startsWith("/stories/" + c.storyId());
    assertThat(entry.path("text").asText()).isEqualTo(c.claim().text()).isNotBlank();
    assertThat(entry.path("check_by").asText()).isEqualTo(c.checkBy().toString());
    JsonNode source = entry.path("source");
    assertThat(source.path("article").asText()).isEqualTo(c.claim().refs().get(0).articleId());
    assertThat(source.path("sentence").asInt()).isEqualTo(c.claim().refs().get(0).sentence());
    assertThat(source.path("outlet").asText()).isEqualTo(c.claimSource().outlet());
    assertThat(source.path("url").asText()).isNotBlank();
    String status = entry.path("status").asText();
    assertThat(status).isIn("confirmed", "contradicted", "open");
    if (c.status() == ForecastCheck.Status.OPEN) {
      assertThat(status).isEqualTo("open");
      assertThat(entry.path("evidence").isNull()).isTrue();
    } else {
      JsonNode evidence = entry.path("evidence");
      assertThat(status).isEqualTo(c.status().name().toLowerCase(java.util.Locale.ROOT));
      assertThat(evidence.path("text").asText()).isEqualTo(c.evidence().text());
      assertThat(evidence.path("story_id").asText()).isEqualTo(c.evidenceStoryId());
      Brief.SourceArticle later = c.evidenceSource();
      assertThat(evidence.path("source").path("article").asText()).isEqualTo(later.articleId());
      assertThat(evidence.path("url").asText()).isNotBlank();
    }
  }
}
