package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.brief.ExtractiveBriefWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/**
 * The background floor on the dev events of {@code ../shared/data/background-summaries} (see {@code
 * src/test/resources/eval/baseline.json}); skipped with a message where the data is absent.
 */
class BackgroundFloorsIT {
  private static final Path DATA = Path.of("../shared/data/background-summaries");

  @Test
  void devEventsBackgroundRouge() throws Exception {
    assumeTrue(
        Files.isReadable(DATA.resolve("events.tar.gz")),
        "skipped: " + DATA.resolve("events.tar.gz") + " not found (shared evaluation data absent)");
    JsonNode f;
    try (InputStream in = getClass().getResourceAsStream("/eval/baseline.json")) {
      f = new ObjectMapper().readTree(in).get("background_dev");
    }
    BackgroundEval.Result r;
    try (MiniLmEmbedder embedder = Stages.embedder()) {
      BackgroundEval eval =
          new BackgroundEval(Stages.analyzer(embedder, true), new ExtractiveBriefWriter());
      r =
          eval.run(
              BackgroundData.timelines(DATA), new HashSet<>(BackgroundData.split(DATA, "dev")));
    }
    assertThat(r.instances()).isEqualTo(f.get("instances").asInt());
    Rouge.Mean ours = r.systems().get(BackgroundEval.OURS);
    System.out.printf(
        java.util.Locale.ROOT,
        "BackgroundFloorsIT dev: %d instances, ours ROUGE-1/2/L %.3f / %.3f / %.3f,"
            + " earliest updates ROUGE-1 %.3f%n",
        r.instances(),
        ours.f1(0),
        ours.f1(1),
        ours.f1(2),
        r.systems().get(BackgroundEval.EARLIEST).f1(0));
    assertThat(ours.f1(0)).isGreaterThanOrEqualTo(f.get("rouge1_f1").asDouble());
    assertThat(ours.f1(1)).isGreaterThanOrEqualTo(f.get("rouge2_f1").asDouble());
    assertThat(ours.f1(2)).isGreaterThanOrEqualTo(f.get("rougeL_f1").asDouble());
    // the same run scores the earliest-updates lead baseline; ours must not fall below it on R-1
    assertThat(ours.f1(0)).isGreaterThan(r.systems().get(BackgroundEval.EARLIEST).f1(0));
  }
}
