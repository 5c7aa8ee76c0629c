package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutletFileTest {

  @Test
  void readsYamlWithListOrCommaTopicsAndTheOperatorsWordsForLeans() throws IOException {
    List<Outlet> read =
        OutletFile.read(
            in(
                """
                outlets:
                  - name: Daily Example
                    lean: Lean-Left
                    country: Norway
                    note: Owned by a foundation
                    topics: [World, Climate change]
                  - name: Example Sport
                    lean: center
                    topics: sport, business
                  - name: No Lean
                """),
            OutletFile.Format.YAML);
    assertThat(read)
        .containsExactly(
            new Outlet(
                "Daily Example",
                Lean.LEAN_LEFT,
                "Norway",
                "Owned by a foundation",
                List.of("world", "climate-change")),
            new Outlet("Example Sport", Lean.CENTRE, "", "", List.of("sport", "business")),
            Outlet.undescribed("No Lean"));
    assertThat(read.get(0).topics()).containsExactly("climate-change", "world");
  }

  @Test
  void readsCsvWithAHeaderAndQuotedFields() throws IOException {
    List<Outlet> read =
        OutletFile.read(
            in(
                "name,lean,country,note,topics\n"
                    + "\"Wire, The\",right,,\"Says \"\"independent\"\"\",science;technology\n"
                    + "Plain,,UK,,\n"),
            OutletFile.Format.CSV);
    assertThat(read)
        .containsExactly(
            new Outlet(
                "Wire, The",
                Lean.RIGHT,
                "",
                "Says \"independent\"",
                List.of("science", "technology")),
            new Outlet("Plain", Lean.UNKNOWN, "UK", "", List.of()));
  }

  @Test
  void aBadRecordRefusesTheWholeFileWithItsNumberAndReason() {
    assertThatThrownBy(
            () ->
                OutletFile.read(in("name,lean\nGood,left\nBad,far-left\n"), OutletFile.Format.CSV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("record 3")
        .hasMessageContaining("far-left");
    assertThatThrownBy(
            () -> OutletFile.read(in("outlets:\n  - lean: left\n"), OutletFile.Format.YAML))
        .hasMessageContaining("record 1: an outlet needs a name");
    assertThatThrownBy(
            () ->
                OutletFile.read(
                    in("outlets:\n  - name: A\n    topics: [Science & Health]\n"),
                    OutletFile.Format.YAML))
        .hasMessageContaining("letters, digits and dashes");
    assertThatThrownBy(() -> OutletFile.read(in("just: text\n"), OutletFile.Format.YAML))
        .hasMessageContaining("outlets:");
    assertThatThrownBy(() -> OutletFile.Format.of("outlets.txt")).hasMessageContaining(".csv");
  }

  @Test
  void theSampleOutletsFileDescribesEveryOutletOfTheSampleCorpus() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/sample/outlets.yml")) {
      List<Outlet> read = OutletFile.read(in, OutletFile.Format.YAML);
      assertThat(read).extracting(Outlet::name).doesNotHaveDuplicates().hasSize(10);
      assertThat(read).extracting(Outlet::lean).doesNotContain(Lean.UNKNOWN);
      assertThat(read).allSatisfy(o -> assertThat(o.note()).contains("invented"));
    }
  }

  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
