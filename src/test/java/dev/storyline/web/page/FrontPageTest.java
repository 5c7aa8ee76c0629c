package dev.storyline.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.storyline.web.FakeStoryQueries;
import dev.storyline.web.Fixtures;
import dev.storyline.web.WebSliceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class FrontPageTest {

  @Autowired MockMvc mvc;
  @Autowired FakeStoryQueries queries;

  @AfterEach
  void restore() {
    queries.reset();
  }

  Document front() throws Exception {
    return Jsoup.parse(
        mvc.perform(get("/"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void cardsShowLatestDayLoudestFirst() throws Exception {
    Document doc = front();
    var cards = doc.select("section.cards article.card");
    // Strike (72) and budget (20) have articles on 24 Nov; the October vote is not on the front.
    assertThat(cards.select(".card-title a").eachAttr("href"))
        .containsExactly(
            "/stories/" + Fixtures.STRIKE + "/" + Fixtures.STRIKE_SLUG,
            "/stories/" + Fixtures.BUDGET + "/" + Fixtures.BUDGET_SLUG);
  }

  @Test
  void cardShowsWhyGaugeOutletsCountsSpanAndStoryline() throws Exception {
    Element card = front().selectFirst("section.cards article.card");
    assertThat(card.select(".card-why").text())
        .isEqualTo("The walkout halts most container traffic through the region's busiest port.");
    assertThat(card.select("svg.gauge text").text()).isEqualTo("72");
    assertThat(card.select("svg.gauge").attr("aria-label"))
        .isEqualTo("Noise level 72 out of 100: Loud");
    assertThat(card.select(".noise-word").text()).isEqualTo("Loud");
    assertThat(card.select(".outlets").text())
        .isEqualTo("Harbor Times, Coastal Ledger, Meridian Post");
    assertThat(card.select(".card-meta").text()).contains("3 articles from 3 outlets");
    assertThat(card.select(".card-meta time").text()).isEqualTo("24 Nov 2026, 06:00–15:30 UTC");
    assertThat(card.select(".card-links a").attr("href")).isEqualTo("/storylines/port-dispute");
  }

  @Test
  void cardWithoutWhyItMattersHasNoEmptyParagraph() throws Exception {
    Element budget = front().select("section.cards article.card").get(1);
    assertThat(budget.select(".card-why")).isEmpty();
  }

  @Test
  void moreRecentStoriesListsTheOthers() throws Exception {
    Document doc = front();
    assertThat(doc.select("section.more li a").eachAttr("href"))
        .containsExactly("/stories/" + Fixtures.VOTE + "/" + Fixtures.VOTE_SLUG);
  }

  @Test
  void emptyStoreExplainsHowToImport() throws Exception {
    queries.empty();
    Document doc = front();
    assertThat(doc.select("section.cards")).isEmpty();
    assertThat(doc.select("section.empty").text())
        .contains("no stories to show yet. Import")
        .contains("./storyline import FILE.jsonl");
  }
}
