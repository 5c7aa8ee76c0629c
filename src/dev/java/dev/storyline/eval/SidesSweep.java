package dev.storyline.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.brief.ExtractiveBriefWriter;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Brief;
import dev.storyline.domain.StoryMaterial;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Developer tool (not a test): analyses a stream once (cached as gzip JSON at CACHE), then writes
 * each gold story's brief and prints the stances per camp and a random sample of SAMPLE stances.
 * Usage: SidesSweep STREAM CACHE [SAMPLE [SEED]].
 */
public final class SidesSweep {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = Stages.json();
    Path cache = Path.of(args[1]);
    List<AnalyzedArticle> analysed;
    if (Files.exists(cache)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(cache))) {
        analysed = json.readValue(in, new TypeReference<List<AnalyzedArticle>>() {});
      }
    } else {
      List<Article> stream = StreamFile.read(Path.of(args[0]), json);
      analysed = new ArrayList<>();
      try (MiniLmEmbedder embedder = Stages.embedder()) {
        ArticleAnalyzer analyzer = Stages.analyzer(embedder, true);
        for (int i = 0; i < stream.size(); i += 64) {
          analysed.addAll(analyzer.analyzeAll(stream.subList(i, Math.min(stream.size(), i + 64))));
        }
      }
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(cache))) {
        json.writeValue(out, analysed);
      }
    }
    Map<String, List<AnalyzedArticle>> stories = new LinkedHashMap<>();
    analysed.forEach(
        a -> stories.computeIfAbsent(StreamFile.gold(a.article()), k -> new ArrayList<>()).add(a));
    Map<String, Integer> camps = new TreeMap<>();
    List<String> rows = new ArrayList<>();
    ExtractiveBriefWriter writer = new ExtractiveBriefWriter();
    long t0 = System.nanoTime();
    for (Map.Entry<String, List<AnalyzedArticle>> e : stories.entrySet()) {
      List<AnalyzedArticle> members = new ArrayList<>(e.getValue());
      members.sort(Comparator.comparing(a -> a.article().published()));
      Brief b =
          writer.write(
              OneStory.material(e.getKey(), members, new StoryMaterial.Coverage(100, 3, 3, 6)));
      for (Brief.Camp c : b.sides()) {
        camps.merge(c.name(), c.stances().size(), Integer::sum);
        c.stances()
            .forEach(
                s ->
                    rows.add(
                        b.headline().text()
                            + "\n  ["
                            + c.name()
                            + "] "
                            + s.actor()
                            + " | "
                            + s.line().text()));
      }
    }
    System.out.printf(
        "writing %d briefs: %.0f ms%n", stories.size(), (System.nanoTime() - t0) / 1e6);
    int total = camps.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println(
        camps
            + " total "
            + total
            + String.format(
                " other share %.3f", camps.getOrDefault("Other voices", 0) / (double) total));
    if (args.length > 2) {
      java.util.Collections.shuffle(
          rows, new Random(args.length > 3 ? Long.parseLong(args[3]) : 1));
      rows.stream().limit(Integer.parseInt(args[2])).forEach(System.out::println);
    }
  }
}
