package dev.storyline.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The gap between two requests to one host is measured on the injected clock. */
class HostLimiterTest {

  /** A clock that moves only when told to. */
  static final class ManualClock extends Clock {
    final AtomicLong millis = new AtomicLong(Instant.parse("2026-03-01T12:00:00Z").toEpochMilli());

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis.get());
    }
  }

  @Test
  void theNextRequestToAHostWaitsForTheGapOnTheInjectedClock() throws Exception {
    ManualClock clock = new ManualClock();
    HostLimiter hosts = new HostLimiter(clock, Duration.ofMillis(40));
    hosts.acquire("a.example");
    hosts.release("a.example");
    hosts.acquire("b.example"); // another host is not held up
    hosts.release("b.example");

    CountDownLatch through = new CountDownLatch(1);
    Thread second =
        new Thread(
            () -> {
              try {
                hosts.acquire("a.example");
                through.countDown();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    second.start();
    assertThat(through.await(300, TimeUnit.MILLISECONDS))
        .as("real time passes, the injected clock does not: the gap has not passed")
        .isFalse();

    clock.millis.addAndGet(41);
    assertThat(through.await(5, TimeUnit.SECONDS)).isTrue();
    second.join(5000);
  }

  @Test
  void oneRequestAtATimeToAHost() throws Exception {
    ManualClock clock = new ManualClock();
    HostLimiter hosts = new HostLimiter(clock, Duration.ZERO);
    hosts.acquire("a.example");
    CountDownLatch through = new CountDownLatch(1);
    Thread second =
        new Thread(
            () -> {
              try {
                hosts.acquire("a.example");
                through.countDown();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    second.start();
    assertThat(through.await(200, TimeUnit.MILLISECONDS)).isFalse();
    hosts.release("a.example");
    assertThat(through.await(5, TimeUnit.SECONDS)).isTrue();
    second.join(5000);
  }
}
