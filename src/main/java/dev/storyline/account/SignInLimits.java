package dev.storyline.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Limits on guessing passwords that cannot be turned into a weapon against an account's owner.
 *
 * <ul>
 *   <li>Per network (an IPv4 address or an IPv6 /64): at most {@link
 *       ReaderProperties#failuresPerAddress()} failed sign-ins within {@link
 *       ReaderProperties#lockout()}, whatever the accounts.
 *   <li>Per account <em>and</em> network: after {@link ReaderProperties#failuresPerAccount()}
 *       failures within a day, each further attempt from that network waits a delay that doubles
 *       from one second up to {@link ReaderProperties#maxDelay()}. The account is never locked: its
 *       owner signing in from another network is not slowed, and a success clears the pair.
 * </ul>
 *
 * Counted in the database ({@link RateLimits}), so they hold across processes and restarts.
 */
public final class SignInLimits {
  static final String FAILED_FROM = "signin-failed-from";
  static final String FAILED_PAIR = "signin-failed-pair";
  static final Duration PAIR_MEMORY = Duration.ofDays(1);

  private final RateLimits rates;
  private final ReaderProperties props;
  private final Clock clock;

  public SignInLimits(RateLimits rates, ReaderProperties props, Clock clock) {
    this.rates = rates;
    this.props = props;
    this.clock = clock;
  }

  /** Why a sign-in to {@code email} from {@code address} must wait now, if it must. */
  public Optional<RateLimited> check(String email, String address) {
    String network = ClientAddress.group(address);
    Duration wait =
        rates.waitBelow(FAILED_FROM, network, props.failuresPerAddress(), props.lockout());
    if (!wait.isZero()) {
      return Optional.of(
          new RateLimited(
              "Too many failed sign-ins from your network. Please try again in "
                  + RateLimited.words(wait)
                  + ", or reset your password.",
              wait));
    }
    String pair = pair(email, network);
    int failures = rates.count(FAILED_PAIR, pair, PAIR_MEMORY);
    if (failures < props.failuresPerAccount()) {
      return Optional.empty();
    }
    Duration delay = delay(failures - props.failuresPerAccount(), props.maxDelay());
    Instant last = rates.latest(FAILED_PAIR, pair).orElse(Instant.EPOCH);
    Duration left = Duration.between(clock.instant(), last.plus(delay));
    if (left.isNegative() || left.isZero()) {
      return Optional.empty();
    }
    return Optional.of(
        new RateLimited(
            "Several wrong passwords for this account from your network: please wait "
                + RateLimited.words(left)
                + " before trying again, or reset your password.",
            left));
  }

  /** Records a failed sign-in. */
  public void failed(String email, String address) {
    String network = ClientAddress.group(address);
    rates.record(FAILED_FROM, network);
    rates.record(FAILED_PAIR, pair(email, network));
  }

  /** Forgets the account's failures from this network after a successful sign-in. */
  public void succeeded(String email, String address) {
    rates.clear(FAILED_PAIR, pair(email, ClientAddress.group(address)));
  }

  /** One second after the first failure past the allowance, doubling each time, up to the cap. */
  static Duration delay(int beyond, Duration cap) {
    long seconds = 1L << Math.min(30, Math.max(0, beyond));
    return seconds >= cap.toSeconds() ? cap : Duration.ofSeconds(seconds);
  }

  private static String pair(String email, String network) {
    return RateLimits.accountKey(email) + "@" + network;
  }
}
