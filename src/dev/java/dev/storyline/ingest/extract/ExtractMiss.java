package dev.storyline.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.app.Stages;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Dev tool: where the gold paragraphs that the extractor misses sit in the page, one tab-separated
 * line per missed paragraph (6+ words, under 30% of its word trigrams in our text): page id, words,
 * kind and the element. Kinds: {@code CLEANED} (removed by {@link PageCleaner}, with the removed
 * element), {@code WRONG} (the page's recall is under 0.25: another container was taken), {@code
 * LINKY} (half or more of the element's text is link text), {@code OUTSIDE} (kept by the cleaner,
 * outside the article's container), {@code NOTFOUND}. Arguments: SET_DIR [SPLIT].
 */
public final class ExtractMiss {
  private ExtractMiss() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    JsonNode gt = Stages.json().readTree(dir.resolve("ground-truth.json").toFile());
    Set<String> split = null;
    if (args.length > 1) {
      split = new HashSet<>();
      for (JsonNode id : Stages.json().readTree(dir.resolve("split.json").toFile()).get(args[1])) {
        split.add(id.asText());
      }
    }
    ArticleExtractor ex = new ArticleExtractor(Stages.json());
    for (Iterator<String> it = gt.fieldNames(); it.hasNext(); ) {
      String id = it.next();
      Path file = dir.resolve("html/" + id + ".html.gz");
      if (split != null && !split.contains(id) || !Files.exists(file)) {
        continue;
      }
      String html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      report(id, html, gt.path(id).path("articleBody").asText(""), ex);
    }
  }

  private static void report(String id, String html, String gold, ArticleExtractor ex) {
    Set<String> ours = trigrams(words(ex.extract(html, null).text()));
    List<String> missed = new ArrayList<>();
    for (String para : gold.split("\n")) {
      List<String> w = words(para);
      Set<String> t = trigrams(w);
      if (w.size() >= 6 && t.stream().filter(ours::contains).count() < 0.3 * t.size()) {
        missed.add(para);
      }
    }
    if (missed.isEmpty()) {
      return;
    }
    Set<String> all = trigrams(words(gold));
    double recall = (double) all.stream().filter(ours::contains).count() / all.size();
    Document doc = Jsoup.parse(html);
    int n = 0;
    for (Element e : doc.getAllElements()) {
      e.attr("data-miss", String.valueOf(n++));
    }
    Document cleaned = doc.clone();
    PageCleaner.clean(cleaned.body());
    Set<String> alive = new HashSet<>();
    cleaned.getAllElements().forEach(e -> alive.add(e.attr("data-miss")));
    List<Element> elements = doc.body().getAllElements();
    Map<Element, String> text = new IdentityHashMap<>();
    elements.forEach(e -> text.put(e, " " + String.join(" ", words(e.text())) + " "));
    for (String para : missed) {
      List<String> w = words(para);
      String key = " " + String.join(" ", w.subList(0, 6)) + " ";
      Element found = null;
      for (Element e : elements) {
        if (text.get(e).contains(key)) {
          found = e; // the last in document order holding it is the deepest
        }
      }
      String where = found == null ? "NOTFOUND" : where(found, alive, recall);
      System.out.println(id + "\t" + w.size() + "\t" + where + "\t" + para);
    }
  }

  private static String where(Element found, Set<String> alive, double recall) {
    Element removed = null;
    for (Element a = found; a != null; a = a.parent()) {
      if (!alive.contains(a.attr("data-miss"))) {
        removed = a;
      }
    }
    if (removed != null) {
      return "CLEANED " + name(removed) + " <- " + path(found);
    }
    int links = 0;
    for (Element a : found.select("a")) {
      links += a.text().length();
    }
    boolean linky = links >= 0.5 * Math.max(1, found.text().length());
    return (recall < 0.25 ? "WRONG " : linky ? "LINKY " : "OUTSIDE ") + path(found);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static Set<String> trigrams(List<String> w) {
    Set<String> s = new HashSet<>();
    for (int i = 0; i + 3 <= w.size(); i++) {
      s.add(w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2));
    }
    return s;
  }

  private static String name(Element e) {
    return e.normalName()
        + (e.id().isEmpty() ? "" : "#" + e.id())
        + (e.className().isEmpty() ? "" : "." + e.className().replace(' ', '.'));
  }

  private static String path(Element e) {
    StringBuilder b = new StringBuilder();
    Element a = e;
    for (int i = 0; a != null && i < 4; a = a.parent(), i++) {
      b.insert(0, "/" + name(a));
    }
    return b.toString();
  }
}
