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
import org.junit.jupiter.api.Test;

/**
 * The Sides floor on the BASIL stream of {@code ../shared/data} (see {@code
 * src/test/resources/eval/baseline.json}): enough stances, and most of them in named camps. Skipped
 * with a message where the data is absent.
 */
class SidesFloorsIT {
  private static final Path STREAM = Path.of("../shared/data/streams/basil.jsonl.gz");

  @Test
  void basilStancesLandMostlyInNamedCamps() throws Exception {
    assumeTrue(
        Files.isReadable(STREAM),
        "skipped: " + STREAM + " not found (shared evaluation data absent)");
    JsonNode f;
    try (InputStream in = getClass().getResourceAsStream("/eval/baseline.json")) {
      f = new ObjectMapper().readTree(in).get("basil_sides");
    }
    ObjectMapper json = Stages.json();
    BriefEval.Result r;
    try (MiniLmEmbedder embedder = Stages.embedder()) {
      BriefEval eval =
          new BriefEval(Stages.analyzer(embedder, true), new ExtractiveBriefWriter(), json);
      r = eval.run(StreamFile.read(STREAM, json), java.util.Map.of(), null);
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "SidesFloorsIT basil: stances %d, Other voices share %.3f, grounded %.3f%n",
        r.stances(),
        r.otherVoicesShare(),
        r.groundedShare());
    assertThat(r.stances()).isGreaterThanOrEqualTo(f.get("min_stances").asInt());
    assertThat(r.otherVoicesShare())
        .isLessThanOrEqualTo(f.get("max_other_voices_share").asDouble());
    assertThat(r.groundedShare()).isGreaterThanOrEqualTo(f.get("grounded_share").asDouble());
  }
}
