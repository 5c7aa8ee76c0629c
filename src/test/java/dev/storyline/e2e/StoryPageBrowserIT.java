package dev.storyline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.web.SampleSite;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's package) walks from the front page to a story page and on to
 * its storyline page, checking what a reader sees. Full-page screenshots land in {@code
 * target/e2e/}. Skipped when Chromium or its driver is missing, unless {@code
 * STORYLINE_REQUIRE_CHROMIUM} is set. Shares {@link SampleSite}'s Spring context (and its sample
 * import) with {@code WebIT}.
 */
class StoryPageBrowserIT extends SampleSite {
  static final List<String> PAGE_SECTIONS =
      List.of(
          "headline",
          "why_it_matters",
          "key_points",
          "summary",
          "explainer",
          "sides",
          "noise",
          "forecast",
          "timeline",
          "discussion",
          "sources");

  static Chromium browser;
  static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Chromium.start();
    driver = browser.driver;
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aReaderGoesFromTheFrontPageToAStoryAndItsStoryline() throws IOException {
    driver.get(base() + "/");
    WebElement first = waitFor(By.cssSelector("section.cards article.card h3 a"));
    String headline = first.getText();
    assertThat(headline).isNotBlank();
    browser.screenshot("front.png");

    first.click();
    waitFor(By.cssSelector("article.brief section[data-section=sources]"));
    assertThat(driver.getCurrentUrl()).contains("/stories/");
    assertThat(driver.findElement(By.cssSelector("section[data-section=headline] h1")).getText())
        .startsWith(headline);
    assertEverySectionInOrderWithVisibleContent();
    assertSourceLinksLeadToTheSourcesList();
    browser.screenshot("story.png");

    WebElement storylineLink =
        driver.findElement(By.cssSelector("section[data-section=headline] .kicker a"));
    String storylineTitle =
        storylineLink.getDomProperty("textContent").strip(); // shown upper-cased
    String storyPath = java.net.URI.create(driver.getCurrentUrl()).getPath();
    storylineLink.click();
    waitFor(By.cssSelector("main.storyline h1"));
    assertThat(driver.getCurrentUrl()).contains("/storylines/");
    assertThat(driver.findElement(By.cssSelector("main.storyline h1")).getText())
        .isEqualTo(storylineTitle);
    List<String> cardLinks =
        driver.findElements(By.cssSelector("article.card h3 a")).stream()
            .map(a -> a.getDomAttribute("href"))
            .toList();
    assertThat(cardLinks).as("the storyline lists the story we came from").contains(storyPath);
    browser.screenshot("storyline.png");
  }

  private void assertEverySectionInOrderWithVisibleContent() {
    List<WebElement> sections =
        driver.findElements(By.cssSelector("article.brief section[data-section]"));
    assertThat(sections)
        .extracting(s -> s.getDomAttribute("data-section"))
        .containsExactlyElementsOf(PAGE_SECTIONS);
    for (WebElement section : sections) {
      String key = section.getDomAttribute("data-section");
      assertThat(section.isDisplayed()).as(key).isTrue();
      List<WebElement> gap = section.findElements(By.cssSelector(".gap"));
      if (!gap.isEmpty()) {
        assertThat(gap.get(0).isDisplayed()).as("gap message of %s", key).isTrue();
        assertThat(gap.get(0).getText()).as("gap message of %s", key).isNotBlank();
        continue;
      }
      String heading =
          section.findElements(By.cssSelector("h1, h2")).stream()
              .map(WebElement::getText)
              .findFirst()
              .orElse("");
      String visible = section.getText().replace(heading, "").strip();
      assertThat(visible).as("visible content of %s", key).isNotBlank();
    }
    assertThat(
            driver
                .findElement(By.cssSelector("section[data-section=forecast] .disclaimer"))
                .getText())
        .isEqualTo("Based on current signals. Events may develop differently.");
  }

  /** Every source link targets an entry inside the Sources list; following one scrolls there. */
  private void assertSourceLinksLeadToTheSourcesList() {
    List<WebElement> links = driver.findElements(By.cssSelector("article.brief a.src"));
    assertThat(links).isNotEmpty();
    Set<String> targets = new LinkedHashSet<>();
    for (WebElement link : links) {
      String href = link.getDomAttribute("href");
      assertThat(href).startsWith("#src-");
      targets.add(href.substring(1));
    }
    for (String id : targets) {
      Object inSources =
          driver.executeScript(
              "const e = document.getElementById(arguments[0]);"
                  + " return e != null && e.closest('section[data-section=sources]') != null;",
              id);
      assertThat(inSources).as("#%s is an entry of the Sources list", id).isEqualTo(true);
    }
    WebElement link = links.get(0);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
    String target = link.getDomAttribute("href");
    link.click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> target.equals(d.getCurrentUrl().replaceFirst("^[^#]*", "")));
    WebElement entry = driver.findElement(By.id(target.substring(1)));
    assertThat(entry.isDisplayed()).isTrue();
    Object inView =
        driver.executeScript(
            "const r = arguments[0].getBoundingClientRect();"
                + " return r.bottom > 0 && r.top < window.innerHeight;",
            entry);
    assertThat(inView).as("the source entry %s is scrolled into view", target).isEqualTo(true);
    driver.executeScript("window.scrollTo(0, 0);");
  }

  private WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }
}
