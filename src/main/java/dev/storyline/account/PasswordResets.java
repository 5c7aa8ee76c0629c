package dev.storyline.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Password reset by e-mailed token: 256 random bits, only their SHA-256 stored, one use, short
 * lifetime. Asking never reveals whether an address has an account.
 */
@Service
public class PasswordResets {
  private final SecureRandom random = new SecureRandom();
  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final Mailer mailer;
  private final ReaderProperties props;
  private final Clock clock;

  PasswordResets(
      AccountRepository accounts,
      PasswordEncoder encoder,
      Mailer mailer,
      ReaderProperties props,
      Clock clock) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.mailer = mailer;
    this.props = props;
    this.clock = clock;
  }

  /** Sends a reset link when the address has an account; does nothing visible otherwise. */
  public void request(String email) {
    Optional<Account> account = accounts.byEmail(email);
    if (account.isEmpty() || account.get().banned()) {
      return;
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    accounts.addResetToken(
        hash(token), account.get().id(), clock.instant().plus(props.resetTokenLifetime()));
    String link = props.baseUrl().replaceAll("/+$", "") + "/password/reset?token=" + token;
    mailer.send(
        account.get().email(),
        "Reset your Storyline password",
        "Someone asked to reset the password of your Storyline account.\n\n"
            + "To choose a new password, open this link within "
            + props.resetTokenLifetime().toMinutes()
            + " minutes:\n\n"
            + link
            + "\n\n"
            + "If it was not you, ignore this message: your password stays as it is.\n");
  }

  /** Whether a token can still be used. */
  public boolean valid(String token) {
    return token != null && accounts.resetTokenValid(hash(token), clock.instant());
  }

  /**
   * Sets a new password with a token; false when the token is unknown, used or expired. The
   * password is hashed before the token is touched, and the token is spent in the same transaction
   * as the change, so a failure never uses it up. Every session of the account ends.
   */
  public boolean reset(String token, String newPassword) {
    if (token == null) {
      return false;
    }
    String hashed = encoder.encode(newPassword);
    return accounts.resetPassword(hash(token), hashed, clock.instant()).isPresent();
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
