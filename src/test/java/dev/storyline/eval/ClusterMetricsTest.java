package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterMetricsTest {

  @Test
  void pairwiseAndBcubedMatchAHandWorkedExample() {
    // predicted A={1,2,3} B={4,5}; gold x={1,2} y={3,4,5}
    ClusterMetrics m =
        ClusterMetrics.score(List.of("A", "A", "A", "B", "B"), List.of("x", "x", "y", "y", "y"));
    // true pairs: (1,2) and (4,5) = 2; predicted pairs 3+1 = 4; gold pairs 1+3 = 4
    assertThat(m.pairPrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(m.pairRecall()).isCloseTo(0.5, within(1e-9));
    assertThat(m.pairF1()).isCloseTo(0.5, within(1e-9));
    // BCubed precision: (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15; recall: (1 + 1 + 1/3 + 2/3 + 2/3) /
    // 5 = 11/15
    assertThat(m.bcubedPrecision()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(m.bcubedRecall()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(m.predictedClusters()).isEqualTo(2);
    assertThat(m.goldClusters()).isEqualTo(2);
  }

  @Test
  void perfectClusteringScoresOne() {
    ClusterMetrics m = ClusterMetrics.score(List.of("p", "p", "q"), List.of("a", "a", "b"));
    assertThat(m.pairF1()).isEqualTo(1.0);
    assertThat(m.bcubedF1()).isEqualTo(1.0);
  }

  @Test
  void everythingInOneClusterHasFullRecallAndLowPrecision() {
    ClusterMetrics m =
        ClusterMetrics.score(List.of("p", "p", "p", "p"), List.of("a", "a", "b", "b"));
    assertThat(m.bcubedRecall()).isEqualTo(1.0);
    assertThat(m.bcubedPrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(m.pairPrecision()).isCloseTo(2.0 / 6, within(1e-9));
  }
}
