package dev.storyline.ingest.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** OPML 1.0/2.0 source lists: reading every outline with a feed address, and writing one. */
public final class Opml {

  /**
   * One feed of a list.
   *
   * @param title its title ("" when none)
   * @param feedUrl the feed address
   * @param siteUrl the site address, or {@code null}
   */
  public record Outline(String title, String feedUrl, String siteUrl) {}

  private Opml() {}

  /** Every outline with an {@code xmlUrl}, at any depth, first occurrence of each address. */
  public static List<Outline> read(String text) throws FeedParseException {
    String xml = XmlPrep.prepare(text);
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    if (doc.selectFirst("opml") == null) {
      throw new FeedParseException("the document is not OPML (no <opml> root)");
    }
    List<Outline> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Element o : doc.select("outline")) {
      String url = attr(o, "xmlUrl");
      if (!url.isBlank() && seen.add(url.strip())) {
        String title = attr(o, "title").isBlank() ? attr(o, "text") : attr(o, "title");
        String site = attr(o, "htmlUrl");
        out.add(new Outline(title.strip(), url.strip(), site.isBlank() ? null : site.strip()));
      }
    }
    return out;
  }

  /** An OPML 2.0 document listing {@code outlines}. */
  public static String write(String title, List<Outline> outlines) {
    StringBuilder sb =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
            .append("  <head><title>")
            .append(escape(title))
            .append("</title></head>\n  <body>\n");
    for (Outline o : outlines) {
      sb.append("    <outline type=\"rss\" text=\"")
          .append(escape(o.title()))
          .append("\" title=\"")
          .append(escape(o.title()))
          .append("\" xmlUrl=\"")
          .append(escape(o.feedUrl()))
          .append('"');
      if (o.siteUrl() != null) {
        sb.append(" htmlUrl=\"").append(escape(o.siteUrl())).append('"');
      }
      sb.append("/>\n");
    }
    return sb.append("  </body>\n</opml>\n").toString();
  }

  private static String attr(Element e, String name) {
    for (org.jsoup.nodes.Attribute a : e.attributes()) {
      if (a.getKey().equalsIgnoreCase(name)) {
        return a.getValue();
      }
    }
    return "";
  }

  private static String escape(String s) {
    return s == null
        ? ""
        : s.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
  }
}
