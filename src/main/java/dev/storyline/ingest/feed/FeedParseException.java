package dev.storyline.ingest.feed;

/** A document that cannot be read as a feed; the message says why in words. */
public final class FeedParseException extends Exception {
  public FeedParseException(String message) {
    super(message);
  }

  public FeedParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
