package dev.storyline.ingest.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares feed text for a strict XML parser and refuses dangerous or wrong documents before any
 * parser sees them: a DTD that declares entities (external entities, billion laughs, quadratic
 * blow-up) is refused outright; a plain DOCTYPE line is removed (Rome forbids DTDs, and old RSS
 * 0.91 feeds carry one); characters XML forbids (NUL, other C0 controls) are removed; leading junk
 * before the XML declaration is dropped; an HTML page is recognised and named as such.
 */
final class XmlPrep {
  private static final Pattern INVALID_XML_CHARS =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
  private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z_][A-Za-z0-9_:.-]*)");
  private static final Pattern FEED_LINK =
      Pattern.compile(
          "<link[^>]+type\\s*=\\s*[\"']application/(?:rss|atom)\\+xml[\"'][^>]*>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HREF =
      Pattern.compile("href\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);

  private XmlPrep() {}

  static String prepare(String text) throws FeedParseException {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int decl = s.indexOf("<?xml");
    if (decl > 0 && s.substring(0, decl).isBlank()) {
      s = s.substring(decl);
    } else if (decl < 0) {
      s = s.stripLeading();
    }
    s = INVALID_XML_CHARS.matcher(s).replaceAll("");
    s = removeDoctype(s);
    refuseHtml(s);
    return s;
  }

  private static String removeDoctype(String s) throws FeedParseException {
    int start = prologDoctype(s);
    if (start < 0) {
      return s; // none in the prolog: "<!DOCTYPE" in a comment or inside an element is not one
    }
    int bracket = s.indexOf('[', start);
    int close = s.indexOf('>', start);
    if (close < 0) {
      throw new FeedParseException("the document ends inside its DOCTYPE declaration");
    }
    if (bracket >= 0 && bracket < close) {
      int end = s.indexOf("]>", bracket);
      if (s.substring(bracket, end < 0 ? s.length() : end).contains("<!ENTITY")) {
        throw new FeedParseException(
            "the feed declares XML entities in a DTD; refused to guard against"
                + " XML entity attacks (external entities, billion laughs, quadratic expansion)");
      }
      close = end < 0 ? s.length() - 2 : end + 1;
    }
    return s.substring(0, start) + s.substring(close + 1);
  }

  /** Where the DOCTYPE declaration before the root element starts, or -1 when there is none. */
  private static int prologDoctype(String s) {
    int limit = Math.min(s.length(), 64 * 1024);
    int i = s.indexOf('<');
    while (i >= 0 && i + 1 < limit) {
      if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        return i;
      }
      char next = s.charAt(i + 1);
      if (next != '!' && next != '?') {
        return -1; // the root element
      }
      String close = s.startsWith("<!--", i) ? "-->" : next == '?' ? "?>" : ">";
      int end = s.indexOf(close, i + 2);
      i = end < 0 ? -1 : s.indexOf('<', end);
    }
    return -1;
  }

  private static void refuseHtml(String s) throws FeedParseException {
    String head =
        s.substring(0, Math.min(s.length(), 64 * 1024))
            .replaceAll("(?s)<!--.*?-->|<\\?.*?\\?>", "");
    Matcher m = FIRST_ELEMENT.matcher(head);
    if (m.find() && m.group(1).equalsIgnoreCase("html")) {
      throw htmlError(s);
    }
  }

  private static FeedParseException htmlError(String s) {
    String hint = "";
    Matcher link = FEED_LINK.matcher(s.substring(0, Math.min(s.length(), 256 * 1024)));
    if (link.find()) {
      Matcher href = HREF.matcher(link.group());
      if (href.find()) {
        hint = "; the page names a feed at " + href.group(1);
      }
    }
    return new FeedParseException("this address serves an HTML page, not a feed" + hint);
  }
}
