package dev.storyline.store.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The journal's framing: a magic number, the payload length and the CRC-32C of the payload, then
 * the payload. A frame cut short or failing its checksum ends the readable journal: it is the torn
 * tail of a write that was never acknowledged.
 */
final class JournalFrames {
  static final int MAGIC = 0x534C4A31; // "SLJ1"
  static final int HEADER = 12;
  static final int MAX_PAYLOAD = 256 << 20;

  private JournalFrames() {}

  static void put(ByteBuffer out, byte[] payload) {
    out.putInt(MAGIC).putInt(payload.length).putInt(crc(payload)).put(payload);
  }

  static int crc(byte[] payload) {
    CRC32C crc = new CRC32C();
    crc.update(payload);
    return (int) crc.getValue();
  }

  /**
   * Reads the frames from {@code from} on, handing each payload to {@code each}.
   *
   * @return the offset just after the last complete, intact frame
   */
  static long scan(FileChannel channel, long from, Consumer<byte[]> each) throws IOException {
    long size = channel.size();
    long at = from;
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    while (at + HEADER <= size) {
      header.clear();
      readFully(channel, header, at);
      header.flip();
      int magic = header.getInt();
      int length = header.getInt();
      int crc = header.getInt();
      if (magic != MAGIC || length < 0 || length > MAX_PAYLOAD || at + HEADER + length > size) {
        break;
      }
      ByteBuffer payload = ByteBuffer.allocate(length);
      readFully(channel, payload, at + HEADER);
      if (crc(payload.array()) != crc) {
        break;
      }
      each.accept(payload.array());
      at += HEADER + length;
    }
    return at;
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position)
      throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        throw new IOException("journal ended while reading at " + at);
      }
      at += n;
    }
  }
}
