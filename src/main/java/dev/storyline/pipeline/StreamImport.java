package dev.storyline.pipeline;

import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.JsonLinesReader;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Part of {@link PipelineRunner}: reads one JSON Lines stream and stores its accepted articles
 * through the {@link ArticleIntake} a batch at a time, counting and reporting the rejected lines.
 */
final class StreamImport {
  private static final Logger log = LoggerFactory.getLogger(PipelineRunner.class);
  static final int BATCH = 32;

  private final JsonLinesReader reader;
  private final ArticleIntake intake;
  private final MeterRegistry meters;
  private final Clock clock;

  StreamImport(JsonLinesReader reader, ArticleIntake intake, MeterRegistry meters, Clock clock) {
    this.reader = reader;
    this.intake = intake;
    this.meters = meters;
    this.clock = clock;
  }

  /** Stores the articles of one stream (see {@link PipelineRunner#importStream}). */
  void read(String name, InputStream in, PipelineRunner.ImportReport report) throws IOException {
    List<Ingested.Accepted> batch = new ArrayList<>();
    reader.read(
        in,
        line -> clock.instant(),
        outcome -> {
          if (outcome instanceof Ingested.Accepted a) {
            batch.add(a);
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

  private void store(List<Ingested.Accepted> batch, PipelineRunner.ImportReport report) {
    intake.store(batch).forEach(r -> report.add(r.outcome()));
    batch.clear();
  }

  private void count(String stage, String outcome) {
    count(stage, outcome, 1);
  }

  private void count(String stage, String outcome, long n) {
    meters.counter("storyline.stage.items", "stage", stage, "outcome", outcome).increment(n);
  }
}
