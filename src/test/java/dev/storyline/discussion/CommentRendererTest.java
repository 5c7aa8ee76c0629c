package dev.storyline.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentRendererTest {
  final CommentRenderer renderer = new CommentRenderer();

  @Test
  void theSubsetRenders() {
    assertThat(renderer.render("Hello **world** and *you*"))
        .isEqualTo("<p>Hello <strong>world</strong> and <em>you</em></p>\n");
    assertThat(renderer.render("> quoted")).contains("<blockquote>").contains("quoted");
    assertThat(renderer.render("- one\n- two")).contains("<ul>").contains("<li>one</li>");
  }

  @Test
  void linksKeepOnlyHttpAndGetSafeRels() {
    String html = renderer.render("[site](https://example.org/a)");
    assertThat(html)
        .contains("href=\"https://example.org/a\"")
        .contains("nofollow")
        .contains("noopener")
        .contains("ugc");
    assertThat(renderer.render("[x](javascript:alert(1))"))
        .doesNotContain("javascript")
        .doesNotContain("href");
    assertThat(renderer.render("[x](data:text/html,hi)")).doesNotContain("href");
  }

  @Test
  void rawHtmlIsShownAsTextNeverAsMarkup() {
    String html = renderer.render("<script>alert(1)</script> <img src=x onerror=alert(1)>");
    assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
  }

  @Test
  void headingsAndImagesAreNotPartOfTheSubset() {
    assertThat(renderer.render("# Big")).doesNotContain("<h1").contains("Big");
    assertThat(renderer.render("![alt](https://example.org/i.png)")).doesNotContain("<img");
  }
}
