package dev.storyline.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Article facts from JSON-LD, then Open Graph / article:* meta, then plain meta and markup. */
final class Metadata {
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "blogposting",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "report",
          "scholarlyarticle",
          "techarticle",
          "liveblogposting",
          "webpage");

  String headline;
  String author;
  String published;
  String image;
  String canonical;
  String language;
  String description;
  String articleBody;

  private final java.util.Map<String, String> metas = new java.util.HashMap<>();

  static Metadata of(Document doc, ObjectMapper json) {
    Metadata m = new Metadata();
    for (Element e : doc.getElementsByTag("meta")) {
      String key =
          e.hasAttr("property")
              ? e.attr("property")
              : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
      if (!key.isEmpty()) {
        m.metas.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), e.attr("content"));
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      m.jsonLd(script.data(), json);
    }
    m.headline =
        first(m.headline, m.meta(doc, "og:title"), m.meta(doc, "twitter:title"), title(doc));
    m.author =
        first(m.author, m.meta(doc, "article:author"), m.meta(doc, "author"), m.meta(doc, "byl"));
    if (m.author == null) {
      m.author = text(doc, "[rel=author], [itemprop=author] [itemprop=name], .byline .author");
    }
    m.published =
        first(
            m.published,
            m.meta(doc, "article:published_time"),
            m.meta(doc, "datePublished"),
            m.meta(doc, "date"),
            m.meta(doc, "pubdate"),
            m.meta(doc, "dc.date"));
    if (m.published == null) {
      m.published = attr(doc, "time[datetime]", "datetime");
    }
    m.image = first(m.image, m.meta(doc, "og:image"), m.meta(doc, "twitter:image"));
    m.canonical =
        first(attr(doc, "link[rel=canonical]", "abs:href"), m.meta(doc, "og:url"), m.canonical);
    Element html = doc.getElementsByTag("html").first();
    m.language =
        first(
            html == null ? null : html.attr("lang"),
            m.language,
            m.meta(doc, "og:locale"),
            m.meta(doc, "language"));
    m.description = first(m.description, m.meta(doc, "og:description"), m.meta(doc, "description"));
    return m;
  }

  Instant publishedInstant() {
    if (published == null) {
      return null;
    }
    String t = published.strip();
    try {
      return OffsetDateTime.parse(t.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private void jsonLd(String data, ObjectMapper json) {
    try {
      JsonNode root = json.readTree(data.strip());
      List<JsonNode> nodes = new ArrayList<>();
      flatten(root, nodes, 0);
      for (JsonNode n : nodes) {
        if (isArticle(n)) {
          take(n);
        }
      }
    } catch (Exception e) {
      // broken JSON-LD is common; the other sources still apply
    }
  }

  private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 4) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> flatten(c, out, depth + 1));
    } else if (n.isObject()) {
      out.add(n);
      flatten(n.get("@graph"), out, depth + 1);
    }
  }

  private static boolean isArticle(JsonNode n) {
    JsonNode type = n.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type != null) {
      types.add(type.asText());
    }
    return types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.toLowerCase()));
  }

  private void take(JsonNode n) {
    boolean webPage = n.path("@type").asText().equalsIgnoreCase("WebPage");
    if (!webPage || headline == null) {
      headline = first(headline, str(n.get("headline")), str(n.get("name")));
    }
    author = first(author, name(n.get("author")));
    published = first(published, str(n.get("datePublished")), str(n.get("dateCreated")));
    image = first(image, url(n.get("image")));
    canonical = first(canonical, url(n.get("mainEntityOfPage")), str(n.get("url")));
    language = first(language, str(n.get("inLanguage")));
    description = first(description, str(n.get("description")));
    articleBody = first(articleBody, str(n.get("articleBody")));
  }

  private static String name(JsonNode a) {
    if (a == null) {
      return null;
    }
    if (a.isArray()) {
      List<String> names = new ArrayList<>();
      a.forEach(
          x -> {
            String s = name(x);
            if (s != null) {
              names.add(s);
            }
          });
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return a.isObject() ? str(a.get("name")) : str(a);
  }

  private static String url(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : url(n.get(0));
    }
    return n.isObject() ? first(str(n.get("url")), str(n.get("@id"))) : str(n);
  }

  private static String str(JsonNode n) {
    return n == null || !n.isValueNode() || n.asText().isBlank() ? null : n.asText().strip();
  }

  private String meta(Document doc, String key) {
    return metas.get(key.toLowerCase(java.util.Locale.ROOT));
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.attr(attr);
  }

  private static String text(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.text();
  }

  private static String title(Document doc) {
    Element h1 = doc.getElementsByTag("h1").first();
    return h1 != null && !h1.text().isBlank() ? h1.text() : doc.title();
  }

  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
