package dev.storyline.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
final class JsonFeedParser {
  private final ObjectMapper json;
  private final int maxEntries;

  JsonFeedParser(ObjectMapper json, int maxEntries) {
    this.json = json;
    this.maxEntries = maxEntries;
  }

  ParsedFeed parse(String text, String baseUrl) throws FeedParseException {
    JsonNode root;
    try {
      root = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new FeedParseException("the document is not valid JSON: " + e.getOriginalMessage(), e);
    }
    String version = str(root, "version");
    if (version == null || !version.startsWith("https://jsonfeed.org/version/")) {
      throw new FeedParseException(
          "the JSON document is not a JSON Feed (no jsonfeed.org version)");
    }
    String format = "json_" + version.substring("https://jsonfeed.org/version/".length());
    JsonNode items = root.get("items");
    if (items == null || !items.isArray()) {
      throw new FeedParseException("the JSON Feed has no \"items\" array");
    }
    String home = Links.absolute(baseUrl, str(root, "home_page_url"));
    List<FeedEntry> entries = new ArrayList<>();
    for (int i = 0; i < items.size() && entries.size() < maxEntries; i++) {
      entries.add(entry(items.get(i), baseUrl, root));
    }
    List<String> warnings =
        items.size() > maxEntries
            ? List.of(
                "the feed holds "
                    + items.size()
                    + " entries; only the first "
                    + maxEntries
                    + " were read")
            : List.of();
    return new ParsedFeed(format, str(root, "title"), home, entries, items.size(), warnings);
  }

  private static FeedEntry entry(JsonNode item, String base, JsonNode feed) {
    String link = Links.absolute(base, str(item, "url"));
    if (link == null) {
      link = Links.absolute(base, str(item, "external_url"));
    }
    String id = str(item, "id");
    String content = str(item, "content_html");
    if (content == null && str(item, "content_text") != null) {
      content =
          "<p>" + escape(str(item, "content_text")).replaceAll("\\n\\s*\\n", "</p><p>") + "</p>";
    }
    List<String> authors = authors(item);
    if (authors.isEmpty()) {
      authors = authors(feed);
    }
    return new FeedEntry(
        id == null || id.isBlank() ? link : id,
        link,
        Links.plain(str(item, "title")),
        FeedDates.parse(str(item, "date_published")),
        FeedDates.parse(str(item, "date_modified")),
        authors,
        content,
        str(item, "summary"));
  }

  private static List<String> authors(JsonNode node) {
    List<String> out = new ArrayList<>();
    JsonNode many = node.get("authors");
    if (many != null && many.isArray()) {
      many.forEach(a -> addName(a, out));
    }
    addName(node.get("author"), out);
    return out;
  }

  private static void addName(JsonNode a, List<String> out) {
    String name = a == null ? null : str(a, "name");
    if (name != null && !name.isBlank() && !out.contains(name.strip())) {
      out.add(name.strip());
    }
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || !v.isValueNode() ? null : v.asText();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
