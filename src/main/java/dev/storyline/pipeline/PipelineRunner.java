package dev.storyline.pipeline;

import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.brief.BriefWriter;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.cluster.StoryRepair;
import dev.storyline.cluster.StorylineLinker;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.JsonLinesReader;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.StoryRepairRepository;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.work.Coordination;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the pipeline: store → analyze → cluster → repair → link → brief. Every step reads its input
 * from the store and writes its output back before the next begins, so a run killed at any moment
 * loses nothing stored and the next run finishes what was pending.
 *
 * <p>Any number of processes may run one each on a PostgreSQL database: analysis is claimed a batch
 * at a time ({@link AnalyzeStep}), exactly one process at a time clusters ({@link ClusterStep}, a
 * role the others take over when its holder dies), and briefs are written by whichever worker takes
 * a storyline's requests ({@link BriefJobs}). Its methods are synchronized.
 */
public class PipelineRunner {
  private final Clock clock;
  private final StreamImport imports;
  private final Settling settling;
  private final AnalyzeStep analyze;
  private final ClusterStep cluster;
  private final BriefJobs briefs;

  /**
   * A runner alone on its database (the embedded default, tests).
   *
   * @param repair settings of the repair pass run after each batch, or null for none
   * @param repairs where repairs are written (needed when {@code repair} is set)
   * @param intake stores imported articles at most once (shared with the feeds)
   * @param work how work is shared (the reorder delay, how often to look for others' work)
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
      StoryRepairRepository repairs,
      ArticleIntake intake,
      MeterRegistry meters,
      Clock clock,
      WorkSettings work) {
    this(
        reader,
        analyzer,
        storySettings,
        storylineSettings,
        repair,
        writer,
        articles,
        stories,
        repairs,
        intake,
        meters,
        clock,
        Coordination.local(repairs.jdbc()),
        work);
  }

  /**
   * A runner that shares the work with the other processes on its database.
   *
   * @param repair settings of the repair pass run after each batch, or null for none
   * @param repairs where repairs are written
   * @param intake stores imported articles at most once (shared with the feeds)
   * @param coordination locks, roles and the brief queue of the database
   * @param work how work is shared
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
      StoryRepairRepository repairs,
      ArticleIntake intake,
      MeterRegistry meters,
      Clock clock,
      Coordination coordination,
      WorkSettings work) {
    this.clock = clock;
    this.imports = new StreamImport(reader, intake, meters, clock);
    this.settling = new Settling(articles, coordination, work);
    this.analyze = new AnalyzeStep(analyzer, articles, meters);
    this.cluster =
        new ClusterStep(
            storySettings,
            storylineSettings,
            repair,
            articles,
            stories,
            repairs,
            coordination,
            work,
            clock,
            meters);
    this.briefs =
        new BriefJobs(
            new BriefStep(writer, articles, stories, clock, meters),
            stories,
            repairs,
            coordination,
            clock,
            writer == null ? "" : writer.revision());
  }

  /**
   * Imports JSON Lines files, then processes until every article stored up to the end of the import
   * is in a story and the briefs it changed are written, by this process or by others.
   */
  public synchronized ImportReport importFiles(List<Path> files, Progress progress)
      throws IOException {
    ImportReport report = new ImportReport();
    for (Path file : files) {
      try (InputStream in = JsonLinesReader.open(file)) {
        importStream(file.toString(), in, report);
      }
    }
    processUntilSettled(clock.instant(), progress);
    return report;
  }

  /**
   * Does this process's share of what is pending, then waits, helping meanwhile, until every
   * article stored by {@code storedBy} is in a story and every brief asked for by then is written,
   * by this process or by others: for commands that end with their articles in stories ({@code
   * import}, {@code sources poll}) whatever the reorder delay and whoever holds the clustering
   * role. The clustering writer then repairs over every story held, and the briefs that changed.
   */
  public synchronized void processUntilSettled(Instant storedBy, Progress progress) {
    process(progress);
    settle(storedBy, progress);
    if (cluster.run(progress, false, true)) { // what a restart's first pass would find, now
      briefs.run(progress);
      settle(clock.instant(), progress);
    }
  }

  /** {@link #processUntilSettled(Instant, Progress)} for everything stored until now. */
  public void processUntilSettled(Progress progress) {
    processUntilSettled(clock.instant(), progress);
  }

  /**
   * Stores the articles of one stream (without processing them) through the {@link ArticleIntake},
   * {@value StreamImport#BATCH} at a time: duplicates become sightings, and each batch is journaled
   * with one flush to disk before its rows are stored (embedded database).
   */
  public synchronized void importStream(String name, InputStream in, ImportReport report)
      throws IOException {
    imports.read(name, in, report);
  }

  /**
   * Does this process's share of what is pending: analyzes what no one else is analyzing, clusters
   * when this process holds (or can take) the clustering role, and writes the briefs no one else is
   * writing.
   */
  public synchronized void process(Progress progress) {
    analyze.run(progress);
    cluster.run(progress, true, false);
    briefs.run(progress);
  }

  /**
   * The scheduled repair: passes over every story held (RepairScope) when this process is the
   * clustering writer, then writes the briefs they made stale.
   */
  public synchronized void repair(Progress progress) {
    cluster.run(progress, false, true);
    briefs.run(progress);
  }

  private void settle(Instant storedBy, Progress progress) {
    settling.settle(storedBy, () -> process(Progress.silent()));
  }

  /**
   * Asks for every brief stored under another revision of the writer to be written again, in the
   * background by whichever process serves brief requests; returns how many storylines.
   */
  public synchronized int requestOutdatedBriefs() {
    return briefs.requestOutdated();
  }

  /** Whether this process is the clustering writer now (taking the role when it is free). */
  public synchronized boolean clusteringWriter() {
    return cluster.hold();
  }

  /** Gives up the clustering role (at shutdown). */
  public synchronized void close() {
    cluster.release();
  }

  /** The clusterer and linker state (for checks in tests). */
  ClusterState clusterState() {
    return cluster.state();
  }

  /** What an import did. */
  public static final class ImportReport {
    private int stored;
    private int duplicates;
    private int nearDuplicates;
    private final List<String> rejected = new ArrayList<>();

    void add(ArticleIntake.Outcome o) {
      switch (o) {
        case STORED -> stored++;
        case DUPLICATE -> duplicates++;
        case NEAR_DUPLICATE -> {
          duplicates++;
          nearDuplicates++;
        }
      }
    }

    void reject(String file, Ingested.Rejected r) {
      rejected.add(file + ":" + r.line() + ": " + r.reason() + " (" + r.detail() + ")");
    }

    public int stored() {
      return stored;
    }

    /** Exact and near duplicates, each kept as a sighting of the stored article. */
    public int duplicates() {
      return duplicates;
    }

    /** Of {@link #duplicates()}, those with near-duplicate text. */
    public int nearDuplicates() {
      return nearDuplicates;
    }

    public List<String> rejected() {
      return List.copyOf(rejected);
    }

    @Override
    public String toString() {
      return stored
          + " stored, "
          + duplicates
          + " duplicates skipped"
          + (nearDuplicates > 0 ? " (" + nearDuplicates + " near)" : "")
          + ", "
          + rejected.size()
          + " rejected";
    }
  }
}
