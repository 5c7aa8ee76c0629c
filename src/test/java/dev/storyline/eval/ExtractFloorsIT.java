package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.app.Stages;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Main-text extraction floors per set of {@code ../shared/data} (ScrapingHub, the Dragnet test
 * split, Readability; skipped with a message where a set is absent), in {@code
 * src/test/resources/eval/baseline.json} under {@code extract}. Each set ships trafilatura's
 * output, scored in the same run by the same scorer: ours must stay above it too.
 */
class ExtractFloorsIT {
  private static final Path DATA = Path.of("../shared/data");
  private static JsonNode floors;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = ExtractFloorsIT.class.getResourceAsStream("/eval/baseline.json")) {
      floors = new ObjectMapper().readTree(in).get("extract");
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "scrapinghub, article-extraction-benchmark, ''",
    "dragnet_test, extraction-dragnet, test",
    "readability, extraction-readability, ''"
  })
  void staysAboveItsFloorAndAboveTrafilatura(String key, String folder, String split)
      throws Exception {
    Path dir = DATA.resolve(folder);
    assumeTrue(
        Files.isDirectory(dir.resolve("html")),
        "skipped: " + dir + " not found (shared evaluation data absent)");
    ExtractSet set = ExtractSet.load(dir, split.isEmpty() ? null : split, Stages.json());
    ExtractEval.Result r = new ExtractEval(Stages.json(), System.out).measure(set, 1, 0);
    JsonNode floor = floors.get(key);
    assertThat(r.ours().f1()).isGreaterThanOrEqualTo(floor.get("f1").asDouble());
    assertThat(r.oursStrict().f1())
        .isGreaterThanOrEqualTo(floor.get("f1_empty_as_zero").asDouble());
    assertThat(r.ours().recall()).isGreaterThanOrEqualTo(floor.get("recall").asDouble());
    assertThat(r.reference()).as("trafilatura's output in " + dir).isNotNull();
    assertThat(r.oursStrict().f1()).isGreaterThan(r.referenceStrict().f1());
  }
}
