package dev.storyline.web.error;

/**
 * Something asked for by id does not exist. Becomes a 404: a ProblemDetail for the API, a helpful
 * HTML page otherwise.
 */
public class NotFoundException extends RuntimeException {

  private final String kind;
  private final String id;

  /**
   * @param kind what was looked for, in plain words ("story", "storyline")
   * @param id the id that was asked for
   */
  public NotFoundException(String kind, String id) {
    super("No " + kind + " with id '" + id + "'");
    this.kind = kind;
    this.id = id;
  }

  /** What was looked for ("story", "storyline", "page"). */
  public String kind() {
    return kind;
  }

  /** The id or path that was asked for. */
  public String id() {
    return id;
  }
}
