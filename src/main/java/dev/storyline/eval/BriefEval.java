package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.brief.BriefWriter;
import dev.storyline.brief.Grounding;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.pipeline.Progress;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code eval brief}: groups a stream by its gold {@code story} (clustering is not under test),
 * analyses each story with the real analyzer, writes its brief, and measures it: summary ROUGE
 * against reference summaries (with a lead baseline: the first sentence of each article), the
 * grounding share of every published line (see {@link Grounding}), and the number of stances.
 */
final class BriefEval {
  /** What one run measured. */
  record Result(
      int stories,
      int lines,
      int grounded,
      int stances,
      int storiesWithSides,
      Rouge.Mean summary,
      Rouge.Mean lead,
      double briefsPerSecond,
      List<String> ungrounded,
      String writer,
      int withheld,
      Map<String, Integer> camps,
      List<Cut> cuts,
      Map<String, Integer> gaps) {
    double groundedShare() {
      return lines == 0 ? 0 : (double) grounded / lines;
    }

    /** The share of the shown stances that sit in "Other voices" (no side). */
    double otherVoicesShare() {
      return stances == 0 ? 0 : camps.getOrDefault("Other voices", 0) / (double) stances;
    }
  }

  /**
   * The summary and its baselines cut at a number of words (a fixed N, or each story's reference
   * length), and how well the cut summary covers the outlets.
   *
   * @param label what the cut is ("130 words", "reference length")
   * @param ours our summary cut
   * @param leadN lead-N at the same length
   * @param lexRank LexRank at the same length
   * @param multiOutlet stories with three or more outlets (with or without a reference)
   * @param oneOutletOverHalf of those, stories whose cut summary has more than half of its
   *     sentences from one outlet
   */
  record Cut(
      String label,
      Rouge.Mean ours,
      Rouge.Mean leadN,
      Rouge.Mean lexRank,
      int multiOutlet,
      int oneOutletOverHalf) {}

  /**
   * The seed story page's summary length in words: its summary paragraph (the one after Key Points)
   * has 130 words. Until 2026-12-05 this was 88, the word count of the seed's explainer paragraph
   * (the one after the summary), read by mistake.
   */
  static final int SEED_SUMMARY_WORDS = 130;

  private final ArticleAnalyzer analyzer;
  private final BriefWriter writer;
  private final ObjectMapper json;
  private int summaryWords = SEED_SUMMARY_WORDS;

  /** Scores the summary cut at {@code n} words too (default {@link #SEED_SUMMARY_WORDS}). */
  BriefEval summaryWords(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("--summary-words must be at least 1");
    }
    this.summaryWords = n;
    return this;
  }

  BriefEval(ArticleAnalyzer analyzer, BriefWriter writer, ObjectMapper json) {
    this.analyzer = analyzer;
    this.writer = writer;
    this.json = json;
  }

  Result run(List<Article> stream, Map<String, String> references, Path output) throws IOException {
    return run(stream, analyse(stream), references, output);
  }

  /** The same over articles analysed beforehand (by id). */
  Result run(
      List<Article> stream,
      Map<String, AnalyzedArticle> analysed,
      Map<String, String> references,
      Path output)
      throws IOException {
    Map<String, List<Article>> stories =
        stream.stream()
            .collect(
                Collectors.groupingBy(StreamFile::gold, LinkedHashMap::new, Collectors.toList()));
    StoryMaterial.Coverage coverage = coverage(stories);
    Rouge.Mean summary = new Rouge.Mean();
    Rouge.Mean lead = new Rouge.Mean();
    BriefScoring.CutScores atN = new BriefScoring.CutScores(summaryWords + " words");
    BriefScoring.CutScores atReference = new BriefScoring.CutScores("reference length");
    int[] counts = new int[4];
    int withheld = 0;
    String writerName = "";
    List<String> ungrounded = new ArrayList<>();
    Map<String, Integer> camps = new java.util.TreeMap<>();
    Map<String, Integer> gaps = new java.util.TreeMap<>();
    long nanos = 0;
    try (BufferedWriter out = output == null ? null : Files.newBufferedWriter(output)) {
      for (Map.Entry<String, List<Article>> e : stories.entrySet()) {
        List<AnalyzedArticle> members =
            e.getValue().stream()
                .map(a -> analysed.get(a.id()))
                .sorted(Comparator.comparing(a -> a.article().published()))
                .toList();
        StoryMaterial material = OneStory.material(e.getKey(), members, coverage);
        long t0 = System.nanoTime();
        Brief brief = writer.write(material);
        nanos += System.nanoTime() - t0;
        writerName = brief.writer().split(";")[0];
        withheld += BriefScoring.withheld(brief.writer());
        String reference = references.get(e.getKey());
        if (reference != null) {
          summary.add(text(brief.summary()), reference);
          lead.add(BriefScoring.leadBaseline(members), reference);
          atReference.add(brief, members, reference, SummaryBaselines.words(reference));
        }
        atN.add(brief, members, reference, summaryWords);
        BriefScoring.ground(brief, members, counts, ungrounded);
        brief.sides().forEach(c -> camps.merge(c.name(), c.stances().size(), Integer::sum));
        brief.gaps().keySet().forEach(g -> gaps.merge(g, 1, Integer::sum));
        if (out != null) {
          out.write(json.writeValueAsString(BriefJson.of(brief)));
          out.newLine();
        }
      }
    }
    return new Result(
        stories.size(),
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        summary,
        lead,
        stories.size() / Math.max(1e-9, nanos / 1e9),
        ungrounded,
        writerName,
        withheld,
        camps,
        references.isEmpty() ? List.of(atN.done()) : List.of(atReference.done(), atN.done()),
        gaps);
  }

  private Map<String, AnalyzedArticle> analyse(List<Article> stream) {
    Progress progress = Progress.console();
    progress.start("analyze", stream.size());
    Map<String, AnalyzedArticle> out = new HashMap<>();
    List<dev.storyline.domain.AnalyzedArticle> analysed = new java.util.ArrayList<>();
    for (int i = 0; i < stream.size(); i += 64) {
      List<Article> batch = stream.subList(i, Math.min(stream.size(), i + 64));
      analysed.addAll(analyzer.analyzeAll(batch));
      progress.step(batch.size());
    }
    // as the brief step reads them: without a site's own lines
    dev.storyline.analyze.sentence.SiteLines.leaveOut(analysed).forEach(a -> out.put(a.id(), a));
    progress.finish();
    return out;
  }

  static String text(List<Line> lines) {
    return lines.stream().map(Line::text).collect(Collectors.joining(" "));
  }

  private static StoryMaterial.Coverage coverage(Map<String, List<Article>> stories) {
    double[] sizes = stories.values().stream().mapToDouble(List::size).sorted().toArray();
    double[] outlets =
        stories.values().stream()
            .mapToDouble(l -> l.stream().map(Article::outlet).distinct().count())
            .sorted()
            .toArray();
    return new StoryMaterial.Coverage(
        sizes.length, quantile(sizes, 0.5), quantile(outlets, 0.5), quantile(sizes, 0.9));
  }

  private static double quantile(double[] sorted, double q) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }

  /**
   * Reads reference summaries: {@code {"story":…, "summary":…}} JSON lines (plain or gzip), or a
   * NeuS probe target file ({@code SPLIT.target}: line i is the roundup of story {@code
   * neus-SPLIT-i}, {@code TITLE=> … ARTICLE=> …}; the ARTICLE part is the reference).
   */
  static Map<String, String> references(Path file, ObjectMapper json) throws IOException {
    Map<String, String> out = new HashMap<>();
    String name = file.getFileName().toString();
    boolean probe = name.endsWith(".target");
    String prefix = "neus-" + name.replace(".target", "") + "-";
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                dev.storyline.ingest.JsonLinesReader.open(file), StandardCharsets.UTF_8))) {
      int i = 0;
      for (String line = r.readLine(); line != null; line = r.readLine(), i++) {
        if (probe) {
          int at = line.indexOf("ARTICLE=>");
          out.put(prefix + i, (at < 0 ? line : line.substring(at + 9)).strip());
        } else if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          out.put(n.path("story").asText(), n.path("summary").asText(""));
        }
      }
    }
    return out;
  }
}
