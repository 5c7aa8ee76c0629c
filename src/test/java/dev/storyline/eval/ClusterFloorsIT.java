package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.app.StorylineProperties;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.pipeline.Progress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clustering quality floors with the default settings, on the gold-labelled streams of {@code
 * ../shared/data} (skipped with a message where absent) and on the storylines of the sample corpus
 * (always present). Floors live in {@code src/test/resources/eval/baseline.json}.
 */
class ClusterFloorsIT {
  private static final Path STREAMS = Path.of("../shared/data/streams");
  private static MiniLmEmbedder embedder;
  private static ArticleAnalyzer analyzer;
  private static JsonNode floors;
  private final ObjectMapper json = Stages.json();
  private final StorylineProperties.Cluster settings = StorylineProperties.defaults().cluster();

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = ClusterFloorsIT.class.getResourceAsStream("/eval/baseline.json")) {
      floors = new ObjectMapper().readTree(in).get("cluster");
    }
    embedder = Stages.embedder();
    analyzer = Stages.analyzer(embedder, false);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  /** Each stream analysed once for all tests of this class. */
  private static final Map<Path, List<AnalyzedArticle>> ANALYSED = new HashMap<>();

  private List<AnalyzedArticle> analysed(Path file) throws Exception {
    assumeTrue(
        Files.isReadable(file), "skipped: " + file + " not found (shared evaluation data absent)");
    if (!ANALYSED.containsKey(file)) {
      List<AnalyzedArticle> out = new ArrayList<>();
      List<Article> stream = StreamFile.read(file, json);
      for (int i = 0; i < stream.size(); i += 64) {
        out.addAll(analyzer.analyzeAll(stream.subList(i, Math.min(stream.size(), i + 64))));
      }
      ANALYSED.put(file, out);
    }
    return ANALYSED.get(file);
  }

  private ClusterMetrics ours(List<AnalyzedArticle> stream) {
    return new ClusterEval(analyzer, Stages.storySettings(settings), Stages.repairSettings(), json)
        .runAnalyzed(stream)
        .metrics();
  }

  /** Ours must reach the floor and the TF-IDF single-pass baseline tuned on the same stream. */
  private ClusterMetrics aboveFloorAndBaseline(List<AnalyzedArticle> stream, String floor) {
    ClusterMetrics m = ours(stream);
    TfIdfSinglePass.Tuned baseline =
        TfIdfSinglePass.tuned(
            HardNegatives.articles(stream), Stages.storySettings(settings).window());
    System.out.printf(
        java.util.Locale.ROOT,
        "ClusterFloorsIT %s: %d articles, ours BCubed %.3f (P %.3f / R %.3f) pairwise %.3f;"
            + " TF-IDF single-pass at %.2f BCubed %.3f%n",
        floor,
        stream.size(),
        m.bcubedF1(),
        m.bcubedPrecision(),
        m.bcubedRecall(),
        m.pairF1(),
        baseline.threshold(),
        baseline.metrics().bcubedF1());
    assertThat(m.bcubedF1()).isGreaterThanOrEqualTo(floors.get(floor).asDouble());
    assertThat(m.bcubedF1()).isGreaterThanOrEqualTo(baseline.metrics().bcubedF1());
    return m;
  }

  @Test
  void basilStaysAboveItsFloorAndTheBaseline() throws Exception {
    ClusterMetrics m =
        aboveFloorAndBaseline(analysed(STREAMS.resolve("basil.jsonl.gz")), "basil_bcubed_f1");
    assertThat(m.pairF1()).isGreaterThanOrEqualTo(floors.get("basil_pairwise_f1").asDouble());
  }

  @Test
  void allsidesStaysAboveItsFloorAndTheBaseline() throws Exception {
    ClusterMetrics m =
        aboveFloorAndBaseline(
            analysed(STREAMS.resolve("allsides-2021.jsonl.gz")), "allsides_bcubed_f1");
    assertThat(m.pairF1()).isGreaterThanOrEqualTo(floors.get("allsides_pairwise_f1").asDouble());
  }

  @Test
  void hardNegativesStayAboveTheirFloorAndTheBaseline() throws Exception {
    List<AnalyzedArticle> set =
        HardNegatives.build(
            List.of(
                analysed(STREAMS.resolve("allsides-2021.jsonl.gz")),
                analysed(STREAMS.resolve("basil.jsonl.gz"))));
    assertThat(set).hasSize(1779);
    aboveFloorAndBaseline(set, "hard_negatives_bcubed_f1");
  }

  @Test
  void sampleCorpusStorylinesAreFound() throws Exception {
    List<Article> golden = new ArrayList<>();
    for (Article a : StreamFile.read(Path.of("src/main/resources/sample/corpus.jsonl"), json)) {
      Map<String, String> meta = new HashMap<>(a.meta());
      meta.put("story", a.meta().get("storyline"));
      golden.add(
          new Article(a.id(), a.source(), a.url(), a.published(), a.title(), a.text(), meta));
    }
    ClusterEval.Result run =
        new ClusterEval(analyzer, Stages.storySettings(settings), Stages.repairSettings(), json)
            .run(golden, Progress.silent());
    ClusterMetrics lines = ClusterEval.storylines(golden, run, Stages.storylineSettings(settings));
    System.out.printf(
        java.util.Locale.ROOT,
        "ClusterFloorsIT sample storylines: %d gold, BCubed %.3f%n",
        lines.goldClusters(),
        lines.bcubedF1());
    assertThat(lines.goldClusters()).isGreaterThanOrEqualTo(15);
    assertThat(lines.bcubedF1())
        .isGreaterThanOrEqualTo(floors.get("sample_storyline_bcubed_f1").asDouble());
  }
}
