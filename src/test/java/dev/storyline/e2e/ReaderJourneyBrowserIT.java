package dev.storyline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import dev.storyline.account.AdminAccounts;
import dev.storyline.account.Role;
import dev.storyline.app.StorylineApplication;
import dev.storyline.discussion.XssVectors;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Readers in a real headless Chromium against the whole application on loopback: the journey from
 * sign-up to "what changed since your last visit", every XSS vector rendered under an alert hook,
 * and an axe-core accessibility check. Screenshots land in {@code target/e2e/}. Skipped without
 * Chromium, unless {@code STORYLINE_REQUIRE_CHROMIUM} is set.
 */
@SpringBootTest(
    classes = StorylineApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "storyline.sample.import-on-start=false",
      "storyline.readers.posts-per-window=200",
      TestDatabases.H2_URL + "reader-journey" + TestDatabases.H2_OPTIONS
    })
class ReaderJourneyBrowserIT {
  static final Path SMALL = Path.of("src/test/resources/pipeline/small.jsonl");
  static final Path UPDATE = Path.of("src/test/resources/readers/update.jsonl");

  static Chromium chromium;
  static ChromeDriver driver;

  @LocalServerPort int port;
  @Autowired PipelineRunner runner;
  @Autowired JdbcTemplate jdbc;
  @Autowired AdminAccounts admins;

  String storyId;

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
  void storiesExist() throws Exception {
    if (jdbc.queryForObject("select count(*) from article", Integer.class) == 0) {
      runner.importFiles(List.of(SMALL), Progress.silent());
    }
    storyId = jdbc.queryForObject("select story_id from article where id = 't-a1'", String.class);
    driver.manage().deleteAllCookies();
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  @Test
  void aReaderCommentsIsModeratedFollowsAndSeesWhatChanged() throws Exception {
    ReaderPages pages = new ReaderPages(chromium, base());
    String ana = "ana-" + System.nanoTime() + "@example.org";
    pages.signUp(ana, "Ana Reader");
    pages.signIn(ana, "Ana Reader");
    openStory();
    long top = pages.comment("The vote was **closer** than the headline suggests.");
    assertThat(text("#comment-" + top + " .comment-meta strong")).isEqualTo("Ana Reader");
    assertThat(text("#comment-" + top + " .comment-body strong")).isEqualTo("closer");
    chromium.screenshot("journey-1-commented.png");
    pages.signOut();

    String ben = "ben-" + System.nanoTime() + "@example.org";
    pages.signUp(ben, "Ben Critic");
    pages.signIn(ben, "Ben Critic");
    openStory();
    String rude = "Only fools believe this tram will ever run.";
    long reply = pages.reply(top, rude);
    WebElement nested =
        driver.findElement(
            By.cssSelector("li.thread ol.replies #comment-" + reply + " .comment-body"));
    assertThat(nested.getText()).isEqualTo(rude);
    assertThat(
            driver
                .findElement(By.id("comment-" + top))
                .findElement(By.xpath("../.."))
                .getDomAttribute("class"))
        .as("the reply sits in the first comment's thread")
        .isEqualTo("comments");
    pages.signOut();

    pages.signIn(ana, "Ana Reader");
    openStory();
    pages.report(reply);
    chromium.screenshot("journey-2-reported.png");
    pages.signOut();

    moderatorHides(pages, reply, rude);

    pages.signIn(ana, "Ana Reader");
    openStory();
    assertThat(driver.findElement(By.id("discussion")).getText())
        .doesNotContain(rude)
        .contains("The vote was closer than the headline suggests.");
    followTheStory();
    assertThat(jdbc.queryForObject("select count(*) from article where id = 't-a4'", Integer.class))
        .as("the update is not there yet")
        .isZero();
    runner.importFiles(List.of(UPDATE), Progress.silent());
    assertThat(jdbc.queryForObject("select story_id from article where id = 't-a4'", String.class))
        .isEqualTo(storyId);
    assertWhatChangedIsShown();
    chromium.screenshot("journey-4-what-changed.png");
    pages.signOut();
    assertThat(chromium.path()).isEqualTo("/");
  }

  @Test
  void noXssVectorRunsScriptInChromium() throws Exception {
    String hook = PageProbes.installDialogHook(driver);
    try {
      ReaderPages pages = new ReaderPages(chromium, base());
      String email = "mallory-" + System.nanoTime() + "@example.org";
      pages.signUp(email, "Mallory");
      pages.signIn(email, "Mallory");
      openStory();
      driver.executeScript("alert('probe'); confirm('probe');");
      assertThat(PageProbes.dialogCalls(driver))
          .as("the hook records dialogs")
          .containsExactly("alert(probe)", "confirm(probe)");
      List<Long> ids = new ArrayList<>();
      for (String vector : XssVectors.ALL) {
        ids.add(pages.comment(vector));
        assertThat(PageProbes.dialogCalls(driver)).as("after posting %s", vector).isEmpty();
      }
      openStory();
      for (long id : ids) {
        assertThat(driver.findElements(By.cssSelector("#comment-" + id + " .comment-body")))
            .as("comment %s is on the page", id)
            .hasSize(1);
      }
      provokeEveryComment(ids);
      assertThat(PageProbes.dialogCalls(driver)).as("dialogs opened by posted vectors").isEmpty();
      assertThat(PageProbes.scriptBearingMarkup(driver)).isEmpty();
      chromium.screenshot("xss-vectors.png");
    } finally {
      PageProbes.removeDialogHook(driver, hook);
    }
  }

  /** Hovers and clicks into every comment body and opens every details element. */
  private void provokeEveryComment(List<Long> ids) {
    Actions mouse = new Actions(driver);
    for (long id : ids) {
      WebElement body = driver.findElement(By.cssSelector("#comment-" + id + " .comment-body"));
      driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", body);
      mouse.moveToElement(body).perform();
    }
    driver.executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");
    assertThat(PageProbes.dialogCalls(driver)).isNotNull();
  }

  @Test
  void frontStoryAndSignInPagesHaveNoSeriousAccessibilityViolations() throws Exception {
    String axe = PageProbes.axeSource();
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String path : List.of("/", "/stories/" + storyId, "/login", "/signup")) {
      driver.get(base() + path);
      chromium.waitFor(By.cssSelector("main h1"));
      found.put(path, PageProbes.seriousAxeViolations(driver, axe));
    }
    ReaderPages pages = new ReaderPages(chromium, base());
    String email = "axe-" + System.nanoTime() + "@example.org";
    pages.signUp(email, "Ada Access");
    pages.signIn(email, "Ada Access");
    openStory();
    pages.comment("A comment so that the discussion has a thread, a reply box and buttons.");
    found.put("story signed in", PageProbes.seriousAxeViolations(driver, axe));
    found.values().removeIf(List::isEmpty);
    assertThat(found).as("serious or critical axe-core violations").isEmpty();
    driver.executeScript("document.querySelector('main').append(document.createElement('input'));");
    assertThat(PageProbes.seriousAxeViolations(driver, axe))
        .as("control: an unlabelled field")
        .anyMatch(v -> v.startsWith("critical label:"));
  }

  /** A moderator, made with the admin command's bean, hides the reported reply in /moderation. */
  private void moderatorHides(ReaderPages pages, long reply, String text) throws IOException {
    String email = "mod-" + System.nanoTime() + "@example.org";
    admins.createAdmin(email, "Mo Moderator", ReaderPages.PASSWORD);
    admins.setRole(email, Role.MODERATOR);
    pages.signIn(email, "Mo Moderator");
    chromium.clickToLoad(driver.findElement(By.cssSelector(".account-nav a[href='/moderation']")));
    WebElement queued = chromium.waitFor(By.id("queued-" + reply));
    assertThat(queued.findElement(By.cssSelector(".comment-body")).getText()).isEqualTo(text);
    assertThat(queued.findElement(By.cssSelector(".comment-meta")).getText())
        .contains("Ben Critic")
        .contains("1 report(s)");
    assertThat(queued.findElements(By.cssSelector(".badge"))).isEmpty();
    chromium.clickToLoad(queued.findElement(By.cssSelector("form[action$='/hide'] button")));
    WebElement badge = chromium.waitFor(By.cssSelector("#queued-" + reply + " .badge"));
    assertThat(badge.getText()).isEqualTo("hidden");
    assertThat(
            driver.findElements(By.cssSelector("#queued-" + reply + " form[action$='/restore']")))
        .hasSize(1);
    chromium.screenshot("journey-3-moderated.png");
    pages.signOut();
  }

  private void followTheStory() {
    WebElement follow =
        driver.findElement(
            By.cssSelector(".follow-bar form input[value=story] ~ button[type=submit]"));
    assertThat(follow.getText()).isEqualTo("Follow this story");
    chromium.clickToLoad(follow);
    assertThat(
            driver
                .findElement(
                    By.cssSelector(".follow-bar form input[value=story] ~ button[type=submit]"))
                .getText())
        .isEqualTo("Unfollow this story");
    assertThat(driver.findElements(By.cssSelector(".since-visit .new-sources")))
        .as("nothing new yet")
        .isEmpty();
  }

  private void assertWhatChangedIsShown() {
    openStory();
    WebElement since = chromium.waitFor(By.cssSelector("aside.since-visit"));
    assertThat(since.findElement(By.tagName("h2")).getText()).startsWith("Since your last visit");
    List<String> sources =
        since.findElements(By.cssSelector(".new-sources li")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(sources).anyMatch(s -> s.startsWith("Lakeside Gazette:"));
    List<WebElement> updated = driver.findElements(By.cssSelector("article.brief h2 .updated"));
    assertThat(updated).as("sections marked Updated").isNotEmpty();
    assertThat(updated.get(0).isDisplayed()).isTrue();
    assertThat(updated.get(0).getDomProperty("textContent").strip()).isEqualTo("Updated");
  }

  /** Opens the story through its short address (which redirects to the canonical one). */
  void openStory() {
    driver.get(base() + "/stories/" + storyId);
    chromium.waitFor(By.cssSelector("section[data-section=headline] h1"));
    assertThat(chromium.path()).startsWith("/stories/" + storyId);
  }

  private String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }
}
