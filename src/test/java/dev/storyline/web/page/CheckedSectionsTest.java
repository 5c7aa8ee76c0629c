package dev.storyline.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.storyline.domain.Brief;
import dev.storyline.store.StoryDetail;
import dev.storyline.web.FakeStoryQueries;
import dev.storyline.web.Fixtures;
import dev.storyline.web.WebSliceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The story page marks the sections an LLM wrote and that passed the check. */
@WebSliceTest
class CheckedSectionsTest {

  static final String STRIKE_URL = "/stories/" + Fixtures.STRIKE + "/" + Fixtures.STRIKE_SLUG;

  @Autowired MockMvc mvc;
  @Autowired FakeStoryQueries queries;

  @AfterEach
  void restore() {
    queries.reset();
  }

  Document strikePage(String writer) throws Exception {
    StoryDetail strike = queries.story(Fixtures.STRIKE).orElseThrow();
    Brief b = strike.brief();
    queries.put(
        new StoryDetail(
            strike.card(),
            new Brief(
                b.storyId(),
                b.headline(),
                b.whyItMatters(),
                b.keyPoints(),
                b.summary(),
                b.explainer(),
                b.sides(),
                b.noise(),
                b.forecast(),
                b.timeline(),
                b.sources(),
                b.gaps(),
                b.writtenAt(),
                writer),
            strike.storyline(),
            strike.sentences()));
    return Jsoup.parse(
        mvc.perform(get(STRIKE_URL))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void checkedSectionsCarryABadgeWithTheWithheldCount() throws Exception {
    Document doc = strikePage("llm:openai/test-model; checked why_it_matters, summary; withheld 1");
    assertThat(doc.select("section[data-section] h2 .checked")).hasSize(2);
    assertThat(doc.select("section[data-section=why_it_matters] h2 .checked").text())
        .isEqualTo("Checked · 1 withheld");
    assertThat(doc.select("section[data-section=summary] h2 .checked").attr("title"))
        .contains("openai/test-model")
        .contains("1 sentence without support withheld");
    assertThat(doc.select("section[data-section=explainer] h2 .checked")).isEmpty();
    assertThat(doc.select("section[data-section=key_points] h2 .checked")).isEmpty();
  }

  @Test
  void extractiveBriefsHaveNoBadge() throws Exception {
    Document doc = strikePage("extractive; llm withheld 4");
    assertThat(doc.select(".checked")).isEmpty();
  }
}
