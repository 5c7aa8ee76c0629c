package dev.storyline.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per account and per network address within a sliding window, and pauses
 * either once it has too many. Kept in memory: a restart forgets it, and several servers behind one
 * balancer each count their own. Thread-safe.
 */
public final class LoginThrottle {
  private static final int MAX_KEYS = 100_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final ReaderProperties props;
  private final Clock clock;

  public LoginThrottle(ReaderProperties props, Clock clock) {
    this.props = props;
    this.clock = clock;
  }

  /** Whether a sign-in to this account, or from this address, must wait. */
  public boolean blocked(String email, String address) {
    return count(accountKey(email)) >= props.failuresPerAccount()
        || count(addressKey(address)) >= props.failuresPerAddress();
  }

  /** Records a failed sign-in. */
  public void failed(String email, String address) {
    if (failures.size() > MAX_KEYS) {
      failures.keySet().removeIf(k -> count(k) == 0);
    }
    add(accountKey(email));
    add(addressKey(address));
  }

  /** Forgets the account's failures after a successful sign-in (the address keeps its count). */
  public void succeeded(String email) {
    failures.remove(accountKey(email));
  }

  private void add(String key) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(clock.instant());
    }
  }

  private int count(String key) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    Instant since = clock.instant().minus(props.lockout());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
        times.removeFirst();
      }
      return times.size();
    }
  }

  private static String accountKey(String email) {
    return "account:" + AccountRepository.normalise(email);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
