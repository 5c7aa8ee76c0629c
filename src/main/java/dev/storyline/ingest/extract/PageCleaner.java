package dev.storyline.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes page furniture before the main text is scored: code and embeds, hidden elements,
 * navigation, and elements whose class or id names furniture ("share", "related", "sidebar"…)
 * unless they hold real prose (a container named "has-sidebar" may hold the article). Comment
 * threads go whatever prose they hold, unless they hold the article's headline or body markup.
 */
final class PageCleaner {
  private static final String REMOVE =
      "script, style, noscript, template, svg, iframe, object, embed, nav, footer, button, input,"
          + " select, textarea, label, form[role=search], dialog, [hidden], [aria-hidden=true],"
          + " [role=navigation], [role=contentinfo], menu, figure";
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile(
          "(display\\s*:\\s*none|visibility\\s*:\\s*hidden)(?![-\\w])", Pattern.CASE_INSENSITIVE);
  static final Pattern NEGATIVE =
      Pattern.compile(
          "comment|share|sharing|social|related|recommend|promo|newsletter|subscri|sidebar|widget|footer|"
              + "(^|[-_ ])nav|menu|breadcrumb|cookie|popup|modal|banner|advert|(^|[-_ ])ads?([-_ ]|$)|sponsor|"
              + "outbrain|taboola|signup|sign-up|paywall|toolbar|masthead|skip|hidden|tags|byline|author-?info|"
              + "caption|credit|print|rating|read-?more|more-stories|trending|popular|disqus",
          Pattern.CASE_INSENSITIVE);
  static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|main|post|text|story|prose|blog", Pattern.CASE_INSENSITIVE);

  /** Readers' comment threads: removed even when they are long prose. */
  private static final Pattern COMMENTS =
      Pattern.compile(
          "comment|disqus|(^|[-_ ])(respond|replies|talkback|discussion)([-_ ]|$)",
          Pattern.CASE_INSENSITIVE);

  private static final java.util.Set<String> PARAGRAPH_OR_LINK =
      java.util.Set.of("p", "li", "dd", "blockquote", "pre", "a");

  /** Text nodes at least this long count as a paragraph of prose. */
  private static final int PROSE_CHARS = 120;

  private PageCleaner() {}

  static void clean(Element body) {
    body.select(REMOVE).remove();
    removeHidden(body);
    Map<Element, Integer> prose = proseCounts(body);
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body || e.normalName().equals("article") || e.normalName().equals("main")) {
        continue;
      }
      if (doomed(e, prose.getOrDefault(e, 0))) {
        doomed.add(e);
      }
    }
    doomed.forEach(Node::remove);
  }

  private static boolean doomed(Element e, int prose) {
    String names = e.className() + " " + e.id();
    boolean aside = e.normalName().equals("aside") || e.attr("role").equals("complementary");
    if (names.isBlank()) {
      return aside && prose < 3;
    }
    if (COMMENTS.matcher(names).find() && !holdsArticle(e)) {
      return true;
    }
    boolean positive = POSITIVE.matcher(names).find();
    return (aside || NEGATIVE.matcher(names).find()) && !positive && prose < 3;
  }

  /** Whether an element holds the article's headline or marked-up body. */
  private static boolean holdsArticle(Element e) {
    return !e.getElementsByTag("h1").isEmpty()
        || !e.select("article, [itemprop=articleBody]").isEmpty();
  }

  private static void removeHidden(Element body) {
    List<Element> hidden = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String style = e.attr("style");
      if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
        hidden.add(e);
      }
    }
    hidden.forEach(Node::remove);
  }

  /**
   * How many paragraphs of prose each element holds (paragraphs of {@value #PROSE_CHARS} characters
   * or more, and as long runs of text outside paragraphs and links): a container with three or more
   * is kept whatever its class says.
   */
  private static Map<Element, Integer> proseCounts(Element body) {
    Map<Element, Integer> counts = new IdentityHashMap<>();
    for (Element p : body.select("p, li, dd, blockquote, pre")) {
      if (p.text().length() >= PROSE_CHARS) {
        credit(p.parent(), counts);
      }
    }
    body.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t
              && t.text().length() >= PROSE_CHARS
              && t.text().strip().length() >= PROSE_CHARS
              && outsideParagraphsAndLinks(t)) {
            credit(t.parent(), counts);
          }
        });
    return counts;
  }

  private static void credit(Element from, Map<Element, Integer> counts) {
    for (Element a = from; a != null; a = a.parent()) {
      counts.merge(a, 1, Integer::sum);
    }
  }

  private static boolean outsideParagraphsAndLinks(Node n) {
    for (Node a = n.parent(); a != null; a = a.parent()) {
      if (a instanceof Element e && PARAGRAPH_OR_LINK.contains(e.normalName())) {
        return false;
      }
    }
    return true;
  }
}
