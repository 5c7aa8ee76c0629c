package dev.storyline.account;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Limits on the forms that create accounts or send mail: each per network (IPv4 address or IPv6
 * /64) and per target account, counted in the database ({@link RateLimits}). A refused attempt is
 * answered with HTTP 429 and says how long to wait; it is not counted, so hammering a limit does
 * not prolong it.
 */
@Service
public class FormLimits {
  static final Duration WINDOW = Duration.ofHours(1);

  /** Password-reset submissions per network and hour (tokens are 256 random bits: no guessing). */
  static final int RESET_SUBMITS_PER_ADDRESS = 20;

  private final RateLimits rates;
  private final ReaderProperties props;

  FormLimits(RateLimits rates, ReaderProperties props) {
    this.rates = rates;
    this.props = props;
  }

  /** A sign-up for {@code email} from {@code address}. */
  public Optional<RateLimited> signUp(String email, String address) {
    return both("signup", email, address, "New accounts");
  }

  /** A request for a password-reset mail to {@code email} from {@code address}. */
  public Optional<RateLimited> resetRequest(String email, String address) {
    return both("reset", email, address, "Password-reset requests");
  }

  /** A new password sent with a reset token from {@code address}. */
  public Optional<RateLimited> resetSubmit(String address) {
    return limit(
        new RateLimits.Limit("reset-submit-from", RESET_SUBMITS_PER_ADDRESS, WINDOW),
        ClientAddress.group(address),
        "Too many attempts to set a password from your network");
  }

  /** Another confirmation mail to the account's address. */
  public Optional<RateLimited> confirmationMail(String email) {
    return limit(
        new RateLimits.Limit("confirm-mail-to", props.mailsPerAccount(), WINDOW),
        RateLimits.accountKey(email),
        "Confirmation links were sent to this address several times already");
  }

  private Optional<RateLimited> both(String form, String email, String address, String what) {
    Optional<RateLimited> network =
        limit(
            new RateLimits.Limit(form + "-from", props.formsPerAddress(), WINDOW),
            ClientAddress.group(address),
            what + " from your network are limited to " + props.formsPerAddress() + " an hour");
    return network.isPresent()
        ? network
        : limit(
            new RateLimits.Limit(form + "-to", props.mailsPerAccount(), WINDOW),
            RateLimits.accountKey(email),
            what + " for this address are limited to " + props.mailsPerAccount() + " an hour");
  }

  private Optional<RateLimited> limit(RateLimits.Limit limit, String subject, String why) {
    Duration wait = rates.tryAcquire(limit, subject);
    return wait.isZero()
        ? Optional.empty()
        : Optional.of(
            new RateLimited(why + ": please try again in " + RateLimited.words(wait) + ".", wait));
  }
}
