package dev.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
  private static final Instant UNDATED = Instant.parse("2026-01-01T00:00:00Z");
  private final JsonLinesReader reader = new JsonLinesReader(new ObjectMapper(), 2000);

  private List<Ingested> read(byte[] bytes) throws IOException {
    List<Ingested> out = new ArrayList<>();
    reader.read(new ByteArrayInputStream(bytes), n -> UNDATED, out::add);
    return out;
  }

  private List<Ingested> read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheCommonFormatAndKeepsGoldLabelOnlyInMeta() throws IOException {
    List<Ingested> out =
        read(
            """
        {"id":"a1","source":"Civic Wire","url":"https://civicwire.example/x?utm_source=t","published":"2026-11-24T09:30:00Z","title":"Bridge reopens","text":"The bridge reopened.\\n\\nTraffic resumed.","story":"bridge-1","meta":{"side":"center"}}
        """);
    assertThat(out)
        .singleElement()
        .isInstanceOfSatisfying(
            Ingested.Accepted.class,
            a -> {
              assertThat(a.article().id()).isEqualTo("a1");
              assertThat(a.article().published()).isEqualTo(Instant.parse("2026-11-24T09:30:00Z"));
              assertThat(a.article().text()).contains("\n\nTraffic resumed.");
              assertThat(a.article().meta())
                  .containsEntry("story", "bridge-1")
                  .containsEntry("side", "center");
              assertThat(a.canonicalUrl()).isEqualTo("https://civicwire.example/x");
              assertThat(a.textHash()).hasSize(64);
            });
  }

  @Test
  void treebankTokenisedTextIsImportedAsProse() throws IOException {
    // the shape of a Timeline17 record: title and body in Penn Treebank tokens
    List<Ingested> out =
        read(
            """
        {"id":"t1","source":"reuters","published":"2009-04-28","title":"ZURICH -LRB- Reuters -RRB- - A container of flu samples exploded .","text":"It did n't harm anyone , police said .\\n\\nThe `` Swiss '' train was stopped ."}
        """);
    Ingested.Accepted a = (Ingested.Accepted) out.get(0);
    assertThat(a.article().title())
        .isEqualTo("ZURICH (Reuters) - A container of flu samples exploded.");
    assertThat(a.article().text())
        .isEqualTo("It didn't harm anyone, police said.\n\nThe \"Swiss\" train was stopped.");
  }

  @Test
  void aShortTokenisedBodyIsToldByItsTitle() throws IOException {
    // a one-sentence body has too few tokens to tell; with its title the record has enough
    List<Ingested> out =
        read(
            """
        {"id":"t2","source":"bbc","published":"2010-01-20","title":"Ferries return to Osk , a week after the storm 's peak .","text":"A boy was also found alive ."}
        """);
    Ingested.Accepted a = (Ingested.Accepted) out.get(0);
    assertThat(a.article().title())
        .isEqualTo("Ferries return to Osk, a week after the storm's peak.");
    assertThat(a.article().text()).isEqualTo("A boy was also found alive.");
  }

  @Test
  void aTitleWithoutBodyIsToldAlone() throws IOException {
    // a record of that corpus with a title and no text: one spaced period says it is tokenised;
    // an edited title with a dash and a colon is left alone
    List<Ingested> out =
        read(
            """
        {"id":"t3","source":"post","published":"2010-07-17","title":"Ferry riders find an outlet for anger at the port .","text":""}
        {"id":"t4","source":"post","published":"2010-07-17","title":"Osk ferries: a week on - and still no timetable","text":"Riders waited."}
        {"id":"t5","source":"bbc","published":"2010-07-17","title":"The latest bulletin from Norland Radio","text":"We discuss the calls for the port to pay the riders back ."}
        """);
    assertThat(((Ingested.Accepted) out.get(2)).article().text())
        .isEqualTo("We discuss the calls for the port to pay the riders back.");
    assertThat(((Ingested.Accepted) out.get(0)).article().title())
        .isEqualTo("Ferry riders find an outlet for anger at the port.");
    assertThat(((Ingested.Accepted) out.get(1)).article().title())
        .isEqualTo("Osk ferries: a week on - and still no timetable");
  }

  @Test
  void badLinesAreRejectedWithTheirReasonAndTheRestIsRead() throws IOException {
    List<Ingested> out =
        read(
            String.join(
                "\n",
                "{\"id\":\"ok1\",\"title\":\"T\",\"text\":\"x\",\"published\":\"2021-03-04\"}",
                "{not json",
                "[1,2]",
                "{\"title\":\"no id\",\"text\":\"x\"}",
                "{\"id\":\"e\",\"title\":\"\",\"text\":\"\"}",
                "{\"id\":\"d\",\"title\":\"T\",\"text\":\"x\",\"published\":\"yesterday-ish\"}",
                "",
                "{\"id\":\"big\",\"title\":\"" + "x".repeat(3000) + "\"}",
                "{\"id\":\"ok2\",\"title\":\"T2\",\"text\":\"y\"}"));
    assertThat(out)
        .extracting(o -> o instanceof Ingested.Rejected r ? r.reason().name() : "OK")
        .containsExactly(
            "OK",
            "MALFORMED_JSON",
            "MALFORMED_JSON",
            "MISSING_FIELD",
            "EMPTY_TEXT",
            "BAD_DATE",
            "TOO_LARGE",
            "OK");
    Ingested.Accepted first = (Ingested.Accepted) out.get(0);
    assertThat(first.article().published()).isEqualTo(Instant.parse("2021-03-04T00:00:00Z"));
    Ingested.Accepted last = (Ingested.Accepted) out.get(out.size() - 1);
    assertThat(last.article().published()).isEqualTo(UNDATED);
    assertThat(last.line()).isEqualTo(9);
  }

  @Test
  void invalidUtf8AndNulBytesDoNotStopTheImport() throws IOException {
    byte[] head = "{\"id\":\"u\",\"title\":\"caf".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\",\"text\":\"a\\u0000b\"}\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(head);
    bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
    bytes.write(tail);
    List<Ingested> out = read(bytes.toByteArray());
    assertThat(out)
        .singleElement()
        .isInstanceOfSatisfying(
            Ingested.Accepted.class,
            a -> {
              assertThat(a.article().title()).startsWith("caf").contains("\uFFFD");
              assertThat(a.article().text()).isEqualTo("ab");
            });
  }

  @Test
  void gzipFilesAreOpenedTransparently(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("s.jsonl.gz");
    try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
      gz.write(
          "{\"id\":\"g\",\"title\":\"Zipped\",\"text\":\"t\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    List<Ingested> out = new ArrayList<>();
    try (var in = JsonLinesReader.open(file)) {
      reader.read(in, n -> UNDATED, out::add);
    }
    assertThat(out)
        .singleElement()
        .isInstanceOfSatisfying(
            Ingested.Accepted.class, a -> assertThat(a.article().title()).isEqualTo("Zipped"));
  }

  @Test
  void publicationTimesInSeveralIsoShapes() {
    assertThat(PublishedTime.parse("2026-11-24")).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
    assertThat(PublishedTime.parse("2026-11-24T10:00:00+02:00"))
        .isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
    assertThat(PublishedTime.parse("2026-11-24T10:00:00+0200"))
        .isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
    assertThat(PublishedTime.parse("2026-11-24 10:00:00"))
        .isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
  }
}
