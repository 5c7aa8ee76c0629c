package dev.storyline.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.springframework.stereotype.Service;

/**
 * Address confirmation for new accounts when SMTP is configured: a mailed link (256 random bits,
 * only their SHA-256 stored, one use, a day's lifetime) that the owner opens to confirm. Until then
 * the account may sign in and follow, but not comment ({@link #mayComment}). Without SMTP no mail
 * can prove anything, so accounts are confirmed as they are made.
 */
@Service
public class EmailConfirmations {
  static final Duration LIFETIME = Duration.ofDays(1);

  private final SecureRandom random = new SecureRandom();
  private final AccountRepository accounts;
  private final Mailer mailer;
  private final ReaderProperties props;
  private final Clock clock;

  EmailConfirmations(
      AccountRepository accounts, Mailer mailer, ReaderProperties props, Clock clock) {
    this.accounts = accounts;
    this.mailer = mailer;
    this.props = props;
    this.clock = clock;
  }

  /** Whether new accounts must confirm their address (SMTP is configured). */
  public boolean required() {
    return mailer.smtp();
  }

  /** Whether the account may comment as far as its address goes. */
  public boolean mayComment(Account account) {
    return account.emailConfirmed() || !required();
  }

  /** Mails a confirmation link to the account's address. */
  public void send(Account account) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    accounts.addConfirmationToken(
        PasswordResets.hash(token), account.id(), clock.instant().plus(LIFETIME));
    String link = props.baseUrl().replaceAll("/+$", "") + "/confirm-email?token=" + token;
    mailer.send(
        account.email(),
        "Confirm your Storyline address",
        "Someone, probably you, made a Storyline account with this address.\n\n"
            + "To confirm it and join the discussions, open this link within a day:\n\n"
            + link
            + "\n\n"
            + "If it was not you, ignore this message: the account cannot comment without it.\n");
  }

  /** Confirms with a mailed token; false when the token is unknown, used or expired. */
  public boolean confirm(String token) {
    return token != null
        && !token.isBlank()
        && accounts.confirmWithToken(PasswordResets.hash(token), clock.instant()).isPresent();
  }
}
