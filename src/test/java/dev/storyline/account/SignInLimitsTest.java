package dev.storyline.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sign-in limits on a real (in-memory H2) database with a clock the test moves. */
class SignInLimitsTest {
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
        Duration.ofMinutes(15),
        5,
        3,
        List.of(),
        Duration.ofHours(1),
        "http://localhost",
        "a@b.c",
        java.time.LocalTime.of(7, 0));
  }

  final Hand clock = new Hand();

  SignInLimits limits(int perAccount, int perAddress) {
    return new SignInLimits(
        new RateLimits(TestDatabases.migratedH2(), clock), props(perAccount, perAddress), clock);
  }

  @Test
  void pastTheAllowanceEachAttemptWaitsADelayThatDoublesUpToTheCap() {
    SignInLimits l = limits(3, 1000);
    for (int i = 0; i < 3; i++) {
      assertThat(l.check("a@example.org", "203.0.113.9")).isEmpty();
      l.failed("a@example.org", "203.0.113.9");
    }
    assertThat(l.check("a@example.org", "203.0.113.9"))
        .get()
        .extracting(RateLimited::seconds)
        .isEqualTo(1L);
    clock.now = clock.now.plusSeconds(1);
    assertThat(l.check("A@Example.org ", "203.0.113.9")).isEmpty();
    l.failed("a@example.org", "203.0.113.9");
    assertThat(l.check("a@example.org", "203.0.113.9"))
        .get()
        .extracting(RateLimited::seconds)
        .isEqualTo(2L);
    assertThat(SignInLimits.delay(40, Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void theOwnerOnAnotherNetworkIsNotSlowedAndASuccessClearsThePair() {
    SignInLimits l = limits(2, 1000);
    for (int i = 0; i < 5; i++) {
      l.failed("owner@example.org", "203.0.113.9");
    }
    assertThat(l.check("owner@example.org", "203.0.113.9")).isPresent();
    assertThat(l.check("owner@example.org", "198.51.100.4")).isEmpty();
    l.succeeded("owner@example.org", "203.0.113.9");
    assertThat(l.check("owner@example.org", "203.0.113.9")).isEmpty();
  }

  @Test
  void aNetworkIsLimitedWhateverTheAccountsAndIpv6CountsBySlash64() {
    SignInLimits l = limits(1000, 4);
    for (int i = 1; i <= 4; i++) {
      assertThat(l.check("u" + i + "@example.org", "2001:db8:5:6::" + i)).isEmpty();
      l.failed("u" + i + "@example.org", "2001:db8:5:6::" + i);
    }
    assertThat(l.check("u9@example.org", "2001:db8:5:6:ffff::1")).isPresent();
    assertThat(l.check("u9@example.org", "2001:db8:5:7::1")).isEmpty();
    clock.now = clock.now.plus(Duration.ofMinutes(16));
    assertThat(l.check("u9@example.org", "2001:db8:5:6::1")).isEmpty();
  }

  @Test
  void addressGroups() {
    assertThat(ClientAddress.group("203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(ClientAddress.group("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
    assertThat(ClientAddress.group("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
    assertThat(ClientAddress.group("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(ClientAddress.group("not-an-address.example")).isEqualTo("not-an-address.example");
  }
}
