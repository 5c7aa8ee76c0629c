package dev.storyline.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The storyline page shows the stored forecast scorecard (slice clock: 25 Nov 2026). */
@WebSliceTest
class ScorecardPageTest {

  static final SourceArticle VOTE =
      new SourceArticle(
          "b1",
          "Coastal Ledger",
          "Harbor Union votes to strike",
          "https://ledger.example/vote",
          Instant.parse("2026-10-12T08:00:00Z"));
  static final SourceArticle WALKOUT =
      new SourceArticle(
          "a1",
          "Harbor Times",
          "Dockworkers walk out",
          "https://harbortimes.example/2026/11/24/walkout",
          Instant.parse("2026-11-24T06:00:00Z"));
  static final SourceArticle UNSAFE =
      new SourceArticle(
          "a2",
          "Coastal Ledger",
          "Ships wait",
          "javascript:alert(1)",
          Instant.parse("2026-11-24T09:00:00Z"));

  @Autowired MockMvc mvc;
  @Autowired FakeStoryQueries queries;

  @AfterEach
  void restore() {
    queries.reset();
  }

  Document page(String id) throws Exception {
    return Jsoup.parse(
        mvc.perform(get("/storylines/" + id))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  static ForecastCheck check(
      String claim,
      LocalDate checkBy,
      Status status,
      String evidence,
      SourceArticle evidenceSource) {
    Line later =
        evidence == null ? null : Line.of(evidence, new SourceRef(evidenceSource.articleId(), 0));
    return new ForecastCheck(
        Fixtures.VOTE,
        status == Status.OPEN ? null : "Union leaders",
        Line.of(claim, new SourceRef("b1", 0)),
        VOTE,
        checkBy,
        status,
        later,
        evidence == null ? null : evidenceSource,
        evidence == null ? null : Fixtures.STRIKE);
  }

  @Test
  void scorecardRowsShowForecastCheckDateStatusAndLaterSentence() throws Exception {
    queries.putScorecard(
        "port-dispute",
        List.of(
            check(
                "A strike would halt most container traffic.",
                LocalDate.of(2027, 1, 10),
                Status.CONFIRMED,
                "The walkout halts most container traffic.",
                WALKOUT),
            check(
                "Ships will keep sailing on schedule.",
                LocalDate.of(2027, 1, 10),
                Status.CONTRADICTED,
                "Fourteen ships did not sail.",
                UNSAFE),
            check(
                "Talks will resume in early November.",
                LocalDate.of(2026, 11, 10),
                Status.OPEN,
                null,
                null)));
    Document doc = page("port-dispute");
    List<Element> rows = doc.select(".scorecard tbody tr");
    assertThat(rows).hasSize(3);
    assertThat(doc.select(".scorecard tbody tr").eachAttr("data-status"))
        .containsExactly("confirmed", "contradicted", "open");

    Element confirmed = rows.get(0);
    assertThat(confirmed.select(".attribution").text()).isEqualTo("Union leaders:");
    assertThat(confirmed.select(".forecast-claim a.src").attr("href"))
        .isEqualTo("https://ledger.example/vote");
    assertThat(confirmed.select("time").attr("datetime")).isEqualTo("2027-01-10");
    assertThat(confirmed.select("time").text()).isEqualTo("10 Jan 2027");
    assertThat(confirmed.select(".evidence-text").text())
        .isEqualTo("The walkout halts most container traffic.");
    assertThat(confirmed.select(".forecast-evidence a.src").attr("href")).isEqualTo(WALKOUT.url());

    // an unsafe source address falls back to the page of the story that cites it
    assertThat(rows.get(1).select(".forecast-evidence a.src").attr("href"))
        .isEqualTo("/stories/" + Fixtures.STRIKE + "/" + Fixtures.STRIKE_SLUG);

    Element open = rows.get(2);
    assertThat(open.select(".status").text()).isEqualTo("open (check date passed)");
    assertThat(open.select(".evidence-text")).isEmpty();
    assertThat(open.select(".none").text()).isEqualTo("Nothing yet");
  }

  @Test
  void openForecastBeforeItsCheckDateIsPlainOpen() throws Exception {
    queries.putScorecard(
        "port-dispute",
        List.of(
            check(
                "Talks will resume in December.",
                LocalDate.of(2026, 12, 31),
                Status.OPEN,
                null,
                null)));
    assertThat(page("port-dispute").select(".scorecard .status").text()).isEqualTo("open");
  }

  @Test
  void storylineWithoutForecastsHasNoScorecard() throws Exception {
    assertThat(page("port-dispute").select(".scorecard")).isEmpty();
  }
}
