package dev.storyline.store.journal;

import java.nio.file.Path;

/**
 * Another process has the embedded H2 file open. The embedded database serves one process at a time
 * (without H2's {@code AUTO_SERVER}, which would open a TCP port to the database); {@link
 * EmbeddedDatabaseInUseAnalyzer} says what to do instead.
 */
public final class EmbeddedDatabaseInUseException extends IllegalStateException {
  private final transient Path file;

  EmbeddedDatabaseInUseException(Path file, Throwable cause) {
    super(
        "the embedded database "
            + file
            + " is in use by another Storyline process; the embedded database serves one process"
            + " at a time",
        cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
