package dev.storyline.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DigestSenderTest {
  static final LocalTime SEVEN = LocalTime.of(7, 0);

  @Test
  void theSlotIsTodaysDigestTimeOnceItHasComeElseYesterdays() {
    assertThat(DigestSender.slot(Instant.parse("2026-05-11T06:59:59Z"), SEVEN))
        .isEqualTo(Instant.parse("2026-05-10T07:00:00Z"));
    assertThat(DigestSender.slot(Instant.parse("2026-05-11T07:00:00Z"), SEVEN))
        .isEqualTo(Instant.parse("2026-05-11T07:00:00Z"));
    assertThat(DigestSender.slot(Instant.parse("2026-05-11T23:30:00Z"), SEVEN))
        .isEqualTo(Instant.parse("2026-05-11T07:00:00Z"));
  }
}
