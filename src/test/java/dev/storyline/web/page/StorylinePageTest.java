package dev.storyline.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.storyline.web.Fixtures;
import dev.storyline.web.WebSliceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class StorylinePageTest {

  @Autowired MockMvc mvc;

  @Test
  void showsStoriesInTimeOrderAndNewestStoryTimeline() throws Exception {
    Document doc =
        Jsoup.parse(
            mvc.perform(get("/storylines/port-dispute"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(doc.select("h1").text()).isEqualTo("Dockworkers walk out at Meridian Port");
    assertThat(doc.select("article.card .card-title a").eachText())
        .containsExactly("Harbor Union votes to strike", "Dockworkers walk out at Meridian Port");
    assertThat(doc.select("article.card .card-links")).as("no link to the page itself").isEmpty();
    // The newest story is the strike: its three milestones, with source links into its page.
    assertThat(doc.select(".timeline time").eachText())
        .containsExactly("24 Nov 2026", "Oct 2026", "2019");
    String strikeUrl = "/stories/" + Fixtures.STRIKE + "/" + Fixtures.STRIKE_SLUG;
    assertThat(doc.select(".timeline a.src").eachAttr("href"))
        .containsExactly(strikeUrl + "#src-1", strikeUrl + "#src-4", strikeUrl + "#src-3");
  }

  @Test
  void unknownStorylineIsA404Page() throws Exception {
    mvc.perform(get("/storylines/nope")).andExpect(status().isNotFound());
  }
}
