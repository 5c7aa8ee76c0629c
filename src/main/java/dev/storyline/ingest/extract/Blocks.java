package dev.storyline.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/** Renders elements as text blocks (paragraphs) and drops blocks that are mostly links. */
final class Blocks {
  private static final Set<String> BLOCK =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "dd",
          "dt",
          "dl",
          "header",
          "figcaption",
          "br",
          "hr",
          "address",
          "center");

  private static final java.util.regex.Pattern SPACES =
      java.util.regex.Pattern.compile("[\\s\\u00a0]+");

  /**
   * Letters and digits outside links from which a block is kept however many links it holds: a
   * sentence that cites its sources link by link is prose, a list of links or tags is not.
   */
  private static final int SENTENCE_LETTERS = 20;

  private Blocks() {}

  static String render(List<Element> roots) {
    Collector c = new Collector();
    for (Element root : roots) {
      root.filter(c);
      c.end();
    }
    return String.join("\n\n", c.blocks);
  }

  private static final class Collector implements NodeFilter {
    final List<String> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int plainLetters;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.text();
        text.append(s);
        if (linkDepth > 0) {
          linkChars += s.strip().length();
        } else {
          for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
              plainLetters++;
            }
          }
        }
      } else if (node instanceof Element e) {
        if (BLOCK.contains(e.normalName())) {
          end();
        } else if (e.normalName().equals("a")) {
          linkDepth++;
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (BLOCK.contains(e.normalName())) {
          end();
        } else if (e.normalName().equals("a")) {
          linkDepth--;
        }
      }
      return FilterResult.CONTINUE;
    }

    void end() {
      String s = SPACES.matcher(text).replaceAll(" ").strip();
      if (!s.isEmpty()
          && ((double) linkChars / s.length() < 0.5 || plainLetters >= SENTENCE_LETTERS)) {
        blocks.add(s);
      }
      text.setLength(0);
      linkChars = 0;
      plainLetters = 0;
    }
  }
}
