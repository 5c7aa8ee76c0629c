package dev.storyline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.account.AdminAccounts;
import dev.storyline.account.Role;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import dev.storyline.web.SampleCorpus;
import dev.storyline.web.SampleSite;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17 as a reader meets it, in headless Chromium on the sample site: the coverage bar, a
 * Blindspot story, a topic page, an archive day with "On this day", the "why" line of a source, an
 * article a reader reports and a moderator moves out (and the repair pass does not put back), and
 * the Listen button (the text it would speak, read through its test hook). Axe finds no serious or
 * critical violation on the new pages. Shares {@link SampleSite}'s context.
 */
class FeaturesBrowserIT extends SampleSite {
  static Chromium chromium;
  static ChromeDriver driver;

  @Autowired JdbcTemplate jdbc;
  @Autowired PipelineRunner runner;
  @Autowired AdminAccounts admins;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = Chromium.start();
    driver = chromium.driver;
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void signedOut() {
    driver.manage().deleteAllCookies();
  }

  @Test
  void theCoverageBarShowsOutletsByTheOperatorsLeans() throws IOException {
    driver.get(base() + "/");
    WebElement card = chromium.waitFor(By.cssSelector("section.cards article.card"));
    List<WebElement> segments = card.findElements(By.cssSelector(".balance-bar rect.seg"));
    assertThat(segments).isNotEmpty();
    double width = 0;
    for (WebElement s : segments) {
      width += Double.parseDouble(s.getDomAttribute("width"));
    }
    assertThat(width).as("the segments fill the bar").isCloseTo(100, within());
    chromium.clickToLoad(card.findElement(By.cssSelector("h3 a")));
    WebElement coverage = chromium.waitFor(By.id("coverage"));
    assertThat(coverage.getText()).contains("Leans as set by this site's operator.");
    String storyId = chromium.path().split("/")[2];
    var api = JSON.readTree(get("/api/stories/" + storyId).body()).path("coverage");
    List<WebElement> legend = coverage.findElements(By.cssSelector(".balance-legend li"));
    assertThat(legend).hasSize(api.path("parts").size());
    for (int i = 0; i < legend.size(); i++) {
      var part = api.path("parts").get(i);
      assertThat(legend.get(i).getText())
          .startsWith(part.path("label").asText() + " " + part.path("count").asInt() + " (")
          .contains(part.path("outlets").get(0).asText());
    }
    int outlets = api.path("outlets").asInt();
    assertThat(driver.findElement(By.cssSelector(".story-meta")).getText())
        .contains("from " + outlets + " outlets");
    chromium.screenshot("features-coverage.png");
  }

  @Test
  void aBlindspotStoryCarriesTheMarkAndTheRuleOnItsPage() throws IOException {
    driver.get(base() + "/blindspots");
    WebElement card = chromium.waitFor(By.cssSelector(".blindspot-side article.card"));
    assertThat(card.findElement(By.cssSelector(".badge.blindspot")).getText())
        .isEqualTo("Blindspot");
    assertThat(driver.findElement(By.cssSelector(".page-intro")).getText())
        .contains("at least 75% of its outlets with a known lean");
    chromium.clickToLoad(card.findElement(By.cssSelector("h3 a")));
    WebElement coverage = chromium.waitFor(By.id("coverage"));
    assertThat(coverage.findElement(By.cssSelector(".blindspot-mark")).getText())
        .startsWith("Blindspot Covered mostly by");
    assertThat(coverage.getText()).contains("with at least 3 such outlets");
    String feed = get("/blindspots/feed.atom").body();
    assertThat(feed).contains("<title>Storyline: blindspots</title>").contains(chromium.path());
  }

  @Test
  void aTopicPageListsItsStoriesLoudestFirstAndTheFrontPageFilters() throws IOException {
    driver.get(base() + "/");
    WebElement filter =
        chromium.waitFor(By.cssSelector("nav.topic-filter a[href='/?topic=technology']"));
    chromium.clickToLoad(filter);
    assertThat(driver.findElement(By.cssSelector("main h1")).getText())
        .isEqualTo("The latest stories: Technology");
    for (WebElement c : driver.findElements(By.cssSelector("section.cards article.card"))) {
      assertThat(c.findElement(By.cssSelector(".card-topics")).getText()).contains("Technology");
    }
    driver.get(base() + "/topics");
    chromium.clickToLoad(
        chromium.waitFor(By.cssSelector(".topic-list a[href='/topics/technology']")));
    assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Technology");
    List<WebElement> cards = driver.findElements(By.cssSelector("section.cards article.card"));
    assertThat(cards).isNotEmpty();
    int previous = Integer.MAX_VALUE;
    for (WebElement c : cards) {
      assertThat(c.findElement(By.cssSelector(".card-topics")).getText()).contains("Technology");
      int noise = Integer.parseInt(c.findElement(By.cssSelector(".gauge-score")).getText());
      assertThat(noise).as("loudest first").isLessThanOrEqualTo(previous);
      previous = noise;
    }
    assertThat(driver.findElements(By.cssSelector(".follow-topic"))).as("signed out").isEmpty();
    assertThat(get("/topics/technology/feed.atom").body())
        .contains("<title>Storyline: Technology</title>");
    chromium.screenshot("features-topic.png");
  }

  @Test
  void anArchiveDayLinksItsNeighboursAndOnThisDayReachesEarlierYears() {
    driver.get(base() + "/");
    List<WebElement> years =
        chromium
            .waitFor(By.cssSelector("section.on-this-day"))
            .findElements(By.cssSelector("a.year"));
    String day = SampleCorpus.newestDay().toString().substring(4); // "-11-24"
    assertThat(years).extracting(WebElement::getText).contains("2025", "2024", "2023");
    WebElement y2024 =
        years.stream().filter(y -> y.getText().equals("2024")).findFirst().orElseThrow();
    chromium.clickToLoad(y2024);
    assertThat(chromium.path()).isEqualTo("/archive/2024" + day);
    assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("24 Nov 2024");
    long expected =
        SampleCorpus.entries().stream()
            .filter(e -> e.published().toString().startsWith("2024" + day))
            .map(SampleCorpus.Entry::story)
            .distinct()
            .count();
    assertThat(driver.findElements(By.cssSelector("section.cards article.card")))
        .hasSize((int) expected);
    String previous = driver.findElement(By.cssSelector("a.previous-day")).getText();
    chromium.clickToLoad(driver.findElement(By.cssSelector("a.previous-day")));
    assertThat(chromium.path()).isEqualTo("/archive/" + previous.replace("← ", ""));
    assertThat(driver.findElements(By.cssSelector("section.cards article.card"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("a.next-day")).getText()).contains("2024" + day);
  }

  @Test
  void everySourceSaysWhyItJoinedTheStory() {
    driver.get(base() + "/");
    chromium.clickToLoad(chromium.waitFor(By.cssSelector("section.cards article.card h3 a")));
    List<WebElement> why =
        chromium.waitFor(By.cssSelector("section#sources")).findElements(By.cssSelector(".why"));
    String storyId = chromium.path().split("/")[2];
    assertThat(why)
        .as("one line per article of the story (other coverage the timeline cites has none)")
        .hasSize(
            jdbc.queryForObject(
                "select count(*) from article where story_id = ?", Integer.class, storyId));
    assertThat(why.get(0).getText()).startsWith("Started this story");
    assertThat(why.subList(1, why.size()))
        .allSatisfy(
            w ->
                assertThat(w.getText())
                    .matches("Joined because it shares .* with the story, published .*")
                    .contains(
                        String.format(
                            java.util.Locale.ROOT,
                            "needed %.2f",
                            dev.storyline.app.Stages.storySettings().threshold())));
  }

  @Test
  void aReportedArticleIsMovedOutByAModeratorAndStaysOut() throws Exception {
    List<SampleCorpus.Entry> quake = SampleCorpus.storyline("orveld-earthquake");
    String articleId = quake.get(quake.size() - 1).id();
    String storyId = storyOf(articleId);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from article where story_id = ?", Integer.class, storyId))
        .isGreaterThan(1);
    ReaderPages pages = new ReaderPages(chromium, base());
    String email = "rita-" + System.nanoTime() + "@example.org";
    pages.signUp(email, "Rita Reader");
    pages.signIn(email, "Rita Reader");
    driver.get(base() + "/stories/" + storyId);
    WebElement report =
        chromium.waitFor(
            By.cssSelector(
                "form.report-article[action$='/articles/" + articleId + "/report'] button"));
    chromium.clickToLoad(report);
    assertThat(chromium.waitFor(By.cssSelector("#sources p.flash")).getText())
        .startsWith("Thank you: a moderator will look");
    pages.signOut();

    String mod = "moda-" + System.nanoTime() + "@example.org";
    admins.createAdmin(mod, "Moda Rator", ReaderPages.PASSWORD);
    admins.setRole(mod, Role.MODERATOR);
    pages.signIn(mod, "Moda Rator");
    driver.get(base() + "/moderation");
    WebElement queued = chromium.waitFor(By.id("article-" + articleId));
    assertThat(queued.getText()).contains("1 report(s)");
    chromium.clickToLoad(queued.findElement(By.cssSelector("form[action$='/move'] button")));
    assertThat(chromium.waitFor(By.cssSelector("main p.notice")).getText())
        .startsWith("Moving the article into a story of its own");
    new WebDriverWait(driver, Duration.ofSeconds(90))
        .pollingEvery(Duration.ofMillis(500))
        .until(d -> !storyId.equals(storyOf(articleId)));
    String own = storyOf(articleId);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from article where story_id = ?", Integer.class, own))
        .isEqualTo(1);
    pages.signOut();

    driver.get(base() + "/stories/" + storyId);
    chromium.waitFor(By.cssSelector("section#sources"));
    assertThat(driver.findElements(By.cssSelector("form[action*='/articles/" + articleId + "/']")))
        .isEmpty();
    assertThat(
            driver.findElements(By.cssSelector("ol.sources > li")).stream()
                .filter(li -> !li.findElements(By.cssSelector(".why")).isEmpty())
                .map(WebElement::getText)
                .toList())
        .as("the story's own sources (other coverage its timeline cites may still name it)")
        .noneMatch(t -> t.contains(title(articleId)));
    driver.get(base() + "/stories/" + own);
    WebElement why = chromium.waitFor(By.cssSelector("section#sources .why"));
    assertThat(why.getText()).startsWith("A moderator moved it out of the story it had joined");

    runner.repair(Progress.silent());
    runner.process(Progress.silent());
    assertThat(storyOf(articleId)).as("the clusterer does not put it back").isEqualTo(own);
  }

  @Test
  void listenReadsTheBriefSectionsInPageOrderAndHidesWithoutSpeechSynthesis() {
    driver.get(base() + "/");
    chromium.clickToLoad(chromium.waitFor(By.cssSelector("section.cards article.card h3 a")));
    chromium.waitFor(By.cssSelector("section#sources"));
    boolean speech =
        Boolean.TRUE.equals(driver.executeScript("return 'speechSynthesis' in window;"));
    WebElement listen = driver.findElement(By.id("listen"));
    assertThat(listen.isDisplayed()).isEqualTo(speech);
    @SuppressWarnings("unchecked")
    List<String> texts =
        (List<String>) driver.executeScript("return window.storylineListen.texts();");
    String headline =
        (String)
            driver.executeScript(
                "return document.querySelector('section[data-section=headline] h1 .line-text')"
                    + ".textContent.trim();");
    assertThat(texts.get(0))
        .as("the headline alone, without its source numbers")
        .isEqualTo(headline);
    assertThat(texts.get(1)).startsWith("Why It Matters");
    assertThat(texts.get(2)).startsWith("Key Points");
    assertThat(String.join(" ", texts))
        .as("no coverage bar, no discussion or sources")
        .doesNotContain("Coverage by lean")
        .doesNotContain("Join the Discussion")
        .doesNotContain("Brief written");
    String disclaimer = driver.findElement(By.cssSelector("#forecast .disclaimer")).getText();
    assertThat(texts).anyMatch(t -> t.startsWith("Forecast") && t.contains(disclaimer));
    if (speech) {
      listen.click();
      assertThat(driver.executeScript("return window.storylineListen.spoken;")).isEqualTo(texts);
      driver.executeScript("window.speechSynthesis.cancel();");
    }

    Map<String, Object> hook =
        driver.executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument",
            Map.of(
                "source",
                "delete window.speechSynthesis; delete Window.prototype.speechSynthesis;"));
    try {
      driver.navigate().refresh();
      chromium.waitFor(By.cssSelector("section#sources"));
      assertThat(driver.executeScript("return 'speechSynthesis' in window;")).isEqualTo(false);
      assertThat(driver.findElement(By.id("listen")).isDisplayed()).isFalse();
    } finally {
      driver.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", hook.get("identifier")));
    }
  }

  @Test
  void theNewPagesHaveNoSeriousAccessibilityViolations() throws Exception {
    String axe = PageProbes.axeSource();
    String story = storyOf(SampleCorpus.storyline("halvard-lumen-separation").get(0).id());
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String path :
        List.of(
            "/",
            "/?topic=business",
            "/topics",
            "/topics/business",
            "/archive/2025-11-24",
            "/blindspots",
            "/outlets/Civic%20Wire",
            "/stories/" + story)) {
      driver.get(base() + path);
      chromium.waitFor(By.cssSelector("main h1"));
      found.put(path, PageProbes.seriousAxeViolations(driver, axe));
      assertThat(PageProbes.scriptBearingMarkup(driver)).as(path).isEmpty();
    }
    ReaderPages pages = new ReaderPages(chromium, base());
    String email = "axe17-" + System.nanoTime() + "@example.org";
    pages.signUp(email, "Ada Topic");
    pages.signIn(email, "Ada Topic");
    driver.get(base() + "/topics/business");
    WebElement follow = chromium.waitFor(By.cssSelector(".follow-topic button"));
    assertThat(follow.getText()).isEqualTo("Follow Business");
    chromium.clickToLoad(follow);
    assertThat(chromium.waitFor(By.cssSelector(".follow-topic button")).getText())
        .isEqualTo("Unfollow Business");
    found.put("topic signed in", PageProbes.seriousAxeViolations(driver, axe));
    driver.get(base() + "/account/following");
    assertThat(chromium.waitFor(By.cssSelector("main")).getText()).contains("Business");
    driver.get(base() + "/stories/" + story);
    chromium.waitFor(By.cssSelector("form.report-article"));
    found.put("story signed in", PageProbes.seriousAxeViolations(driver, axe));
    found.values().removeIf(List::isEmpty);
    assertThat(found).as("serious or critical axe-core violations").isEmpty();
  }

  private String storyOf(String articleId) {
    return jdbc.queryForObject(
        "select story_id from article where id = ?", String.class, articleId);
  }

  private String title(String articleId) {
    return jdbc.queryForObject("select title from article where id = ?", String.class, articleId);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.1);
  }
}
