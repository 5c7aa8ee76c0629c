package dev.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorylineLinkerTest {
  private static StoryProfile story(String id, String date, float[] v, Map<String, Integer> entities) {
    Instant t = Instant.parse(date + "T00:00:00Z");
    return new StoryProfile(id, v, entities, t, t, 3);
  }

  @Test
  void storiesSharingCentralActorsYearsApartFormOneStorylineAndOthersDoNot() {
    StorylineLinker linker = new StorylineLinker(StorylineLinker.Settings.defaults());
    var entities = Map.of("halvard systems", 6, "lumen forge", 5, "orla dunmore", 2);
    String invest = linker.link(story("s1", "2022-05-01", StoryClustererTest.unit(1, 0.2f, 0, 0), entities));
    String sport = linker.link(story("s2", "2022-06-01", StoryClustererTest.unit(0, 0, 1, 0), Map.of("varn rovers", 4)));
    String split = linker.link(story("s3", "2026-11-24", StoryClustererTest.unit(0.9f, 0.3f, 0.1f, 0),
        Map.of("halvard systems", 7, "lumen forge", 8, "competition board", 2)));
    assertThat(split).isEqualTo(invest);
    assertThat(sport).isNotEqualTo(invest);
  }
}
