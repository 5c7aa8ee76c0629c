package dev.storyline.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Rewrites a feed document into the forms Rome reads, for liberties real feeds take that Rome does
 * not understand: Atom under a pre-standard or missing namespace, base64-encoded Atom text, escaped
 * HTML wrapped in a {@code div}, and RSS items whose title, description, author, date or full
 * content sit in other elements (Dublin Core, DC terms, iTunes, Media RSS, {@code body}, {@code
 * fullitem}) or in oddly capitalised core elements. Elements Rome already reads win: a replacement
 * is only added where the core element is missing.
 */
final class FeedNormalizer {
  static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");
  static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
  private static final Namespace CONTENT =
      Namespace.getNamespace("content", "http://purl.org/rss/1.0/modules/content/");
  private static final Namespace DC =
      Namespace.getNamespace("dc", "http://purl.org/dc/elements/1.1/");
  private static final String DCTERMS = "http://purl.org/dc/terms/";
  private static final Set<String> ATOM_TEXT =
      Set.of("title", "subtitle", "tagline", "summary", "content", "rights", "copyright", "info");

  private FeedNormalizer() {}

  static Document normalize(Document doc) {
    Element root = doc.getRootElement();
    String name = root.getName().toLowerCase(Locale.ROOT);
    if (name.equals("feed")) {
      atom(root);
    } else if (name.equals("rss") || name.equals("rdf")) {
      if (name.equals("rss")
          && children(root, "channel").isEmpty()
          && !children(root, "item").isEmpty()) {
        wrapInChannel(root);
      }
      for (Element channel : children(root, "channel")) {
        rssElement(channel);
        children(channel, "item").forEach(FeedNormalizer::rssElement);
      }
      children(root, "item").forEach(FeedNormalizer::rssElement);
    }
    return doc;
  }

  // ---- Atom ----

  private static void atom(Element root) {
    Namespace ns = root.getNamespace();
    if (!ns.equals(ATOM_03) && !ns.equals(ATOM_10)) {
      Namespace atom = "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10;
      moveNamespace(root, ns.getURI(), atom);
    }
    atomText(root);
  }

  /** Puts the elements of a stand-in namespace (pre-standard Atom, or none) into Atom's. */
  private static void moveNamespace(Element e, String from, Namespace to) {
    if (e.getNamespaceURI().equals(from)) {
      e.setNamespace(to);
      for (Namespace extra : new ArrayList<>(e.getAdditionalNamespaces())) {
        if (extra.getURI().equals(from) && extra.getPrefix().isEmpty()) {
          e.removeNamespaceDeclaration(extra);
        }
      }
    }
    for (Element c : e.getChildren()) {
      if (!isXhtml(c)) {
        moveNamespace(c, from, to);
      }
    }
  }

  /** Base64 text is decoded; escaped HTML wrapped in markup keeps only its text. */
  private static void atomText(Element e) {
    for (Element c : e.getChildren()) {
      if (!ATOM_TEXT.contains(c.getName()) || isXhtml(c)) {
        atomText(c);
        continue;
      }
      if (isBase64(c)) {
        decodeBase64(c);
      } else if (isHtml(c) && !c.getChildren().isEmpty()) {
        c.setText(c.getValue());
      }
    }
  }

  private static boolean isBase64(Element c) {
    if ("base64".equalsIgnoreCase(c.getAttributeValue("mode"))) {
      return true;
    }
    String type = c.getAttributeValue("type");
    if (type == null || !c.getNamespace().equals(ATOM_10)) {
      return false;
    }
    String t = type.strip().toLowerCase(Locale.ROOT);
    return t.contains("/") && !t.startsWith("text/") && !t.endsWith("+xml") && !t.endsWith("/xml");
  }

  private static void decodeBase64(Element c) {
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(c.getTextTrim());
      c.setText(new String(bytes, StandardCharsets.UTF_8));
      c.removeAttribute("mode");
      if (c.getNamespace().equals(ATOM_03)) {
        c.setAttribute("mode", "escaped");
        c.setAttribute("type", "text/html");
      } else {
        c.setAttribute("type", "html");
      }
    } catch (IllegalArgumentException notBase64) {
      // leave the text as published
    }
  }

  private static boolean isHtml(Element c) {
    String type = String.valueOf(c.getAttributeValue("type")).toLowerCase(Locale.ROOT);
    return type.equals("html")
        || type.equals("text/html")
        || "escaped".equals(c.getAttributeValue("mode"));
  }

  private static boolean isXhtml(Element e) {
    return e.getNamespaceURI().equals("http://www.w3.org/1999/xhtml");
  }

  // ---- RSS ----

  /** RSS with items but without a {@code channel} element: its children move into one. */
  private static void wrapInChannel(Element rss) {
    Element channel = new Element("channel", rss.getNamespace());
    for (Content c : new ArrayList<>(rss.getContent())) {
      channel.addContent(c.detach());
    }
    rss.addContent(channel);
  }

  /** A channel or item: core element names in lower case, and stand-ins for missing ones. */
  private static void rssElement(Element e) {
    for (Element c : e.getChildren()) {
      if (c.getNamespaceURI().isEmpty()
          && !c.getName().equals(c.getName().toLowerCase(Locale.ROOT))
          && !c.getName().equals("pubDate")
          && !c.getName().equals("lastBuildDate")) {
        c.setName(c.getName().toLowerCase(Locale.ROOT));
      }
    }
    addMissing(
        e,
        "title",
        other(e, DC.getURI(), "title"),
        other(e, "http://search.yahoo.com/mrss/", "title"));
    addMissing(e, "description", other(e, DC.getURI(), "description"), itunes(e, "summary"));
    if (e.getChild("author", e.getNamespace()) == null && e.getChild("creator", DC) == null) {
      addMissing(e, "author", other(e, DC.getURI(), "author"), itunes(e, "author"));
    }
    if (e.getChild("pubDate", e.getNamespace()) == null && e.getChild("date", DC) == null) {
      String date =
          firstNonNull(
              other(e, DCTERMS, "issued"),
              other(e, DCTERMS, "created"),
              other(e, DCTERMS, "modified"));
      if (date != null) {
        e.addContent(new Element("date", DC).setText(date));
      }
    }
    if (e.getName().equals("item") && e.getChild("encoded", CONTENT) == null) {
      String full = fullContent(e);
      if (full != null) {
        e.addContent(new Element("encoded", CONTENT).setText(full));
      }
    }
  }

  /** The HTML of an item's {@code body} (XHTML or plain) or {@code fullitem} element. */
  private static String fullContent(Element item) {
    for (Element c : item.getChildren()) {
      if (c.getName().equals("body") && (c.getNamespaceURI().isEmpty() || isXhtml(c))) {
        return innerXml(c);
      }
      if (c.getName().equals("fullitem") && c.getNamespaceURI().isEmpty()) {
        return c.getText();
      }
    }
    return null;
  }

  private static String innerXml(Element e) {
    XMLOutputter out = new XMLOutputter(Format.getRawFormat().setOmitDeclaration(true));
    List<Content> inner = new ArrayList<>();
    for (Content c : e.getContent()) {
      Content copy = c.clone();
      if (copy instanceof Element el) {
        stripNamespace(el);
      }
      inner.add(copy);
    }
    return out.outputString(inner).strip();
  }

  private static void stripNamespace(Element e) {
    e.setNamespace(Namespace.NO_NAMESPACE);
    for (Namespace extra : new ArrayList<>(e.getAdditionalNamespaces())) {
      e.removeNamespaceDeclaration(extra);
    }
    e.getChildren().forEach(FeedNormalizer::stripNamespace);
  }

  private static void addMissing(Element e, String name, String... candidates) {
    if (e.getChild(name, e.getNamespace()) != null) {
      return;
    }
    String value = firstNonNull(candidates);
    if (value != null) {
      e.addContent(new Element(name, e.getNamespace()).setText(value));
    }
  }

  private static String other(Element e, String namespaceUri, String name) {
    for (Element c : e.getChildren()) {
      if (c.getName().equals(name)
          && c.getNamespaceURI().equals(namespaceUri)
          && !c.getText().isBlank()) {
        return c.getText();
      }
    }
    return null;
  }

  private static String itunes(Element e, String name) {
    for (Element c : e.getChildren()) {
      if (c.getName().equals(name)
          && c.getNamespaceURI().toLowerCase(Locale.ROOT).contains("itunes.com/dtds")
          && !c.getText().isBlank()) {
        return c.getText();
      }
    }
    return null;
  }

  private static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    for (Element c : e.getChildren()) {
      if (c.getName().equalsIgnoreCase(name)) {
        out.add(c);
      }
    }
    return out;
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
