package dev.storyline.pipeline;

import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.brief.BriefWriter;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.cluster.StorylineLinker;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.JsonLinesReader;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.StoryRepairs;
import dev.storyline.store.StoryRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline: store → analyze → cluster → repair → link → brief. Every step reads its input
 * from the store and writes its output back before the next begins, so a run killed at any moment
 * loses nothing stored and the next run finishes what was pending. One runner per database; its
 * methods are synchronized.
 */
public class PipelineRunner {
  private static final Logger log = LoggerFactory.getLogger(PipelineRunner.class);
  private static final int BATCH = 32;

  private final JsonLinesReader reader;
  private final ArticleAnalyzer analyzer;
  private final ClusterState clusters;
  private final ArticleRepository articles;
  private final StoryRepository stories;
  private final MeterRegistry meters;
  private final Clock clock;
  private final StoryRepair repair;
  private final StoryRepairs repairs;
  private final BriefStep briefs;

  /**
   * A runner.
   *
   * @param repair settings of the repair pass run after each batch, or null for none
   * @param repairs where repairs are written (needed when {@code repair} is set)
   */
  public PipelineRunner(
      JsonLinesReader reader,
      ArticleAnalyzer analyzer,
      StoryClusterer.Settings storySettings,
      StorylineLinker.Settings storylineSettings,
      StoryRepair.Settings repair,
      BriefWriter writer,
      ArticleRepository articles,
      StoryRepository stories,
      StoryRepairs repairs,
      MeterRegistry meters,
      Clock clock) {
    this.repair = repair == null ? null : new StoryRepair(repair);
    this.repairs = repairs;
    this.reader = reader;
    this.analyzer = analyzer;
    this.clusters = new ClusterState(storySettings, storylineSettings, articles, stories);
    this.articles = articles;
    this.stories = stories;
    this.meters = meters;
    this.clock = clock;
    this.briefs = new BriefStep(writer, articles, stories, clock, meters);
  }

  /** Imports JSON Lines files, then processes everything pending. */
  public synchronized ImportReport importFiles(List<Path> files, Progress progress)
      throws IOException {
    ImportReport report = new ImportReport();
    for (Path file : files) {
      try (InputStream in = JsonLinesReader.open(file)) {
        importStream(file.toString(), in, report);
      }
    }
    process(progress);
    return report;
  }

  /**
   * Stores the articles of one stream (without processing them), {@value #BATCH} at a time: each
   * batch is journaled with one flush to disk before its rows are stored (embedded database).
   */
  public synchronized void importStream(String name, InputStream in, ImportReport report)
      throws IOException {
    List<ArticleRepository.NewArticle> batch = new ArrayList<>();
    reader.read(
        in,
        line -> clock.instant(),
        outcome -> {
          if (outcome instanceof Ingested.Accepted a) {
            batch.add(
                new ArticleRepository.NewArticle(
                    a.article(), a.canonicalUrl(), a.textHash(), clock.instant()));
            if (batch.size() == BATCH) {
              store(batch, report);
            }
          } else if (outcome instanceof Ingested.Rejected r) {
            count("ingest", "rejected");
            report.reject(name, r);
            log.warn(
                "rejected input file={} line={} reason={} detail={}",
                name,
                r.line(),
                r.reason(),
                r.detail());
          }
        });
    store(batch, report);
  }

  private void store(List<ArticleRepository.NewArticle> batch, ImportReport report) {
    for (boolean stored : articles.insertAll(batch)) {
      count("ingest", stored ? "stored" : "duplicate");
      report.add(stored ? ImportReport.Outcome.STORED : ImportReport.Outcome.DUPLICATE);
    }
    batch.clear();
  }

  /** Analyzes, clusters, repairs, links and briefs everything pending. */
  public synchronized void process(Progress progress) {
    analyzePending(progress);
    Set<String> touched = new LinkedHashSet<>(clusters.restore());
    touched.addAll(assignPending(progress));
    briefChanged(touched, progress);
  }

  /**
   * Runs a repair pass over the stories changed since the last one (all recent stories on the first
   * call after a start) and rewrites the briefs it made stale; the scheduled pass.
   */
  public synchronized StoryRepair.Plan repair(Progress progress) {
    Set<String> touched = new LinkedHashSet<>(clusters.restore());
    return briefChanged(touched, progress);
  }

  private StoryRepair.Plan briefChanged(Set<String> touched, Progress progress) {
    StoryRepair.Plan plan = new StoryRepair.Plan(List.of(), List.of());
    Set<String> moreLines = Set.of();
    if (repair != null) {
      ClusterState.Repaired repaired = clusters.repair(repair, repairs::taken);
      plan = repaired.plan();
      moreLines = repaired.storylines();
      new RepairStep(repairs, clock).write(plan, touched);
      count("repair", "merged", plan.merges().size());
      count("repair", "split", plan.splits().size());
    }
    if (!touched.isEmpty() || !moreLines.isEmpty()) {
      Map<String, List<String>> lines = clusters.link(touched, moreLines);
      briefs.rewrite(lines, touched, progress);
    }
    if (!plan.merges().isEmpty()) {
      repairs.settleStorylineFollows();
    }
    return plan;
  }

  private void analyzePending(Progress progress) {
    List<String> pending = articles.unanalyzed(Integer.MAX_VALUE);
    progress.start("analyze", pending.size());
    for (int i = 0; i < pending.size(); i += BATCH) {
      List<Article> batch =
          articles.articles(pending.subList(i, Math.min(pending.size(), i + BATCH)));
      List<AnalyzedArticle> analyzed = timer("analyze").record(() -> analyzer.analyzeAll(batch));
      analyzed.forEach(articles::saveAnalysis);
      count("analyze", "ok", analyzed.size());
      progress.step(batch.size());
    }
    progress.finish();
  }

  private Set<String> assignPending(Progress progress) {
    List<String> pending = articles.unassigned();
    progress.start("cluster", pending.size());
    Set<String> touched = new LinkedHashSet<>();
    for (int i = 0; i < pending.size(); i += BATCH) {
      for (AnalyzedArticle a :
          articles.analyzed(pending.subList(i, Math.min(pending.size(), i + BATCH)))) {
        StoryClusterer.Assignment assignment = timer("cluster").record(() -> clusters.assign(a));
        articles.assign(a.id(), assignment.storyId());
        touched.add(assignment.storyId());
        count("cluster", assignment.newStory() ? "new_story" : "joined");
        progress.step(1);
      }
    }
    progress.finish();
    return touched;
  }

  /** The clusterer and linker state (for checks in tests). */
  ClusterState clusterState() {
    return clusters;
  }

  private Timer timer(String stage) {
    return meters.timer("storyline.stage.time", "stage", stage);
  }

  private void count(String stage, String outcome) {
    count(stage, outcome, 1);
  }

  private void count(String stage, String outcome, long n) {
    meters.counter("storyline.stage.items", "stage", stage, "outcome", outcome).increment(n);
  }

  /** What an import did. */
  public static final class ImportReport {
    enum Outcome {
      STORED,
      DUPLICATE
    }

    private int stored;
    private int duplicates;
    private final List<String> rejected = new ArrayList<>();

    void add(Outcome o) {
      if (o == Outcome.STORED) {
        stored++;
      } else {
        duplicates++;
      }
    }

    void reject(String file, Ingested.Rejected r) {
      rejected.add(file + ":" + r.line() + ": " + r.reason() + " (" + r.detail() + ")");
    }

    public int stored() {
      return stored;
    }

    public int duplicates() {
      return duplicates;
    }

    public List<String> rejected() {
      return List.copyOf(rejected);
    }

    @Override
    public String toString() {
      return stored
          + " stored, "
          + duplicates
          + " duplicates skipped, "
          + rejected.size()
          + " rejected";
    }
  }
}
