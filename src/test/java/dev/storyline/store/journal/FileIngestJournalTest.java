package dev.storyline.store.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal file: records read back as written; a torn or damaged tail is ignored and cut off.
 */
class FileIngestJournalTest {
  @TempDir Path dir;

  private static JournalRecord.SeenRow seen(int i) {
    return new JournalRecord.SeenRow("src", "entry-" + i, "a" + i, "2026-03-02T08:00:00Z");
  }

  private List<JournalRecord> readAll(FileIngestJournal journal) {
    List<JournalRecord> out = new ArrayList<>();
    journal.read(0, out::add);
    return out;
  }

  @Test
  void recordsOfEveryKindReadBackAsWritten() throws Exception {
    List<JournalRecord> written =
        List.of(
            new JournalRecord.ArticleRow(
                "a1",
                "Outlet",
                "https://o.example/1",
                "https://o.example/1",
                "2026-03-02T08:00:00Z",
                "Title \u00e9",
                "Body\nwith lines",
                "h1",
                "{\"feed\":\"f\"}",
                "2026-03-02T08:00:01.123456Z"),
            new JournalRecord.SimhashRow("a1", -42L, "2026-03-02T08:00:00Z"),
            new JournalRecord.SightingRow(
                "a1", "uh", null, "Outlet 2", "near", "2026-03-02T08:00:00Z"),
            new JournalRecord.SourceRow(
                "s1", "https://f.example/rss", "hash", "Feed", 1800, "2026-03-02T08:00:00Z"),
            new JournalRecord.SourceRemoved("s0"),
            seen(1));
    try (FileIngestJournal journal = new FileIngestJournal(dir)) {
      journal.append(written);
    }
    try (FileIngestJournal journal = new FileIngestJournal(dir)) {
      assertThat(readAll(journal)).isEqualTo(written);
    }
  }

  @Test
  void aTornLastRecordIsIgnoredAndCutOffBeforeTheNextAppend() throws Exception {
    Path file = dir.resolve(FileIngestJournal.FILE);
    try (FileIngestJournal journal = new FileIngestJournal(dir)) {
      journal.append(List.of(seen(1), seen(2)));
    }
    long intact = Files.size(file);
    // a killed process wrote the header and half the payload of a third record
    byte[] payload =
        "{\"t\":\"seen\",\"sourceId\":\"src\",\"entryKey\":\"entry-3\"}"
            .getBytes(StandardCharsets.UTF_8);
    ByteBuffer torn = ByteBuffer.allocate(JournalFrames.HEADER + payload.length);
    JournalFrames.put(torn, payload);
    Files.write(
        file,
        java.util.Arrays.copyOf(torn.array(), JournalFrames.HEADER + payload.length / 2),
        StandardOpenOption.APPEND);

    try (FileIngestJournal journal = new FileIngestJournal(dir)) {
      assertThat(readAll(journal)).containsExactly(seen(1), seen(2));
    }
    try (FileIngestJournal journal = new FileIngestJournal(dir)) {
      journal.append(seen(4));
      assertThat(readAll(journal)).containsExactly(seen(1), seen(2), seen(4));
    }
    assertThat(Files.size(file)).isGreaterThan(intact);
  }

  @Test
  void aRecordWithAFlippedByteEndsTheReadableJournal() throws Exception {
    Path file = dir.resolve(FileIngestJournal.FILE);
    try (FileIngestJournal journal = new FileIngestJournal(dir)) {
      journal.append(List.of(seen(1), seen(2)));
    }
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 3] ^= 0x20; // inside the second record's payload: its checksum fails
    Files.write(file, bytes);
    try (FileIngestJournal journal = new FileIngestJournal(dir)) {
      assertThat(readAll(journal)).containsExactly(seen(1));
    }
  }
}
