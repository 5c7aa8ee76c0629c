package dev.storyline.web.error;

/** A request parameter is out of range or malformed. Becomes a 400 ProblemDetail. */
public class BadRequestException extends RuntimeException {

  /**
   * @param message what is wrong and what is allowed, in plain words
   */
  public BadRequestException(String message) {
    super(message);
  }
}
