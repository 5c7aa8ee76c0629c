package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analyze.embed.MiniLmEmbedder;
import dev.storyline.app.Stages;
import dev.storyline.brief.ExtractiveBriefWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality floors reached on the third-party data in {@code ../shared/data} (see {@code
 * src/test/resources/eval/baseline.json}); skipped with a message where the data is absent.
 */
class BriefFloorsIT {
  private static final Path DATA = Path.of("../shared/data");
  private static MiniLmEmbedder embedder;
  private static JsonNode floors;
  private final ObjectMapper json = Stages.json();

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = BriefFloorsIT.class.getResourceAsStream("/eval/baseline.json")) {
      floors = new ObjectMapper().readTree(in);
    }
    if (Files.isDirectory(DATA)) {
      embedder = Stages.embedder();
    }
  }

  @AfterAll
  static void close() {
    if (embedder != null) {
      embedder.close();
    }
  }

  private static void requireData(Path file) {
    assumeTrue(
        Files.isReadable(file), "skipped: " + file + " not found (shared evaluation data absent)");
  }

  @Test
  void allsidesSummariesGroundingAndSides() throws Exception {
    Path stream = DATA.resolve("streams/allsides-2021.jsonl.gz");
    Path refs = DATA.resolve("streams/allsides-2021.summaries.jsonl.gz");
    requireData(stream);
    BriefEval eval =
        new BriefEval(Stages.analyzer(embedder, true), new ExtractiveBriefWriter(), json);
    BriefEval.Result r =
        eval.run(StreamFile.read(stream, json), BriefEval.references(refs, json), null);
    JsonNode f = floors.get("allsides");
    BriefEval.Cut atReference = r.cuts().get(0);
    BriefEval.Cut atSeed = r.cuts().get(1);
    System.out.printf(
        java.util.Locale.ROOT,
        "BriefFloorsIT allsides: summary ROUGE-1/2/L %.3f / %.3f / %.3f, grounded %.3f,"
            + " stances %d; at the reference length ours %.3f, lead-N %.3f, LexRank %.3f;"
            + " at %s %d of %d multi-outlet stories over half from one outlet%n",
        r.summary().f1(0),
        r.summary().f1(1),
        r.summary().f1(2),
        r.groundedShare(),
        r.stances(),
        atReference.ours().f1(0),
        atReference.leadN().f1(0),
        atReference.lexRank().f1(0),
        atSeed.label(),
        atSeed.oneOutletOverHalf(),
        atSeed.multiOutlet());
    assertThat(r.summary().f1(0)).isGreaterThanOrEqualTo(f.get("summary_rouge1_f1").asDouble());
    assertThat(r.summary().f1(1)).isGreaterThanOrEqualTo(f.get("summary_rouge2_f1").asDouble());
    assertThat(r.summary().f1(2)).isGreaterThanOrEqualTo(f.get("summary_rougeL_f1").asDouble());
    assertThat(r.groundedShare()).isGreaterThanOrEqualTo(f.get("grounded_share").asDouble());
    assertThat(r.stances()).isGreaterThanOrEqualTo(f.get("min_stances").asInt());
    assertThat(atReference.ours().f1(0))
        .isGreaterThanOrEqualTo(f.get("summary_cut_rouge1_f1").asDouble());
    assertThat(atSeed.label()).isEqualTo("130 words");
    assertThat(1 - atSeed.oneOutletOverHalf() / (double) atSeed.multiOutlet())
        .isGreaterThanOrEqualTo(f.get("summary_outlets_covered").asDouble());
  }

  @Test
  void timeline17OnTheH1n1AndHaitiTopics() throws Exception {
    requireData(DATA.resolve("timeline17/articles.jsonl.gz"));
    TimelineEval eval = new TimelineEval(Stages.analyzer(embedder, false), json);
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    TimelineEval.Result r = eval.run(DATA.resolve("timeline17"), Set.of("h1n1", "haiti"), quiet);
    JsonNode f = floors.get("timeline17_h1n1_haiti");
    System.out.printf(
        java.util.Locale.ROOT,
        "BriefFloorsIT timeline17 h1n1+haiti: %d pairs, AR-1 %.3f, AR-2 %.3f, date F1 %.3f%n",
        r.pairs(),
        r.rouge1().f1(),
        r.rouge2().f1(),
        r.dates().f1());
    assertThat(r.pairs()).isEqualTo(4);
    assertThat(r.rouge1().f1()).isGreaterThanOrEqualTo(f.get("ar1_f").asDouble());
    assertThat(r.rouge2().f1()).isGreaterThanOrEqualTo(f.get("ar2_f").asDouble());
    assertThat(r.dates().f1()).isGreaterThanOrEqualTo(f.get("date_f1").asDouble());
  }
}
