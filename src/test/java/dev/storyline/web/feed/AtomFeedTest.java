package dev.storyline.web.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.storyline.web.FakeStoryQueries;
import dev.storyline.web.Fixtures;
import dev.storyline.web.WebSliceTest;
import dev.storyline.web.WebTestConfig;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class AtomFeedTest {

  @Autowired MockMvc mvc;
  @Autowired FakeStoryQueries queries;

  @AfterEach
  void restore() {
    queries.reset();
  }

  SyndFeed feed() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/feed.atom")).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(
            MediaType.parseMediaType(response.getContentType())
                .isCompatibleWith(MediaType.parseMediaType("application/atom+xml")))
        .isTrue();
    return new SyndFeedInput().build(new StringReader(response.getContentAsString()));
  }

  @Test
  void feedIsAtomWithRecentStoriesNewestFirst() throws Exception {
    SyndFeed feed = feed();
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getEntries())
        .extracting(SyndEntry::getTitle)
        .containsExactly(
            "Dockworkers walk out at Meridian Port",
            Fixtures.BUDGET_HEADLINE,
            "Harbor Union votes to strike");
    assertThat(feed.getPublishedDate().toInstant())
        .isEqualTo(Instant.parse("2026-11-24T15:30:00Z"));
  }

  @Test
  void entryHasAbsoluteLinkUpdatedAndSummary() throws Exception {
    SyndEntry strike = feed().getEntries().get(0);
    assertThat(strike.getLink())
        .isEqualTo("http://localhost/stories/" + Fixtures.STRIKE + "/" + Fixtures.STRIKE_SLUG);
    assertThat(strike.getUpdatedDate().toInstant())
        .isEqualTo(Instant.parse("2026-11-24T15:30:00Z"));
    assertThat(strike.getDescription().getValue())
        .isEqualTo("The walkout halts most container traffic through the region's busiest port.");
  }

  @Test
  void storyWithoutWhyItMattersUsesFirstSummaryLine() throws Exception {
    SyndEntry budget = feed().getEntries().get(1);
    assertThat(budget.getDescription().getValue())
        .isEqualTo("The city council spent the evening debating the port's share of the budget.");
  }

  @Test
  void emptyFeedIsValidAndDatedNow() throws Exception {
    queries.empty();
    SyndFeed feed = feed();
    assertThat(feed.getEntries()).isEmpty();
    assertThat(feed.getPublishedDate().toInstant()).isEqualTo(WebTestConfig.NOW);
  }
}
