package dev.storyline.ingest;

import dev.storyline.domain.Article;

/** The outcome of reading one input record: an article, or a rejection that keeps its reason. */
public sealed interface Ingested permits Ingested.Accepted, Ingested.Rejected {

  /** 1-based line (record) number in the input. */
  long line();

  /**
   * An article ready for the pipeline.
   *
   * @param canonicalUrl the canonical form of its URL, or {@code null} when it has none
   * @param textHash fingerprint of its normalised title + text
   */
  record Accepted(long line, Article article, String canonicalUrl, String textHash)
      implements Ingested {}

  /** A record that cannot become an article, and why. */
  record Rejected(long line, Reason reason, String detail) implements Ingested {}

  /** Why a record was rejected. */
  enum Reason {
    MALFORMED_JSON,
    MISSING_FIELD,
    BAD_DATE,
    EMPTY_TEXT,
    TOO_LARGE
  }
}
