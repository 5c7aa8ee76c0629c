package dev.storyline.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.storyline.web.WebSliceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ErrorAnswersTest {

  @Autowired MockMvc mvc;

  Document html(String url) throws Exception {
    var response =
        mvc.perform(get(url).accept(MediaType.TEXT_HTML))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
            .andReturn()
            .getResponse();
    return Jsoup.parse(response.getContentAsString());
  }

  @Test
  void missingStoryIsAHelpful404Page() throws Exception {
    Document doc = html("/stories/no-such-story");
    assertThat(doc.select("h1").text()).isEqualTo("We could not find that story");
    assertThat(doc.select("main").text()).contains("no-such-story");
    assertThat(doc.select("main a[href=/]")).isNotEmpty();
    // Latest stories, newest first: strike (15:30), budget (11:00), vote (October).
    assertThat(doc.select("main .story-list a").eachText())
        .hasSize(3)
        .first()
        .isEqualTo("Dockworkers walk out at Meridian Port");
  }

  @Test
  void unknownPathIsA404PageToo() throws Exception {
    Document doc = html("/no/such/page");
    assertThat(doc.select("h1").text()).isEqualTo("We could not find that page");
  }

  @Test
  void missingStoryInApiIsProblemDetail() throws Exception {
    mvc.perform(get("/api/stories/no-such-story"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.title").value("Not Found"))
        .andExpect(jsonPath("$.detail").value("No story with id 'no-such-story'"))
        .andExpect(jsonPath("$.instance").value("/api/stories/no-such-story"));
  }

  @Test
  void missingStorylineInApiIsProblemDetail() throws Exception {
    mvc.perform(get("/api/storylines/nope"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("No storyline with id 'nope'"));
  }

  @Test
  void limitOutOfRangeIs400ProblemDetail() throws Exception {
    for (String limit : new String[] {"0", "201", "-3"}) {
      mvc.perform(get("/api/stories").param("limit", limit))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.status").value(400))
          .andExpect(jsonPath("$.detail").value("limit must be between 1 and 200, was " + limit));
    }
  }

  @Test
  void nonNumericLimitIs400ProblemDetail() throws Exception {
    mvc.perform(get("/api/stories").param("limit", "ten"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Parameter 'limit' has an invalid value: 'ten'"));
  }

  @Test
  void unknownApiPathIsProblemDetail() throws Exception {
    mvc.perform(get("/api/nothing-here"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }
}
