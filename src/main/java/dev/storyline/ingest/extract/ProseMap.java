package dev.storyline.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * How much prose and how much boilerplate each element holds, counted over text blocks (the text
 * between block boundaries, as a reader sees paragraphs): a block of running text with few links is
 * prose, a block that is mostly links is boilerplate. An element's value is its prose minus its
 * boilerplate: of a chain of ancestors, the one of highest value holds the whole article (every
 * block of a long article cut into sections) and not the page around it. One pass over the text.
 */
final class ProseMap {
  static final Set<String> BLOCK =
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
          "address",
          "center",
          "body",
          "form",
          "aside");

  /** A block at least this long (characters) with few links is prose. */
  private static final int PROSE_CHARS = 50;

  /** Link text share below which a block is prose (a paragraph with a few links in it). */
  private static final double PROSE_DENSITY = 0.2;

  /**
   * Link text share from which a block is boilerplate: link lists, and teasers of other stories (a
   * linked headline over a line of summary).
   */
  private static final double JUNK_DENSITY = 0.3;

  /** Characters of prose from which a loose passage beside the article's core joins it. */
  private static final int LOOSE_PROSE = 200;

  /** Share of its text a loose passage holds as prose. */
  private static final double LOOSE_SHARE = 0.7;

  /** Elements that are passages of text by their tag. */
  private static final Set<String> PASSAGE =
      Set.of("p", "ul", "ol", "dl", "table", "blockquote", "pre");

  /** Headings of the article's sections and a table's head row: short, but never left out. */
  private static final java.util.regex.Pattern HEADING =
      java.util.regex.Pattern.compile("h[1-6]|thead");

  private final Map<Element, int[]> blocks = new IdentityHashMap<>();
  private final Map<Element, double[]> values = new IdentityHashMap<>();

  ProseMap(Element body) {
    body.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t) {
            add(t);
          }
        });
    blocks.forEach(this::credit);
  }

  private void add(TextNode t) {
    int n = t.text().strip().length();
    if (n == 0) {
      return;
    }
    boolean link = false;
    Element block = null;
    for (Node a = t.parent(); a instanceof Element e; a = a.parent()) {
      link |= e.normalName().equals("a");
      if (BLOCK.contains(e.normalName())) {
        block = e;
        break;
      }
    }
    if (block != null) {
      int[] c = blocks.computeIfAbsent(block, k -> new int[2]);
      c[0] += n;
      c[1] += link ? n : 0;
    }
  }

  private void credit(Element block, int[] c) {
    double density = (double) c[1] / c[0];
    double prose = 0;
    double junk = 0;
    double other = 0;
    if (density >= JUNK_DENSITY) {
      junk = c[0];
    } else if (c[0] >= PROSE_CHARS && density < PROSE_DENSITY) {
      prose = c[0] - c[1];
    } else {
      other = c[0];
    }
    for (Element a = block; a != null; a = a.parent()) {
      double[] v = values.computeIfAbsent(a, k -> new double[3]);
      v[0] += prose;
      v[1] += junk;
      v[2] += other;
    }
  }

  private double value(Element e, double cost, double otherCost) {
    double[] v = values.get(e);
    return v == null ? 0 : v[0] - cost * v[1] - otherCost * v[2];
  }

  /** Characters of prose under an element. */
  double prose(Element e) {
    double[] v = values.get(e);
    return v == null ? 0 : v[0];
  }

  /** Characters of boilerplate (link lists) under an element. */
  double junk(Element e) {
    double[] v = values.get(e);
    return v == null ? 0 : v[1];
  }

  /**
   * The article's container and the blocks to leave out of it.
   *
   * @param container the ancestor of the best-scored container that holds the whole article
   * @param dropped children of it (or of its descendants) that are not part of the article
   */
  record Widened(Element container, List<Element> dropped) {}

  /**
   * The ancestor of {@code top} (itself included, at most {@code levels} up) that holds the most of
   * the article. A step up gains the value (prose less weighted boilerplate) of the siblings built
   * like the part already held (same tag, a class in common: the other sections of an article cut
   * into blocks), and those that are loose passages of prose (paragraphs, lists, tables set beside
   * the core container). The other siblings bring no prose: those whose boilerplate outweighs their
   * prose (teasers of other stories, link lists) are left out, headings excepted, the others cost
   * their boilerplate.
   */
  Widened widest(Element top, int levels, double cost, double otherCost) {
    Element best = top;
    List<Element> bestDropped = List.of();
    List<Element> dropped = new ArrayList<>();
    Element cur = top;
    double value = value(top, cost, otherCost);
    double bestValue = value;
    for (int i = 0; i < levels; i++) {
      Element parent = cur.parent();
      if (parent == null || parent.normalName().equals("body")) {
        break;
      }
      for (Element s : parent.children()) {
        if (s == cur) {
          continue;
        }
        double v = value(s, cost, otherCost);
        if (alike(s, cur)) {
          value += v;
        } else if (v < 0 && !HEADING.matcher(s.normalName()).matches()) {
          dropped.add(s);
        } else if (loosePassage(s)) {
          value += v;
        } else {
          value -= cost * junk(s) + otherCost * other(s);
        }
      }
      cur = parent;
      if (value > bestValue) {
        best = cur;
        bestValue = value;
        bestDropped = List.copyOf(dropped);
      }
    }
    return new Widened(best, bestDropped);
  }

  /** Same tag, and a class in common or no class on one of them. */
  static boolean alike(Element a, Element b) {
    if (!a.normalName().equals(b.normalName())) {
      return false;
    }
    java.util.Set<String> ca = a.classNames();
    java.util.Set<String> cb = b.classNames();
    if (ca.isEmpty() || cb.isEmpty()) {
      return true;
    }
    for (String c : ca) {
      if (cb.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sibling unlike the part already held is still a passage of the article: text set
   * loose beside the core container (paragraphs, a list, a table, a block of running text, or an
   * inline wrapper such as {@code <span>} around one of the article's sections) that is mostly
   * prose and long enough not to be a headline, a dateline or a caption.
   */
  private boolean loosePassage(Element s) {
    String tag = s.normalName();
    double prose = prose(s);
    if (prose < LOOSE_PROSE || prose < LOOSE_SHARE * total(s) || HEADING.matcher(tag).matches()) {
      return false;
    }
    if (PASSAGE.contains(tag) || !BLOCK.contains(tag)) {
      return true;
    }
    int[] own = blocks.get(s);
    return own != null && own[0] - own[1] >= 0.5 * prose;
  }

  private double total(Element e) {
    double[] v = values.get(e);
    return v == null ? 0 : v[0] + v[1] + v[2];
  }

  private double other(Element e) {
    double[] v = values.get(e);
    return v == null ? 0 : v[2];
  }
}
