package dev.storyline.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Cuts a readers' comment thread that a page gives no class or id to: a heading that names the
 * comments ("Comments", "12 Responses to “…”", "Leave a Reply", "Kommentare") ends the article, so
 * it goes with everything after it in its container. Blog engines print the thread as plain
 * paragraphs right after the post, in the post's own container (a TypePad page of Dragnet's set
 * kept 3,128 words of comments beside a 1,160-word post), where no class test can tell them from
 * it. A heading that comes before the article's first paragraphs of prose is left alone.
 */
final class CommentThreads {
  /**
   * A heading that names a comment thread: "Comments", a count of comments, responses or replies
   * ("2 comments", "12 Responses to “…”"), an invitation to write one, or the plural in another
   * language. A bare "Response" or "Comment" may head a section of the article (a page on an API's
   * Request and Response), so a singular needs a count.
   */
  private static final Pattern HEADING =
      Pattern.compile(
          "(?iu)(?:(?:\\d+\\s+)?(?:comments|kommentare|commentaires|comentarios|comentários|commenti"
              + "|reacties|komentarze|kommentarer)|\\d+\\s+(?:comments?|responses?|replies|reactions?))"
              + "(?:\\s*\\(\\d+\\))?(?:\\s+(?:to|on|zu|sur|a|em|para)\\s.*)?\\s*:?"
              + "|(?:leave|post|add|write)\\s+(?:a|your|new)\\s+(?:comment|reply|response)\\s*:?"
              + "|no comments\\s*:?|(?:readers?'?|your)\\s+comments\\s*:?");

  private static final java.util.Set<String> HEADINGS = java.util.Set.of("h2", "h3", "h4");

  /** Characters of paragraph text before the heading that show the article came first. */
  static final int ARTICLE_BEFORE = 500;

  private CommentThreads() {}

  /** Removes each comment heading after the article and what follows it in its container. */
  static void cut(Element body) {
    List<Element> headings = new ArrayList<>();
    int before = 0;
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      if (tag.equals("p")) {
        before += e.text().length();
      } else if (before >= ARTICLE_BEFORE
          && HEADINGS.contains(tag)
          && HEADING.matcher(e.text().strip()).matches()) {
        headings.add(e);
      }
    }
    for (Element h : headings) {
      if (h.root() != body.root()) {
        continue; // cut with an earlier heading's thread
      }
      Element from = h;
      while (from.parent() != null && from.parent() != body && from.parent().childrenSize() == 1) {
        from = from.parent(); // a heading in a wrapper of its own: the thread follows the wrapper
      }
      List<Element> gone = new ArrayList<>();
      for (Element s = from; s != null; s = s.nextElementSibling()) {
        gone.add(s);
      }
      gone.forEach(Element::remove);
    }
  }
}
