package dev.storyline.account;

/** The password rule, in one place: long enough to resist guessing, short enough to hash. */
final class Passwords {
  static final int MIN = 12;
  static final int MAX = 128;

  private Passwords() {}

  /** A plain message saying what is wrong with a new password, or {@code null} when it is fine. */
  static String problem(String password, String confirm) {
    if (password == null || password.length() < MIN) {
      return "Choose a password of at least " + MIN + " characters.";
    }
    if (password.length() > MAX) {
      return "Choose a password of at most " + MAX + " characters.";
    }
    if (!password.equals(confirm)) {
      return "The two passwords differ.";
    }
    return null;
  }
}
