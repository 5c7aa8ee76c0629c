package dev.storyline.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;

/**
 * Finds the main text of a page: removes page furniture (scripts, navigation, asides, elements
 * whose class or id says "comment", "share", "related"…), scores every paragraph's ancestors by the
 * amount of prose they hold (length, commas, link density), takes the best container with its
 * strong siblings, and renders its blocks as paragraphs, leaving out link lists and boilerplate.
 */
final class MainContent {
  static final Pattern NEGATIVE = PageCleaner.NEGATIVE;
  static final Pattern POSITIVE = PageCleaner.POSITIVE;
  private static final Set<String> TEXT_BLOCKS = Set.of("p", "pre", "td", "blockquote");
  private static final String PARAGRAPHS =
      "p, pre, td, blockquote, li, h2, h3, h4, div, section, span";

  /** How far up from the best-scored container the article may reach. */
  private static final int LEVELS = 6;

  /** Weight of a character of boilerplate (link lists) against one of prose. */
  private static final double BOILERPLATE_COST = 4;

  /** Weight of a character of other text (headings, dates, short lines) against one of prose. */
  private static final double OTHER_COST = 0.5;

  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private final Map<Element, int[]> textAndLinks = new IdentityHashMap<>();

  String extract(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    PageCleaner.clean(body);
    measure(body);
    Element top = best(body);
    if (top == null) {
      return Blocks.render(List.of(body));
    }
    ProseMap prose = new ProseMap(body);
    ProseMap.Widened widened = prose.widest(top, LEVELS, BOILERPLATE_COST, OTHER_COST);
    Element wide = widened.container();
    widened.dropped().forEach(Node::remove);
    Element core = top;
    if (wide != top) {
      scores.put(wide, Math.max(scores.getOrDefault(wide, 0.0), scores.get(top)));
      top = wide;
    }
    List<Element> roots = withSiblings(top);
    roots.forEach(r -> pruneAround(r, core));
    return Blocks.render(roots);
  }

  /**
   * Removes, around the core of the article, the furniture that the cleaner kept for its prose
   * (related stories with their teasers, author boxes): elements named as furniture that neither
   * hold nor sit inside the core.
   */
  private static void pruneAround(Element root, Element core) {
    Set<Element> holdsCore = Collections.newSetFromMap(new IdentityHashMap<>());
    holdsCore.addAll(core.parents());
    List<Element> doomed = new ArrayList<>();
    root.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node == core || !(node instanceof Element e)) {
              return node == core ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
            String names = e.className() + " " + e.id();
            if (e != root
                && !holdsCore.contains(e)
                && !names.isBlank()
                && PageCleaner.NEGATIVE.matcher(names).find()) {
              doomed.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        });
    doomed.forEach(Node::remove);
  }

  private Element best(Element body) {
    Elements candidates = body.select(PARAGRAPHS);
    for (Element p : candidates) {
      if (!TEXT_BLOCKS.contains(p.normalName()) && !hasOwnProse(p)) {
        continue;
      }
      String text = ownishText(p);
      if (text.length() < 25) {
        continue;
      }
      double s = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      Element parent = p.parent();
      for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
        scores.merge(parent, s / (level == 0 ? 1 : level == 1 ? 2 : level * 3), Double::sum);
      }
    }
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = (e.getValue() + classWeight(e.getKey())) * (1 - linkDensity(e.getKey()));
      e.setValue(s);
      if (s > topScore) {
        topScore = s;
        top = e.getKey();
      }
    }
    return top;
  }

  private List<Element> withSiblings(Element top) {
    double threshold = Math.max(10, scores.get(top) * 0.2);
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      Double s = scores.get(sibling);
      int[] c = textAndLinks.get(sibling);
      boolean prose =
          sibling.tagName().equals("p") && c != null && c[0] > 80 && linkDensity(sibling) < 0.25;
      if (s != null && s >= threshold || prose) {
        out.add(sibling);
      }
    }
    return out;
  }

  private static double classWeight(Element e) {
    String names = e.className() + " " + e.id();
    double w = 0;
    if (POSITIVE.matcher(names).find()) {
      w += 25;
    }
    if (NEGATIVE.matcher(names).find()) {
      w -= 25;
    }
    if (e.tagName().equals("article")
        || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
      w += 30;
    }
    return w;
  }

  /** Characters of text, and of link text, under every element: one pass over the text nodes. */
  private void measure(Element body) {
    body.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t) {
            add(t);
          }
        });
  }

  private void add(TextNode t) {
    int n = t.text().strip().length();
    if (n == 0) {
      return;
    }
    boolean link = false;
    for (Node a = t.parent(); a != null; a = a.parent()) {
      if (a instanceof Element e) {
        link |= e.normalName().equals("a");
        int[] c = textAndLinks.computeIfAbsent(e, k -> new int[2]);
        c[0] += n;
        c[1] += link ? n : 0;
      }
    }
  }

  private double linkDensity(Element e) {
    int[] c = textAndLinks.get(e);
    return c == null || c[0] == 0 ? 0 : Math.min(1, (double) c[1] / c[0]);
  }

  private static boolean hasOwnProse(Element e) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t && t.text().strip().length() >= 25) {
        return true;
      }
    }
    return false;
  }

  private static int commas(String text) {
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }

  private static String ownishText(Element p) {
    return TEXT_BLOCKS.contains(p.normalName()) ? p.text() : p.ownText();
  }
}
