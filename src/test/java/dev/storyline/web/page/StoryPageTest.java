package dev.storyline.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.storyline.domain.Brief;
import dev.storyline.web.Fixtures;
import dev.storyline.web.WebSliceTest;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class StoryPageTest {

  static final String STRIKE_URL = "/stories/" + Fixtures.STRIKE + "/" + Fixtures.STRIKE_SLUG;
  static final String BUDGET_URL = "/stories/" + Fixtures.BUDGET + "/" + Fixtures.BUDGET_SLUG;

  @Autowired MockMvc mvc;

  Document page(String url) throws Exception {
    String html =
        mvc.perform(get(url))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }

  @Test
  void sectionsFollowTheSeedOrder() throws Exception {
    List<String> expected = new ArrayList<>(Brief.SECTIONS);
    expected.add("discussion");
    expected.add("sources");
    List<String> shown = page(STRIKE_URL).select("section[data-section]").eachAttr("data-section");
    assertThat(shown).containsExactlyElementsOf(expected);
  }

  @Test
  void headlineIsTheOnlyH1() throws Exception {
    Document doc = page(STRIKE_URL);
    assertThat(doc.select("h1")).hasSize(1);
    assertThat(doc.select("section[data-section=headline] h1 .line-text").text())
        .isEqualTo("Dockworkers walk out at Meridian Port");
  }

  @Test
  void everyBriefLineLinksToAnExistingSource() throws Exception {
    Document doc = page(STRIKE_URL);
    var lines = doc.select(".line-text");
    // 1 headline + 1 why + 3 key points + 3 summary + 1 explainer + 1 gloss + 2 stances (one
    // as its pull-quote)
    // + 1 forecast + 3 milestones
    assertThat(lines).hasSize(16);
    for (Element line : lines) {
      Element refs = line.nextElementSibling();
      assertThat(refs).as("refs after '%s'", line.text()).isNotNull();
      assertThat(refs.select("a.src")).as("links of '%s'", line.text()).isNotEmpty();
      for (Element link : refs.select("a.src")) {
        String href = link.attr("href");
        assertThat(href).isEqualTo("#src-" + link.text());
        assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
      }
    }
  }

  @Test
  void sourceLinkNamesOutletAndCitedSentence() throws Exception {
    Document doc = page(STRIKE_URL);
    // The Why It Matters line cites a1#0 (source 1, Harbor Times) and a2#1 (source 2).
    var links = doc.select("#why-it-matters a.src");
    assertThat(links.eachText()).containsExactly("1", "2");
    assertThat(links.get(0).attr("title"))
        .isEqualTo(
            "Harbor Times: Thousands of dockworkers walked off the job at Meridian Port on Tuesday morning.");
    assertThat(links.get(1).attr("title"))
        .isEqualTo("Coastal Ledger: Retailers warned that holiday deliveries could be delayed.");
  }

  @Test
  void sourcesAreNumberedWithOutletTitleAndDate() throws Exception {
    Document doc = page(STRIKE_URL);
    Element first = doc.getElementById("src-1");
    assertThat(first.select(".outlet").text()).isEqualTo("Harbor Times");
    assertThat(first.select("a").attr("href"))
        .isEqualTo("https://harbortimes.example/2026/11/24/walkout");
    assertThat(first.select("time").text()).isEqualTo("24 Nov 2026");
    // a3 has no URL: its title is plain text.
    assertThat(doc.getElementById("src-3").select("a")).isEmpty();
    // The October milestone cites b1, which is not among this story's sources: appended as 4.
    assertThat(doc.select("ol.sources > li")).hasSize(4);
    assertThat(doc.getElementById("src-4").text()).contains("Harbor Union votes to strike");
  }

  @Test
  void timelineShowsDatesByGranularityNewestFirst() throws Exception {
    Document doc = page(STRIKE_URL);
    var items = doc.select("#timeline li.milestone");
    assertThat(items.eachText()).hasSize(3);
    assertThat(items.select("time").eachText()).containsExactly("24 Nov 2026", "Oct 2026", "2019");
    assertThat(items.get(1).select(".milestone-label a").attr("href"))
        .isEqualTo("/stories/" + Fixtures.VOTE + "/" + Fixtures.VOTE_SLUG);
    assertThat(items.get(2).hasClass("is-background")).isTrue();
    assertThat(items.get(2).select(".tag").text()).isEqualTo("Background");
    assertThat(items.get(0).select(".milestone-label a")).as("no self link").isEmpty();
  }

  @Test
  void aMilestoneWhoseSentenceIsItsLabelSaysItOnceWithItsLinks() throws Exception {
    // the vote story's own milestone cites its title, which is the label: shown once, linked
    Document doc = page("/stories/" + Fixtures.VOTE + "/" + Fixtures.VOTE_SLUG);
    var item = doc.select("#timeline li.milestone").get(0);
    assertThat(item.select(".milestone-label").text()).contains("Harbor Union votes to strike");
    assertThat(item.select(".milestone-label a.src")).isNotEmpty();
    assertThat(item.select("p")).isEmpty();
    assertThat(item.text().split("Harbor Union votes to strike", -1)).hasSize(2);
    // a milestone whose sentence says more keeps it under the label
    var strike = page(STRIKE_URL).select("#timeline li.milestone").get(1);
    assertThat(strike.select("p .line-text")).hasSize(1);
  }

  @Test
  void sidesNameActorsAndQuoteOnlyQuotedWords() throws Exception {
    Document doc = page(STRIKE_URL);
    var camps = doc.select("#sides .camp");
    assertThat(camps.select("h3").eachText()).containsExactly("Union", "Port authority");
    assertThat(camps.get(0).select(".stance-actor").text()).isEqualTo("Tomas Reyes");
    assertThat(camps.get(0).select(".stance-quote").text())
        .isEqualTo("“We will stay out as long as it takes”");
    // a quoted stance is shown once: its pull-quote cites the sentence, which is not repeated
    assertThat(camps.get(0).select(".stance-line")).isEmpty();
    assertThat(camps.get(0).select(".stance-pull .refs a.src")).isNotEmpty();
    assertThat(camps.get(1).select(".stance-actor").text()).isEqualTo("Lena Varga");
    assertThat(camps.get(1).select(".stance-quote")).isEmpty();
    assertThat(camps.get(1).select(".stance-line .refs a.src")).isNotEmpty();
  }

  @Test
  void noiseForecastAndDiscussion() throws Exception {
    Document doc = page(STRIKE_URL);
    assertThat(doc.select("#noise svg.gauge text").text()).isEqualTo("72");
    assertThat(doc.select("#noise .noise-word").text()).isEqualTo("Loud");
    assertThat(doc.select("#noise .flag").text()).startsWith("Loud but thin");
    assertThat(doc.select("#noise .noise-figures").text())
        .isEqualTo("3 articles from 3 outlets over 9 hours");
    assertThat(doc.select("#forecast .attribution").text())
        .isEqualTo("Analysts at Tidewater Capital:");
    assertThat(doc.select("#forecast > *").last().text())
        .isEqualTo("Based on current signals. Events may develop differently.");
    Element discussion = doc.getElementById("discussion");
    assertThat(discussion.select("h2").text()).isEqualTo("Join the Discussion");
    assertThat(discussion.select("textarea").hasAttr("disabled")).isTrue();
    assertThat(discussion.text())
        .contains("Be the first to share your perspective. Subscribe to comment.")
        .contains("accounts arrive soon");
  }

  @Test
  void linksToStorylineAndSiblings() throws Exception {
    Document doc = page(STRIKE_URL);
    assertThat(doc.select("a[href=/storylines/port-dispute]")).isNotEmpty();
    assertThat(doc.select("aside.related li a").eachAttr("href"))
        .containsExactly("/stories/" + Fixtures.VOTE + "/" + Fixtures.VOTE_SLUG);
  }

  @Test
  void gapsAreShownInsteadOfContent() throws Exception {
    Document doc = page(BUDGET_URL);
    assertThat(doc.select("#sides .gap").text())
        .isEqualTo("No attributed statements in the sources yet.");
    assertThat(doc.select("#sides .camp")).isEmpty();
    assertThat(doc.select("#timeline .gap").text())
        .isEqualTo("Not enough dated events for a timeline.");
    assertThat(doc.select("#timeline li")).isEmpty();
    assertThat(doc.select("#why-it-matters .gap").text())
        .isEqualTo("Not enough material yet to say why this matters.");
    assertThat(doc.select("#key-points .gap")).isEmpty();
    assertThat(doc.select("#key-points li")).hasSize(1);
    assertThat(doc.select("#noise .noise-figures").text())
        .isEqualTo("1 article from 1 outlet over 1 hour");
  }

  @Test
  void headlineWithMarkupIsEscaped() throws Exception {
    String html = mvc.perform(get(BUDGET_URL)).andReturn().getResponse().getContentAsString();
    assertThat(html).doesNotContain("<script>alert(1)</script>");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    Document doc = Jsoup.parse(html);
    assertOnlyTheSitesOwnScripts(doc);
    assertThat(doc.select("h1 .line-text").text()).isEqualTo(Fixtures.BUDGET_HEADLINE);
  }

  @Test
  void unsafeSourceUrlIsNotLinked() throws Exception {
    Document doc = page(BUDGET_URL);
    assertThat(doc.select("a[href^=javascript]")).isEmpty();
    assertThat(doc.getElementById("src-1").text()).contains("Council debates port budget");
  }

  @Test
  void wrongOrMissingSlugRedirectsPermanentlyToCanonicalUrl() throws Exception {
    mvc.perform(get("/stories/" + Fixtures.STRIKE + "/old-headline"))
        .andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", STRIKE_URL));
    mvc.perform(get("/stories/" + Fixtures.STRIKE))
        .andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", STRIKE_URL));
  }

  @Test
  void pageHasNoInlineScriptOrHandlers() throws Exception {
    Document doc = page(STRIKE_URL);
    assertOnlyTheSitesOwnScripts(doc);
    assertThat(
            doc.getAllElements().stream()
                .flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on") || a.getKey().equals("style")))
        .isEmpty();
  }

  /** No inline script: only the site's own static files (Listen's player), by URL, deferred. */
  private static void assertOnlyTheSitesOwnScripts(Document doc) {
    for (org.jsoup.nodes.Element script : doc.select("script")) {
      assertThat(script.attr("src")).startsWith("/js/");
      assertThat(script.data()).isBlank();
    }
  }
}
