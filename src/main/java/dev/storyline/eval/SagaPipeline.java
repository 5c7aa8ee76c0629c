package dev.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.ingest.JsonLinesReader;
import dev.storyline.pipeline.ArticleIntake;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import dev.storyline.pipeline.WorkSettings;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.SightingRepository;
import dev.storyline.store.StoryRepairRepository;
import dev.storyline.store.StoryRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Part of {@link RealSagaBench}: one process's pipeline on the bench database: its own embedding
 * model, meters and runner, so nothing is kept in memory from an earlier one. Its start-up is what
 * the service does before it takes a new article: load the model, then finish the work pending in
 * the store ({@link PipelineRunner#process}, as {@code StartupTasks} does), which restores the
 * clusterer's state.
 */
final class SagaPipeline {
  /** The start-up: {@link #model} and {@link #resume}. */
  final long startup;

  /** Loading the embedding model. */
  final long model;

  /** Finishing the pending work on start (restoring the clusterer's state). */
  final long resume;

  /** What finishing the pending work on start did (briefs, repairs, scorecard and reads). */
  final SagaPart resumed;

  final Embedder embedder;
  final MeterRegistry meters = new SimpleMeterRegistry();
  final PipelineRunner runner;
  final Clock clock = Clock.systemUTC();

  SagaPipeline(JdbcTemplate jdbc, Toolkit toolkit, ObjectMapper json) {
    long t0 = System.nanoTime();
    embedder = toolkit.embedder().get();
    model = System.nanoTime() - t0;
    ArticleAnalyzer analyzer = toolkit.analyzer().apply(embedder, true);
    ArticleRepository articles = new ArticleRepository(jdbc, json);
    runner =
        new PipelineRunner(
            new JsonLinesReader(json, 5_000_000),
            analyzer,
            toolkit.stories(),
            toolkit.storylines(),
            toolkit.repair(),
            toolkit.briefs(),
            articles,
            new StoryRepository(jdbc, json),
            new StoryRepairRepository(jdbc),
            new ArticleIntake(
                articles, new SightingRepository(jdbc), meters, clock, Duration.ofDays(14)),
            meters,
            clock,
            new WorkSettings(Duration.ZERO, Duration.ofSeconds(30), Duration.ofSeconds(1)));
    long t1 = System.nanoTime();
    runner.process(Progress.silent());
    resume = System.nanoTime() - t1;
    resumed = snapshot();
    startup = model + resume;
  }

  /** Stores the lines, then processes until their articles are in stories and briefed. */
  SagaPart importAll(List<String> lines) throws IOException {
    SagaPart before = snapshot();
    PipelineRunner.ImportReport report = new PipelineRunner.ImportReport();
    long t0 = System.nanoTime();
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      runner.importStream("bench", in, report);
    }
    long t1 = System.nanoTime();
    runner.processUntilSettled(
        clock.instant(), lines.size() > 1 ? Progress.console() : Progress.silent());
    long t2 = System.nanoTime();
    SagaPart after = snapshot();
    return new SagaPart(
        t1 - t0,
        after.analysis() - before.analysis(),
        t2 - t1,
        after.cluster() - before.cluster(),
        after.brief() - before.brief(),
        after.scorecard() - before.scorecard(),
        after.restore() - before.restore(),
        after.briefs() - before.briefs(),
        report.stored(),
        after.repairs() - before.repairs());
  }

  /** The meters so far, as a part (the wall times are left zero). */
  private SagaPart snapshot() {
    return new SagaPart(
        0,
        nanos("analyze"),
        0,
        nanos("cluster"),
        nanos("brief"),
        nanos("scorecard") + nanos("restore"),
        nanos("restore"),
        Math.round(
            meters
                .counter("storyline.stage.items", "stage", "brief", "outcome", "written")
                .count()),
        0,
        Math.round(repairs("merged") + repairs("split")));
  }

  private double repairs(String outcome) {
    return meters.counter("storyline.stage.items", "stage", "repair", "outcome", outcome).count();
  }

  private long nanos(String stage) {
    return (long)
        meters.timer("storyline.stage.time", "stage", stage).totalTime(TimeUnit.NANOSECONDS);
  }

  void close() {
    runner.close();
    if (embedder instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
