package dev.storyline.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeVisitor;

/**
 * Removes page furniture before the main text is scored: code and embeds, hidden elements,
 * navigation, and elements whose class or id names furniture ("share", "related", "sidebar"…)
 * unless they hold real prose (a container named "has-sidebar" may hold the article). Comment
 * threads go whatever prose they hold, unless they hold the article's headline or body markup, and
 * so does a thread after a heading that names it ({@link CommentThreads}).
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

  private static final Set<String> PARAGRAPH = Set.of("p", "li", "dd", "blockquote", "pre");

  /**
   * Inline elements: one paragraph of prose in one keeps it whatever its class says (a blog that
   * wraps its post in {@code <span class="byline-author">}); a byline or a share label is short. A
   * caption is not kept that way.
   */
  private static final Set<String> INLINE = Set.of("span", "b", "strong", "i", "em", "font");

  private static final Pattern CAPTION =
      Pattern.compile("caption|credit", Pattern.CASE_INSENSITIVE);

  /** Text nodes at least this long count as a paragraph of prose. */
  private static final int PROSE_CHARS = 120;

  private PageCleaner() {}

  static void clean(Element body) {
    body.select(REMOVE).remove();
    CommentThreads.cut(body);
    Set<Element> holdsArticle = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element marker : body.select("h1, article, [itemprop=articleBody]")) {
      holdsArticle.add(marker);
      holdsArticle.addAll(marker.parents());
    }
    Map<Element, Integer> prose = proseCounts(body);
    List<Element> doomed = new ArrayList<>();
    body.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e
                && e != body
                && doomed(e, prose.getOrDefault(e, 0), holdsArticle)) {
              doomed.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        });
    doomed.forEach(Node::remove);
  }

  private static boolean doomed(Element e, int prose, Set<Element> holdsArticle) {
    String style = e.attr("style");
    if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
      return true;
    }
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main")) {
      return false;
    }
    String names = e.className() + " " + e.id();
    boolean aside = tag.equals("aside") || e.attr("role").equals("complementary");
    if (names.isBlank()) {
      return aside && prose < 3;
    }
    if (COMMENTS.matcher(names).find() && !holdsArticle.contains(e)) {
      return true;
    }
    return (aside || NEGATIVE.matcher(names).find())
        && prose < (INLINE.contains(tag) && !CAPTION.matcher(names).find() ? 1 : 3)
        && !POSITIVE.matcher(names).find();
  }

  /**
   * How many paragraphs of prose each element holds (paragraphs of {@value #PROSE_CHARS} characters
   * or more, and as long runs of text outside paragraphs and links): a container with three or more
   * is kept whatever its class says. One pass over the page.
   */
  private static Map<Element, Integer> proseCounts(Element body) {
    Map<Element, Integer> counts = new IdentityHashMap<>();
    body.traverse(
        new NodeVisitor() {
          private final ArrayDeque<int[]> open = new ArrayDeque<>();
          private int links;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              int n = t.getWholeText().length();
              if (!open.isEmpty()) {
                open.peek()[0] += n;
              } else if (n >= PROSE_CHARS && links == 0 && t.text().length() >= PROSE_CHARS) {
                credit(t.parent(), counts);
              }
            } else if (node instanceof Element e) {
              if (PARAGRAPH.contains(e.normalName())) {
                open.push(new int[1]);
              } else if (e.normalName().equals("a")) {
                links++;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (PARAGRAPH.contains(e.normalName())) {
                int n = open.pop()[0];
                if (n >= PROSE_CHARS && e.text().length() >= PROSE_CHARS) {
                  credit(e.parent(), counts);
                }
              } else if (e.normalName().equals("a")) {
                links--;
              }
            }
          }
        });
    return counts;
  }

  private static void credit(Element from, Map<Element, Integer> counts) {
    for (Element a = from; a != null; a = a.parent()) {
      counts.merge(a, 1, Integer::sum);
    }
  }
}
