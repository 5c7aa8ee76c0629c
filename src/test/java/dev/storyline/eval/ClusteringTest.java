package dev.storyline.eval;

import static dev.storyline.cluster.StoryClustererTest.article;
import static dev.storyline.cluster.StoryClustererTest.unit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.app.Stages;
import java.time.Instant;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ClusteringTest {
  private static final Instant DAY0 = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void repairsAfterABatchRunUntilAPassMergesNothingAsThePipelineRunsThem() {
    Clustering c = new Clustering(Stages.storySettings(), Stages.repairSettings());
    // three stories of one event: a pass merges each story once, so the third waits for a second
    c.replay(article("m1", DAY0, unit(1, 0.10f, 0, 0), "Meridian Port"), "sM1");
    c.replay(article("m2", DAY0.plusSeconds(3600), unit(1, 0.11f, 0, 0), "Meridian Port"), "sM2");
    c.replay(article("m3", DAY0.plusSeconds(7200), unit(1, 0.12f, 0, 0), "Meridian Port"), "sM3");

    c.repair();

    assertThat(new HashSet<>(c.predictions().values())).as("one story holds all three").hasSize(1);
    assertThat(c.merges()).isEqualTo(2);
  }
}
