package dev.storyline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

  /** A clock the test moves by hand. */
  static final class Hand extends Clock {
    Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static ReaderProperties props(int perAccount, int perAddress) {
    return new ReaderProperties(
        CommentPolicy.SIGNED_IN,
        Duration.ofMinutes(15),
        5,
        Duration.ofMinutes(10),
        perAccount,
        perAddress,
        Duration.ofMinutes(15),
        Duration.ofHours(1),
        "http://localhost",
        "a@b.c",
        java.time.LocalTime.of(7, 0));
  }

  @Test
  void anAccountIsPausedAfterItsFailuresWhateverTheAddress() {
    LoginThrottle t = new LoginThrottle(props(3, 100), new Hand());
    t.failed("Ana@Example.org", "10.0.0.1");
    t.failed("ana@example.org", "10.0.0.2");
    assertThat(t.blocked("ana@example.org", "10.0.0.3")).isFalse();
    t.failed("ana@example.org ", "10.0.0.3");
    assertThat(t.blocked("ana@example.org", "10.0.0.4")).isTrue();
    assertThat(t.blocked("ben@example.org", "10.0.0.4")).isFalse();
  }

  @Test
  void anAddressIsPausedAfterFailuresOnManyAccounts() {
    LoginThrottle t = new LoginThrottle(props(100, 4), new Hand());
    for (int i = 0; i < 4; i++) {
      t.failed("user" + i + "@example.org", "192.0.2.7");
    }
    assertThat(t.blocked("someone-new@example.org", "192.0.2.7")).isTrue();
    assertThat(t.blocked("someone-new@example.org", "192.0.2.8")).isFalse();
  }

  @Test
  void failuresExpireAfterTheLockoutAndSuccessClearsTheAccount() {
    Hand clock = new Hand();
    LoginThrottle t = new LoginThrottle(props(2, 100), clock);
    t.failed("ana@example.org", "10.0.0.1");
    t.failed("ana@example.org", "10.0.0.1");
    assertThat(t.blocked("ana@example.org", "10.0.0.1")).isTrue();
    clock.now = T0.plus(Duration.ofMinutes(16));
    assertThat(t.blocked("ana@example.org", "10.0.0.1")).isFalse();
    t.failed("ana@example.org", "10.0.0.1");
    t.succeeded("ana@example.org");
    t.failed("ana@example.org", "10.0.0.1");
    assertThat(t.blocked("ana@example.org", "10.0.0.1")).isFalse();
  }
}
