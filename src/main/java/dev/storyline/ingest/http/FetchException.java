package dev.storyline.ingest.http;

import java.io.IOException;

/** A fetch that failed, with a kind and a message in words fit to show an operator. */
public final class FetchException extends IOException {

  /** What went wrong. */
  public enum Kind {
    BAD_URL,
    BLOCKED_ADDRESS,
    UNKNOWN_HOST,
    CONNECT,
    TIMEOUT,
    TOO_LARGE,
    TOO_MANY_REDIRECTS,
    HTTP_STATUS,
    PROTOCOL
  }

  private final Kind kind;

  public FetchException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public FetchException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
