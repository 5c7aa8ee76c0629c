package dev.storyline.discussion;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a comment's Markdown into safe HTML. Two walls: commonmark escapes any raw HTML and drops
 * unsafe link schemes ({@code escapeHtml}, {@code sanitizeUrls}), then the OWASP sanitizer keeps
 * only a short list of elements and http(s) links with {@code rel="nofollow noopener noreferrer
 * ugc"}. The subset: paragraphs, emphasis, strong, inline code, code blocks, quotes, lists, links.
 * Thread-safe.
 */
public final class CommentRenderer {
  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a")
          .allowUrlProtocols("http", "https")
          .allowAttributes("href")
          .matching(Pattern.compile("(?i)https?://[^\\s]+"))
          .onElements("a")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer", "ugc")
          .toFactory();

  private final Parser parser =
      Parser.builder()
          .enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class, FencedCodeBlock.class))
          .build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak("<br>").build();

  /** Safe HTML for the Markdown source. */
  public String render(String markdown) {
    String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
    return POLICY.sanitize(html);
  }
}
