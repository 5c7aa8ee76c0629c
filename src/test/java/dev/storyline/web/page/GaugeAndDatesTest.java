package dev.storyline.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.DateGranularity;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GaugeAndDatesTest {

  @Test
  void gaugeArcEndsWhereTheScorePointsOnTheHalfCircle() {
    // Centre (60, 60), radius 50: 0 is the left end, 50 the top, 100 the right end.
    assertThat(Gauge.of(50, "Loud").arc()).isEqualTo("M 10.00 60.00 A 50 50 0 0 1 60.00 10.00");
    assertThat(Gauge.of(100, "Very loud").arc()).endsWith(" 110.00 60.00");
    assertThat(Gauge.of(0, "Quiet").arc()).isNull();
    assertThat(Gauge.of(140, "Very loud").score()).isEqualTo(100);
    assertThat(Gauge.of(-5, "Quiet").score()).isZero();
  }

  @Test
  void gaugeLevelsFollowScoreBands() {
    assertThat(Gauge.of(24, "x").level()).isEqualTo("quiet");
    assertThat(Gauge.of(25, "x").level()).isEqualTo("moderate");
    assertThat(Gauge.of(50, "x").level()).isEqualTo("loud");
    assertThat(Gauge.of(75, "x").level()).isEqualTo("very-loud");
  }

  @Test
  void milestoneDatesAreAsPreciseAsKnown() {
    assertThat(Dates.milestone(LocalDate.of(2026, 11, 24), DateGranularity.DAY))
        .isEqualTo("24 Nov 2026");
    assertThat(Dates.milestone(LocalDate.of(2021, 3, 1), DateGranularity.MONTH))
        .isEqualTo("Mar 2021");
    assertThat(Dates.milestone(LocalDate.of(2019, 1, 1), DateGranularity.YEAR)).isEqualTo("2019");
    assertThat(Dates.milestone(LocalDate.of(2025, 9, 3), DateGranularity.DAY))
        .isEqualTo("3 Sep 2025");
    assertThat(Dates.milestoneIso(LocalDate.of(2021, 3, 1), DateGranularity.MONTH))
        .isEqualTo("2021-03");
  }

  @Test
  void spansAreWrittenInUtc() {
    assertThat(
            Dates.span(
                Instant.parse("2026-11-24T06:00:00Z"), Instant.parse("2026-11-24T15:30:00Z")))
        .isEqualTo("24 Nov 2026, 06:00–15:30 UTC");
    assertThat(
            Dates.span(
                Instant.parse("2026-11-23T22:10:00Z"), Instant.parse("2026-11-24T01:05:00Z")))
        .isEqualTo("23 Nov 22:10 – 24 Nov 2026 01:05 UTC");
    assertThat(
            Dates.span(
                Instant.parse("2025-12-31T23:00:00Z"), Instant.parse("2026-01-01T01:00:00Z")))
        .isEqualTo("31 Dec 2025 23:00 – 1 Jan 2026 01:00 UTC");
  }
}
