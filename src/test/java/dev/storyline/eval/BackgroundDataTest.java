package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackgroundDataTest {
  static final String TSV =
      "Date\tUpdate\tBackground\n"
          + "[2031-04-02]\t\"The Varn dam failed at dawn.\"\t\n"
          + "[2031-04-03]\t\"Crews said \"\"at least 40\"\" homes flooded.\\nRoads closed.\"\t"
          + "\"On 2 April the Varn dam failed.\"\n";

  @Test
  void rowsKeepDateUpdateAndBackgroundWithQuotesAndLiteralNewlines() {
    List<BackgroundData.Row> rows = BackgroundData.rows(TSV);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).date()).isEqualTo(LocalDate.of(2031, 4, 2));
    assertThat(rows.get(0).background()).isEmpty();
    assertThat(rows.get(1).update())
        .isEqualTo("Crews said \"at least 40\" homes flooded. Roads closed.");
    assertThat(rows.get(1).background()).isEqualTo("On 2 April the Varn dam failed.");
  }

  @Test
  void quotedCellsMayHoldTabsAndLineBreaks() {
    List<List<String>> records = BackgroundData.Tsv.parse("a\t\"b\tc\nd\"\te\r\nf\tg\n");
    assertThat(records).containsExactly(List.of("a", "b\tc\nd", "e"), List.of("f", "g"));
  }

  @Test
  void untarReadsRegularFilesOfAUstarStream() throws Exception {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    entry(tar, "events/", new byte[0], '5');
    entry(tar, "events/varn_dam/annotator1.tsv", TSV.getBytes(StandardCharsets.UTF_8), '0');
    tar.write(new byte[1024]);
    Map<String, String> files = BackgroundData.untar(new ByteArrayInputStream(tar.toByteArray()));
    assertThat(files).containsOnlyKeys("events/varn_dam/annotator1.tsv");
    assertThat(files.get("events/varn_dam/annotator1.tsv")).isEqualTo(TSV);
  }

  @Test
  void leadBaselinesTakeFirstSentencesUpToTheWordBudget() {
    List<AnalyzedArticle> updates =
        List.of(
            update("u1", "Alpha beta gamma delta.", "Later one."),
            update("u2", "Epsilon zeta eta.", "Later two."));
    assertThat(BackgroundEval.lead(updates, 5, false)).isEqualTo("Alpha beta gamma delta. Epsilon");
    assertThat(BackgroundEval.lead(updates, 2, true)).isEqualTo("Epsilon zeta");
    assertThat(BackgroundEval.lead(updates, 50, true))
        .isEqualTo("Epsilon zeta eta. Alpha beta gamma delta.");
  }

  private static AnalyzedArticle update(String id, String first, String second) {
    Article a = new Article(id, null, null, Instant.EPOCH, "", first + " " + second, Map.of());
    return new AnalyzedArticle(
        a, List.of(sentence(0, first), sentence(1, second)), List.of(), new float[0]);
  }

  private static AnalyzedSentence sentence(int index, String text) {
    return new AnalyzedSentence(index, 0, text.length(), text, List.of(), List.of(), new float[0]);
  }

  private static void entry(ByteArrayOutputStream out, String name, byte[] body, char type)
      throws Exception {
    byte[] header = new byte[512];
    byte[] n = name.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(n, 0, header, 0, n.length);
    byte[] size = String.format("%011o", body.length).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(size, 0, header, 124, size.length);
    header[156] = (byte) type;
    out.write(header);
    out.write(body);
    out.write(new byte[(512 - body.length % 512) % 512]);
  }
}
