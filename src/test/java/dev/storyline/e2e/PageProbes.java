package dev.storyline.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Script the test (not the page) runs in Chromium: a dialog hook installed through the DevTools
 * protocol before any page script, a scan of the DOM for script-bearing markup, and axe-core.
 */
final class PageProbes {
  static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

  /** Replaces the dialog functions of every new document (and frame) with recorders. */
  static final String DIALOG_HOOK =
      """
      (() => {
        const calls = [];
        Object.defineProperty(window, '__dialogCalls', {value: calls});
        for (const name of ['alert', 'confirm', 'prompt', 'print']) {
          Object.defineProperty(window, name, {configurable: false, writable: false,
            value: function () { calls.push(name + '(' + Array.from(arguments).join(',') + ')'); }});
        }
      })();""";

  /**
   * Lists every on* attribute, script-scheme URL and script element in the document, except the
   * site's own static scripts (a same-origin {@code /js/} file with no inline body).
   */
  private static final String SCAN =
      """
      const found = [];
      const urlAttrs = ['href', 'src', 'action', 'formaction', 'data', 'background', 'poster',
        'xlink:href', 'srcdoc'];
      for (const e of document.querySelectorAll('*')) {
        for (const a of e.attributes) {
          const name = a.name.toLowerCase();
          const value = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
          if (name.startsWith('on')) found.push(e.tagName + ' @' + a.name);
          if (urlAttrs.includes(name) && /^(javascript|vbscript|data:text\\/html)/.test(value)) {
            found.push(e.tagName + ' ' + a.name + '=' + a.value);
          }
        }
        if (e.tagName === 'A' && e.protocol === 'javascript:') found.push('javascript: link ' + e.href);
      }
      for (const tag of ['script', 'iframe', 'object', 'embed', 'base', 'frame']) {
        for (const e of document.getElementsByTagName(tag)) {
          // the site's own static scripts (same origin, under /js/, no inline body) are allowed,
          // as the Content-Security-Policy allows them
          const own = tag === 'script' && e.src && new URL(e.src).origin === location.origin
            && new URL(e.src).pathname.startsWith('/js/') && e.textContent.trim() === '';
          if (!own) found.push('<' + tag + '> element');
        }
      }
      for (const m of document.querySelectorAll('meta[http-equiv]')) found.push('<meta http-equiv>');
      return found;""";

  private static final String RUN_AXE =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {resultTypes: ['violations']})
        .then(r => done(JSON.stringify(r.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))))
        .catch(e => done('axe failed: ' + e));""";

  private PageProbes() {}

  /** Installs {@link #DIALOG_HOOK}; returns the identifier to remove it with. */
  static String installDialogHook(ChromeDriver driver) {
    Map<String, Object> answer =
        driver.executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", DIALOG_HOOK));
    return (String) answer.get("identifier");
  }

  static void removeDialogHook(ChromeDriver driver, String identifier) {
    driver.executeCdpCommand(
        "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
  }

  /** The dialog calls recorded on the current document, or null when the hook is not installed. */
  @SuppressWarnings("unchecked")
  static List<String> dialogCalls(ChromeDriver driver) {
    return (List<String>)
        driver.executeScript(
            "return window.__dialogCalls === undefined ? null : Array.from(window.__dialogCalls);");
  }

  /** Every script-bearing thing {@link #SCAN} finds in the current document. */
  @SuppressWarnings("unchecked")
  static List<String> scriptBearingMarkup(ChromeDriver driver) {
    return (List<String>) driver.executeScript(SCAN);
  }

  /** The axe-core source, or a skip (a failure when Chromium tests are required) without it. */
  static String axeSource() throws IOException {
    if (!Files.isReadable(AXE)) {
      String message = AXE + " is missing: npm install --prefix target/axe --no-save axe-core@4";
      if (Chromium.required()) {
        throw new IllegalStateException("STORYLINE_REQUIRE_CHROMIUM is set but " + message);
      }
      Assumptions.abort("skipped: " + message);
    }
    return Files.readString(AXE);
  }

  /**
   * Injects axe-core through WebDriver (the page's CSP forbids inline script, but script the driver
   * evaluates is not the page's) and lists its serious and critical violations on the current page.
   */
  static List<String> seriousAxeViolations(ChromeDriver driver, String axeSource)
      throws IOException {
    driver.executeScript(axeSource);
    Object loaded =
        driver.executeScript(
            "return window.axe === undefined ? 'absent'"
                + " : typeof window.axe.run + ' ' + window.axe.version;");
    if (!String.valueOf(loaded).startsWith("function 4.")) {
      throw new AssertionError("axe-core did not load: " + loaded);
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    String json = (String) driver.executeAsyncScript(RUN_AXE);
    if (!json.startsWith("[")) {
      throw new AssertionError(json);
    }
    List<String> violations = new ArrayList<>();
    for (JsonNode v : new ObjectMapper().readTree(json)) {
      violations.add(
          v.get("impact").asText()
              + " "
              + v.get("id").asText()
              + ": "
              + v.get("help").asText()
              + " at "
              + v.get("nodes"));
    }
    return violations;
  }
}
