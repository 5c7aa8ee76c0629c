package dev.storyline.store.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal file {@value #FILE} in its folder. Appends hold an exclusive file lock (a server and
 * a command-line import may share one installation), cut off a torn tail another process left
 * before writing, and return after {@code fsync}. Thread-safe.
 */
public final class FileIngestJournal implements IngestJournal, Closeable {
  /** The journal's file name inside its folder. */
  public static final String FILE = "ingest.journal";

  private static final Logger log = LoggerFactory.getLogger(FileIngestJournal.class);

  private final Path file;
  private final ObjectWriter writer;
  private final ObjectMapper json;
  private FileChannel channel;

  /** Everything before this offset is known to be intact frames. */
  private long verifiedEnd;

  public FileIngestJournal(Path dir) {
    this.file = dir.resolve(FILE);
    this.json = new ObjectMapper();
    this.writer = json.writerFor(JournalRecord.class);
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void append(List<JournalRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    try {
      List<byte[]> payloads = new ArrayList<>();
      int bytes = 0;
      for (JournalRecord r : records) {
        byte[] p = writer.writeValueAsBytes(r);
        payloads.add(p);
        bytes += JournalFrames.HEADER + p.length;
      }
      ByteBuffer out = ByteBuffer.allocate(bytes);
      payloads.forEach(p -> JournalFrames.put(out, p));
      out.flip();
      write(out);
    } catch (IOException e) {
      throw new JournalException("cannot write the ingest journal " + file, e);
    }
  }

  private void write(ByteBuffer out) throws IOException {
    FileChannel ch = channel();
    try (FileLock lock = ch.lock()) {
      long size = ch.size();
      if (size != verifiedEnd) {
        long end = JournalFrames.scan(ch, Math.min(verifiedEnd, size), p -> {});
        if (end < size) {
          log.warn(
              "ingest journal {}: ignoring a torn last record ({} bytes at offset {}) left by a killed"
                  + " process; it was never acknowledged",
              file,
              size - end,
              end);
          ch.truncate(end);
        }
        verifiedEnd = end;
      }
      long at = verifiedEnd;
      while (out.hasRemaining()) {
        at += ch.write(out, at);
      }
      ch.force(false);
      verifiedEnd = at;
    }
  }

  /**
   * Reads the intact records from {@code from} on (without locking: a record being written by
   * another process is simply not seen yet).
   *
   * @return the offset after the last intact record
   */
  public synchronized long read(long from, Consumer<JournalRecord> each) {
    if (!Files.exists(file)) {
      return 0;
    }
    try {
      FileChannel ch = channel();
      long start =
          from > ch.size() ? 0 : from; // a checkpoint past the end: the journal was replaced
      long end = JournalFrames.scan(ch, start, p -> each.accept(decode(p)));
      verifiedEnd =
          Math.max(verifiedEnd, end); // offsets before start were verified when checkpointed
      return end;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ingest journal " + file, e);
    }
  }

  private JournalRecord decode(byte[] payload) {
    try {
      return json.readValue(payload, JournalRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable ingest journal record in " + file, e);
    }
  }

  private FileChannel channel() throws IOException {
    if (channel == null) {
      Files.createDirectories(file.getParent());
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }
    return channel;
  }

  @Override
  public synchronized void close() throws IOException {
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }
}
