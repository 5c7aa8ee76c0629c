package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.app.StorylineProperties;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repair pass, measured on real gold data: on allsides-2021 it must not make clustering worse
 * than the same run without it (both figures come from this run, on the same analysed articles, so
 * the check holds whatever the scorer's weights are), and it must stay above an absolute floor from
 * {@code src/test/resources/eval/baseline.json}. On the sample corpus it must never merge two
 * stories its gold labels tell apart, neither after online clustering nor when every gold story is
 * given whole (which exposes every pair of sample stories close in time to the merge test).
 */
class RepairFloorsIT {
  private static final Path STREAMS = Path.of("../shared/data/streams");

  /** How much worse than no repair a repaired run may score (rounding of near-equal figures). */
  private static final double SLACK = 0.002;

  private static MiniLmEmbedder embedder;
  private static ArticleAnalyzer analyzer;
  private static JsonNode floors;
  private final ObjectMapper json = Stages.json();
  private final StoryClusterer.Settings settings =
      Stages.storySettings(StorylineProperties.defaults().cluster());

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = RepairFloorsIT.class.getResourceAsStream("/eval/baseline.json")) {
      floors = new ObjectMapper().readTree(in).get("cluster_repair");
    }
    embedder = Stages.embedder();
    analyzer = Stages.analyzer(embedder, false);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void onAllsidesRepairDoesNotWorsenClusteringAndStaysAboveItsFloor() throws Exception {
    Path file = STREAMS.resolve("allsides-2021.jsonl.gz");
    assumeTrue(
        Files.isReadable(file), "skipped: " + file + " not found (shared evaluation data absent)");
    List<Article> stream = StreamFile.read(file, json);
    List<List<AnalyzedArticle>> batches = analyze(stream);
    ClusterMetrics plain = score(stream, run(batches, null));
    Clustering repaired = run(batches, Stages.repairSettings());
    ClusterMetrics with = score(stream, repaired);
    System.out.printf(
        "allsides-2021 without repair BCubed %.3f pairwise %.3f; with repair %.3f / %.3f"
            + " (%d merges, %d splits)%n",
        plain.bcubedF1(),
        plain.pairF1(),
        with.bcubedF1(),
        with.pairF1(),
        repaired.merges(),
        repaired.splits());

    assertThat(repaired.merges()).as("the pass has something to do on this stream").isPositive();
    assertThat(with.bcubedF1()).isGreaterThanOrEqualTo(plain.bcubedF1() - SLACK);
    assertThat(with.pairF1()).isGreaterThanOrEqualTo(plain.pairF1() - SLACK);
    assertThat(with.bcubedF1()).isGreaterThanOrEqualTo(floors.get("allsides_bcubed_f1").asDouble());
    assertThat(with.pairF1()).isGreaterThanOrEqualTo(floors.get("allsides_pairwise_f1").asDouble());
  }

  @Test
  void onTheSampleCorpusRepairNeverMergesStoriesTheGoldTellsApart() throws Exception {
    List<Article> sample = StreamFile.read(Path.of("src/main/resources/sample/corpus.jsonl"), json);
    List<List<AnalyzedArticle>> batches = analyze(sample);
    Map<String, String> gold = new HashMap<>();
    sample.forEach(a -> gold.put(a.id(), StreamFile.gold(a)));
    assertThat(new HashSet<>(gold.values())).hasSizeGreaterThanOrEqualTo(50);

    Clustering online = run(batches, Stages.repairSettings());
    for (Clustering.MergeRecord m : online.mergeRecords()) {
      assertThat(labels(m.absorbed(), gold))
          .as("a merge after online clustering")
          .isEqualTo(labels(m.survivor(), gold));
    }
    assertThat(score(sample, online).pairPrecision())
        .isGreaterThanOrEqualTo(score(sample, run(batches, null)).pairPrecision());

    assertThat(repairOfGoldStories(batches, gold))
        .as("merges and splits of whole gold stories")
        .isEmpty();
  }

  /**
   * Replays every sample article into its gold story, batch by batch, with a repair pass after each
   * (every story changed in a batch is tested against every story held); returns what it did.
   */
  private List<String> repairOfGoldStories(
      List<List<AnalyzedArticle>> batches, Map<String, String> gold) {
    StoryClusterer clusterer = new StoryClusterer(settings);
    StoryRepair repair = new StoryRepair(Stages.repairSettings());
    List<String> done = new ArrayList<>();
    for (List<AnalyzedArticle> batch : batches) {
      batch.forEach(a -> clusterer.replay(a, gold.get(a.id())));
      StoryRepair.Plan plan = repair.run(clusterer, id -> false);
      plan.merges().forEach(m -> done.add("merged " + m.absorbed() + " into " + m.survivor()));
      plan.splits().forEach(s -> done.add("split " + s.movedArticleIds() + " off " + s.storyId()));
    }
    return done;
  }

  private static Set<String> labels(Set<String> articles, Map<String, String> gold) {
    return articles.stream().map(gold::get).collect(Collectors.toSet());
  }

  /** Analyses the stream once, in the batches of 64 that {@code eval cluster} uses. */
  private static List<List<AnalyzedArticle>> analyze(List<Article> stream) {
    List<List<AnalyzedArticle>> batches = new ArrayList<>();
    for (int i = 0; i < stream.size(); i += 64) {
      batches.add(analyzer.analyzeAll(stream.subList(i, Math.min(stream.size(), i + 64))));
    }
    return batches;
  }

  private Clustering run(List<List<AnalyzedArticle>> batches, StoryRepair.Settings repair) {
    Clustering clustering = new Clustering(settings, repair);
    batches.forEach(clustering::batch);
    clustering.end();
    return clustering;
  }

  private static ClusterMetrics score(List<Article> stream, Clustering clustering) {
    List<String> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (Article a : stream) {
      predicted.add(clustering.predictions().get(a.id()));
      gold.add(StreamFile.gold(a));
    }
    return ClusterMetrics.score(predicted, gold);
  }
}
