package dev.storyline.store.journal;

import java.util.List;

/**
 * Where stored rows are journaled before the database stores them. {@link #NONE} journals nothing
 * (PostgreSQL, in-memory databases, tests).
 */
public interface IngestJournal {
  /** A journal that keeps nothing. */
  IngestJournal NONE = records -> {};

  /**
   * Appends records and flushes them to disk; returns only when they are durable.
   *
   * @throws JournalException when they cannot be written (the caller must then not store them)
   */
  void append(List<JournalRecord> records);

  /** Appends one record; see {@link #append(List)}. */
  default void append(JournalRecord record) {
    append(List.of(record));
  }

  /** A journal write failed. */
  final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JournalException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
