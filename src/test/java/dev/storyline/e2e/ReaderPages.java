package dev.storyline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a reader does with the site's own forms in the browser: sign up, sign in and out, post,
 * reply and report. Each action waits for the page it lands on and checks what that page shows.
 */
final class ReaderPages {
  static final String PASSWORD = "correct horse battery staple";

  private final Chromium chromium;
  private final ChromeDriver driver;
  private final String base;

  ReaderPages(Chromium chromium, String base) {
    this.chromium = chromium;
    this.driver = chromium.driver;
    this.base = base;
  }

  void signUp(String email, String displayName) {
    driver.get(base + "/signup");
    type("email", email);
    type("displayName", displayName);
    type("password", PASSWORD);
    type("confirm", PASSWORD);
    chromium.clickToLoad(driver.findElement(By.cssSelector("main form button[type=submit]")));
    assertThat(chromium.waitFor(By.cssSelector("main p.flash")).getText())
        .isEqualTo("Your account is ready: sign in.");
    assertThat(chromium.path()).isEqualTo("/login");
  }

  /** Signs in from the sign-in page and checks the masthead now names the reader. */
  void signIn(String email, String displayName) {
    driver.get(base + "/login");
    type("username", email);
    type("password", PASSWORD);
    chromium.clickToLoad(driver.findElement(By.cssSelector("main form button[type=submit]")));
    WebElement account = chromium.waitFor(By.cssSelector(".account-nav a[href='/account']"));
    assertThat(account.getText()).isEqualTo(displayName);
  }

  /** Signs out with the masthead button and checks the masthead offers signing in again. */
  void signOut() {
    chromium.clickToLoad(driver.findElement(By.cssSelector(".account-nav form button")));
    chromium.waitFor(By.cssSelector(".account-nav a[href='/login']"));
    assertThat(driver.findElements(By.cssSelector(".account-nav a[href='/account']"))).isEmpty();
  }

  /** Posts a top-level comment on the open story page; returns the new comment's id. */
  long comment(String body) {
    WebElement box = driver.findElement(By.id("comment"));
    setValue(box, body);
    return submitAndLand(driver.findElement(By.cssSelector("#comment-form button[type=submit]")));
  }

  /** Replies to comment {@code parent} on the open story page; returns the reply's id. */
  long reply(long parent, String body) {
    setValue(driver.findElement(By.id("reply-body-" + parent)), body);
    return submitAndLand(
        driver.findElement(By.cssSelector("#reply-" + parent + " button[type=submit]")));
  }

  /** Reports a comment with its Report button and checks the thank-you notice. */
  void report(long id) {
    WebElement button =
        driver.findElement(By.cssSelector("#comment-" + id + " form[action$='/report'] button"));
    chromium.clickToLoad(button);
    assertThat(chromium.waitFor(By.cssSelector("#discussion p.flash")).getText())
        .isEqualTo("Thank you: the moderators will look at this comment.");
  }

  /** Fills a field by typing, as a reader would. */
  private void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Sets a textarea's value (a property, not markup) and scrolls it into view. */
  private void setValue(WebElement box, String text) {
    driver.executeScript(
        "arguments[0].scrollIntoView({block: 'center'});" + " arguments[0].value = arguments[1];",
        box,
        text);
  }

  /** Clicks a submit button, waits for the next page and returns the comment it points at. */
  private long submitAndLand(WebElement button) {
    chromium.clickToLoad(button);
    chromium.waitFor(By.cssSelector("section#discussion"));
    String url = driver.getCurrentUrl();
    assertThat(url).as("the post redirects to the new comment").contains("#comment-");
    long id = Long.parseLong(url.replaceAll(".*#comment-", ""));
    chromium.waitFor(By.id("comment-" + id));
    return id;
  }
}
