package dev.storyline.ingest.extract;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Dev tool: prints the outline of a page (blocks with text length) to read extraction failures. */
public final class ExtractDebug {
  private ExtractDebug() {}

  public static void main(String[] args) throws Exception {
    Path f = Path.of(args[0]);
    String html;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Document doc = Jsoup.parse(html);
    int min = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    outline(doc.body(), 0, min);
  }

  private static void outline(Element e, int depth, int min) {
    int len = e.text().length();
    if (len < min) {
      return;
    }
    String own = e.ownText();
    System.out.printf(
        "%s<%s%s%s> %d %s%n",
        "  ".repeat(depth),
        e.tagName(),
        e.id().isEmpty() ? "" : " #" + e.id(),
        e.className().isEmpty() ? "" : " ." + e.className().replace(' ', '.'),
        len,
        own.length() > 60 ? own.substring(0, 60) : own);
    for (Element c : e.children()) {
      outline(c, depth + 1, min);
    }
  }
}
