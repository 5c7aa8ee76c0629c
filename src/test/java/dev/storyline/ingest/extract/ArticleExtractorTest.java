package dev.storyline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor(new ObjectMapper());

  private static final String PARA1 =
      "The river authority opened the new flood gates on Monday, ending two years of"
          + " work on the eastern embankment, and said the town centre was now protected against a once-a-century flood.";
  private static final String PARA2 =
      "Shop owners, who had sandbagged their doors every winter, welcomed the news,"
          + " although some said the works had kept customers away for months and asked for compensation.";
  private static final String PARA3 =
      "The authority will test the gates again in spring, before the snow melts in"
          + " the hills, and publish the results on its website for residents to read.";

  private static final String PAGE =
      """
      <html lang="en-GB"><head><title>Flood gates open | Valley Herald</title>
      <link rel="canonical" href="https://herald.example/news/flood-gates">
      <meta property="og:image" content="https://herald.example/img/gates.jpg">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Herald"},
        {"@type":"NewsArticle","headline":"Flood gates open on the eastern embankment",
         "datePublished":"2026-02-02T09:15:00+01:00","author":[{"@type":"Person","name":"Ines Marlow"}]}]}</script>
      </head><body>
      <nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
      <div class="page has-sidebar"><article><h1>Flood gates open</h1>
      <p>%s</p><p>%s</p><p>%s</p></article>
      <div class="related-stories"><a href="/a">Bridge repairs delayed again this year</a></div>
      <section class="comments"><p>Great news for the town, finally something done right by them.</p></section>
      </div><footer>© Valley Herald. All rights reserved.</footer></body></html>
      """
          .formatted(PARA1, PARA2, PARA3);

  @Test
  void metadataComesFromJsonLdThenMarkup() {
    ExtractedPage p = extractor.extract(PAGE, "https://herald.example/x?utm_source=feed");
    assertThat(p.title()).isEqualTo("Flood gates open on the eastern embankment");
    assertThat(p.author()).isEqualTo("Ines Marlow");
    assertThat(p.published()).isEqualTo(Instant.parse("2026-02-02T08:15:00Z"));
    assertThat(p.canonicalUrl()).isEqualTo("https://herald.example/news/flood-gates");
    assertThat(p.language()).isEqualTo("en");
    assertThat(p.image()).isEqualTo("https://herald.example/img/gates.jpg");
  }

  @Test
  void mainTextKeepsTheParagraphsAndDropsFurniture() {
    String text = extractor.extract(PAGE, null).text();
    assertThat(text).contains(PARA1 + "\n\n" + PARA2 + "\n\n" + PARA3);
    assertThat(text)
        .doesNotContain("Sport")
        .doesNotContain("Bridge repairs")
        .doesNotContain("Great news")
        .doesNotContain("All rights reserved");
  }

  @Test
  void htmlNested100000LevelsDeepIsBounded() {
    String deep =
        "<html><body><p>"
            + PARA1
            + "</p>"
            + "<div>".repeat(100_000)
            + "deep"
            + "</div>".repeat(100_000)
            + "</body></html>";
    assertThat(extractor.extract(deep, null).text()).contains("river authority");
  }

  @Test
  void enormousAttributeDoesNotLeakIntoText() {
    String page =
        "<html><body><article><p title=\""
            + "z".repeat(2_000_000)
            + "\">"
            + PARA1
            + "</p></article></body></html>";
    assertThat(extractor.extract(page, null).text()).isEqualTo(PARA1);
  }

  @Test
  void feedHtmlBecomesParagraphs() {
    assertThat(HtmlText.paragraphs("<p>One &amp; two.</p><p>Three<script>x()</script></p>"))
        .isEqualTo("One & two.\n\nThree");
  }
}
