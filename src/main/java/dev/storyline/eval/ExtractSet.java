package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * A main-text extraction set in the article-extraction-benchmark layout: {@code
 * html/<id>.html[.gz]}, optional {@code ground-truth.json} ({@code id -> {articleBody, url}}),
 * optional {@code split.json} ({@code {"train": [ids], "test": [ids]}}) and optional system outputs
 * {@code output/<system>.json[.gz]}.
 *
 * @param name the folder's name
 * @param dir the folder
 * @param ids the pages to use, sorted (those of the split when one was named)
 * @param truth gold main text per id; empty when the folder has no ground truth
 * @param urls the page's address per id, where the ground truth gives one
 */
record ExtractSet(
    String name, Path dir, List<String> ids, Map<String, String> truth, Map<String, String> urls) {

  /**
   * Reads a set.
   *
   * @param split a key of {@code split.json}, or {@code null} for every page
   * @throws IllegalArgumentException when the folder has no {@code html/}, or the split is unknown
   */
  static ExtractSet load(Path dir, String split, ObjectMapper json) throws IOException {
    Path html = dir.resolve("html");
    if (!Files.isDirectory(html)) {
      throw new IllegalArgumentException("no html/ folder in the input: " + dir);
    }
    Map<String, String> truth = new TreeMap<>();
    Map<String, String> urls = new TreeMap<>();
    Path gt = dir.resolve("ground-truth.json");
    if (Files.isReadable(gt)) {
      json.readTree(gt.toFile())
          .fields()
          .forEachRemaining(
              e -> {
                truth.put(e.getKey(), e.getValue().path("articleBody").asText(""));
                String url = e.getValue().path("url").asText("");
                if (!url.isBlank()) {
                  urls.put(e.getKey(), url);
                }
              });
    }
    List<String> ids = new ArrayList<>(pageFiles(html).keySet());
    if (split != null) {
      Set<String> wanted = splitIds(dir.resolve("split.json"), split, json);
      ids.removeIf(id -> !wanted.contains(id));
    }
    return new ExtractSet(dir.getFileName().toString(), dir, List.copyOf(ids), truth, urls);
  }

  private static Set<String> splitIds(Path file, String split, ObjectMapper json)
      throws IOException {
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("--split needs " + file + ", which is absent");
    }
    JsonNode root = json.readTree(file.toFile());
    if (!root.path(split).isArray()) {
      List<String> names = new ArrayList<>();
      root.fieldNames().forEachRemaining(names::add);
      throw new IllegalArgumentException(
          "no split \"" + split + "\" in " + file + " (it has " + names + ")");
    }
    Set<String> ids = new HashSet<>();
    root.get(split).forEach(id -> ids.add(id.asText()));
    return ids;
  }

  /** The page HTML of every id, decoded as UTF-8, in id order. */
  Map<String, String> pages() throws IOException {
    Map<String, Path> files = pageFiles(dir.resolve("html"));
    Map<String, String> pages = new LinkedHashMap<>();
    for (String id : ids) {
      try (InputStream in = open(files.get(id))) {
        pages.put(id, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return pages;
  }

  boolean hasTruth() {
    return !truth.isEmpty();
  }

  /** The file of a system's published output ({@code output/<system>.json[.gz]}), or null. */
  Path output(String system) {
    for (String name : List.of(system + ".json.gz", system + ".json")) {
      Path f = dir.resolve("output").resolve(name);
      if (Files.isReadable(f)) {
        return f;
      }
    }
    return null;
  }

  /**
   * The main text per id of a system's output file: a plain {@code id -> {articleBody}} map or the
   * wrapped {@code {"version", "output": {...}}} form.
   */
  static Map<String, String> readOutput(Path file, ObjectMapper json) throws IOException {
    JsonNode pred;
    try (InputStream in = open(file)) {
      pred = json.readTree(in);
    }
    JsonNode output =
        pred.has("output") && pred.get("output").isObject() ? pred.get("output") : pred;
    Map<String, String> out = new TreeMap<>();
    output
        .fields()
        .forEachRemaining(e -> out.put(e.getKey(), e.getValue().path("articleBody").asText("")));
    return out;
  }

  private static Map<String, Path> pageFiles(Path html) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    try (var list = Files.list(html)) {
      list.forEach(
          f -> {
            String name = f.getFileName().toString();
            if (name.endsWith(".html.gz") || name.endsWith(".html")) {
              files.put(name.replaceFirst("\\.html(\\.gz)?$", ""), f);
            }
          });
    }
    return files;
  }

  static InputStream open(Path f) throws IOException {
    InputStream in = Files.newInputStream(f);
    return f.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
  }
}
