package dev.storyline.account;

import java.nio.charset.StandardCharsets;

/** The password rule, in one place: long enough to resist guessing, short enough to hash. */
final class Passwords {
  static final int MIN = 12;

  /**
   * bcrypt reads at most 72 bytes of a password (Spring Security refuses longer ones rather than
   * silently ignoring the rest), so that is the limit, counted in UTF-8 bytes.
   */
  static final int MAX_BYTES = 72;

  private Passwords() {}

  /** A plain message saying what is wrong with a new password, or {@code null} when it is fine. */
  static String problem(String password, String confirm) {
    if (password == null || password.length() < MIN) {
      return "Choose a password of at least " + MIN + " characters.";
    }
    if (tooLong(password)) {
      return "Choose a password of at most "
          + MAX_BYTES
          + " bytes: up to "
          + MAX_BYTES
          + " letters, digits and spaces of the English alphabet, fewer with accents or in other"
          + " scripts (the password hash reads no further).";
    }
    if (!password.equals(confirm)) {
      return "The two passwords differ.";
    }
    return null;
  }

  /** Whether the password is longer than bcrypt can hash. */
  static boolean tooLong(CharSequence password) {
    return password != null
        && password.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
  }
}
