package dev.storyline.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through Debian's chromedriver (never Selenium Manager), with
 * a throw-away profile. Skips the calling test class when either is missing, unless {@code
 * STORYLINE_REQUIRE_CHROMIUM} is set, in which case it fails.
 */
final class Chromium implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "e2e");

  final ChromeDriver driver;
  private final ChromeDriverService service;
  private final Path profile;

  private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts a browser, or aborts (skips) the test when Chromium is absent and not required. */
  static Chromium start() throws IOException {
    requireChromium();
    Path profile = Files.createTempDirectory("storyline-chromium");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    return new Chromium(service, new ChromeDriver(service, options), profile);
  }

  /**
   * Aborts the test unless both Chromium and chromedriver are installed (or fails, if required).
   */
  static void requireChromium() {
    if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
      return;
    }
    String message =
        "browser test needs "
            + BINARY
            + " and "
            + DRIVER
            + " (Debian packages chromium and chromium-driver)";
    if (required()) {
      throw new IllegalStateException("STORYLINE_REQUIRE_CHROMIUM is set but " + message);
    }
    Assumptions.abort("skipped: " + message);
  }

  /** Whether CI demands the browser tests run rather than skip. */
  static boolean required() {
    return System.getenv("STORYLINE_REQUIRE_CHROMIUM") != null;
  }

  /** Waits up to 30 seconds for an element to be visible. */
  WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Clicks something that loads a new page and waits until that page has loaded: the old document
   * carries a mark the new one lacks. Errors while the documents change over are retried.
   */
  void clickToLoad(WebElement element) {
    driver.executeScript(
        "arguments[0].scrollIntoView({block: 'center'}); window.__e2eOld = true;", element);
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "return window.__e2eOld !== true && document.readyState === 'complete';")));
  }

  /** The path of the current address, without query or fragment. */
  String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  /** A screenshot of the whole page (not only the window) in {@code target/e2e/}. */
  void screenshot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics =
        (Map<String, Object>)
            (Map<?, ?>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Files.write(SHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
    }
  }
}
