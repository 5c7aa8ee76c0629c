package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pins the conformance reached on the third-party suites in ../shared/data (skipped when absent).
 */
class FeedConformanceTest {
  private static final Path DATA = Path.of("../shared/data");
  private final FeedConformance conformance = new FeedConformance(new ObjectMapper());

  private static Path suite(String name) {
    Path p = DATA.resolve(name);
    assumeTrue(Files.isDirectory(p), "skipped: " + p.toAbsolutePath() + " is absent");
    return p;
  }

  @Test
  void feedparserExpectationsPassAtLeast97Point5Percent() throws Exception {
    FeedConformance.Summary s = conformance.feedparser(suite("feedparser-tests"));
    assertThat(s.applicable()).isGreaterThan(1000);
    assertThat(s.crashed()).isZero();
    assertThat(s.passRate())
        .as("pass rate; failures e.g. %s", s.failures())
        .isGreaterThanOrEqualTo(0.975);
  }

  @Test
  void romeSampleFeedsParseOrAreRejectedClearly() throws Exception {
    FeedConformance.Summary s = conformance.robustness(suite("rome-test-feeds"));
    assertThat(s.files()).isGreaterThan(100);
    assertThat(s.crashed()).as("crashes: %s", s.failures()).isZero();
    assertThat(s.rejected()).as("rejected").isLessThanOrEqualTo(5);
  }

  @Test
  void feedValidatorCasesNeverCrashOrHang() throws Exception {
    FeedConformance.Summary s = conformance.robustness(suite("feedvalidator-testcases"));
    assertThat(s.files()).isGreaterThan(1000);
    assertThat(s.crashed()).as("crashes: %s", s.failures()).isZero();
  }
}
