package dev.storyline.ingest.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Extracts the article of a web page: metadata from JSON-LD, Open Graph and meta tags, main text
 * from {@link MainContent}. Hostile pages are bounded: jsoup caps element nesting (512 levels), the
 * text walk is iterative, and the input is cut at {@link #MAX_CHARS}. Thread-safe.
 */
public final class ArticleExtractor {
  /** Longest page read, in characters; the rest is ignored. */
  public static final int MAX_CHARS = 8 << 20;

  private final ObjectMapper json;

  public ArticleExtractor(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Extracts the article.
   *
   * @param html the page
   * @param url the page's address (for absolute links), or {@code null}
   */
  public ExtractedPage extract(String html, String url) {
    String h = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
    Document doc = Jsoup.parse(h, url == null ? "" : url, Parser.htmlParser().setMaxDepth(512));
    Metadata meta = Metadata.of(doc, json);
    String text = new MainContent().extract(doc);
    if (meta.articleBody != null
        && words(meta.articleBody) > words(text) * 1.6
        && words(meta.articleBody) > 60) {
      text = meta.articleBody.strip();
    }
    return new ExtractedPage(
        clean(meta.headline),
        text,
        meta.author,
        meta.publishedInstant(),
        meta.canonical,
        language(meta.language),
        meta.image,
        meta.description);
  }

  private static String language(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    return tag.strip().replace('_', '-').split("-")[0].toLowerCase(java.util.Locale.ROOT);
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  static int words(String s) {
    if (s == null || s.isBlank()) {
      return 0;
    }
    return s.strip().split("\\s+").length;
  }
}
