package dev.storyline.ingest.extract;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Plain text of an HTML fragment (a feed entry's content): paragraphs separated by a blank line.
 */
public final class HtmlText {
  private HtmlText() {}

  public static String paragraphs(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html.strip().replaceAll("\\n\\s*\\n\\s*", "\n\n");
    }
    Document doc =
        Jsoup.parseBodyFragment(
            html.length() > ArticleExtractor.MAX_CHARS
                ? html.substring(0, ArticleExtractor.MAX_CHARS)
                : html);
    doc.body().select("script, style, iframe, object, embed, form").remove();
    return Blocks.render(List.of(doc.body()));
  }

  /** Number of words in a text. */
  public static int words(String text) {
    return ArticleExtractor.words(text);
  }
}
