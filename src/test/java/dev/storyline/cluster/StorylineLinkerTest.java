package dev.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.app.Stages;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorylineLinkerTest {
  private static StoryProfile story(
      String id, String date, float[] v, Map<String, Integer> entities) {
    Instant t = Instant.parse(date + "T00:00:00Z");
    return new StoryProfile(id, v, entities, t, t, 3);
  }

  @Test
  void storiesSharingCentralActorsYearsApartFormOneStorylineAndOthersDoNot() {
    StorylineLinker linker = new StorylineLinker(Stages.storylineSettings());
    var entities = Map.of("halvard systems", 6, "lumen forge", 5, "orla dunmore", 2);
    String invest =
        linker.link(story("s1", "2022-05-01", StoryClustererTest.unit(1, 0.2f, 0, 0), entities));
    String sport =
        linker.link(
            story(
                "s2", "2022-06-01", StoryClustererTest.unit(0, 0, 1, 0), Map.of("varn rovers", 4)));
    String split =
        linker.link(
            story(
                "s3",
                "2026-11-24",
                StoryClustererTest.unit(0.9f, 0.3f, 0.1f, 0),
                Map.of("halvard systems", 7, "lumen forge", 8, "competition board", 2)));
    assertThat(split).isEqualTo(invest);
    assertThat(sport).isNotEqualTo(invest);
  }

  @Test
  void aForgottenStoryNoLongerCountsAndItsEmptyStorylineIsDropped() {
    StorylineLinker linker = new StorylineLinker(Stages.storylineSettings());
    var halvard = Map.of("halvard systems", 6, "lumen forge", 5);
    String line =
        linker.link(story("s1", "2022-05-01", StoryClustererTest.unit(1, 0, 0, 0), halvard));
    String lone =
        linker.link(
            story(
                "s2", "2022-06-01", StoryClustererTest.unit(0, 0, 1, 0), Map.of("varn rovers", 4)));
    assertThat(
            linker.link(story("s3", "2022-07-01", StoryClustererTest.unit(1, 0.1f, 0, 0), halvard)))
        .isEqualTo(line);

    assertThat(linker.forget("s3")).contains(line);
    assertThat(linker.forget("s2")).contains(lone);
    assertThat(linker.forget("s2")).isEmpty();

    assertThat(linker.storiesSeen()).isEqualTo(1);
    assertThat(linker.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.id()).isEqualTo(line);
              assertThat(l.stories()).isEqualTo(1);
              assertThat(l.entities()).isEqualTo(Map.of("halvard systems", 1, "lumen forge", 1));
              assertThat(l.topic()[0]).isCloseTo(1f, org.assertj.core.api.Assertions.within(1e-6f));
              assertThat(l.topic()[1]).isCloseTo(0f, org.assertj.core.api.Assertions.within(1e-6f));
            });
  }

  @Test
  void anUpdatedStoryReplacesWhatItAddedAndARetiredOneStaysAsItWas() {
    StorylineLinker linker = new StorylineLinker(Stages.storylineSettings());
    String line =
        linker.link(
            story(
                "s1",
                "2022-05-01",
                StoryClustererTest.unit(1, 0, 0, 0),
                Map.of("orla dunmore", 2)));
    linker.update(
        story("s1", "2022-05-01", StoryClustererTest.unit(0, 1, 0, 0), Map.of("lumen forge", 3)));
    assertThat(linker.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.id()).isEqualTo(line);
              assertThat(l.stories()).isEqualTo(1);
              assertThat(l.entities()).isEqualTo(Map.of("lumen forge", 1));
              assertThat(l.topic()[0]).isCloseTo(0f, org.assertj.core.api.Assertions.within(1e-6f));
              assertThat(l.topic()[1]).isCloseTo(1f, org.assertj.core.api.Assertions.within(1e-6f));
            });
    linker.retire("s1");
    linker.update(
        story("s1", "2022-05-01", StoryClustererTest.unit(0, 0, 1, 0), Map.of("varn rovers", 3)));
    assertThat(linker.forget("s1")).isEmpty();
    assertThat(linker.lines().get(0).entities()).isEqualTo(Map.of("lumen forge", 1));
    assertThat(linker.storiesSeen()).isEqualTo(1);
  }

  @Test
  void aStoryFoundingAStorylineWhoseIdIsStillHeldGetsAnotherId() {
    StorylineLinker linker = new StorylineLinker(Stages.storylineSettings());
    String first =
        linker.link(
            story(
                "s1",
                "2022-05-01",
                StoryClustererTest.unit(1, 0, 0, 0),
                Map.of("orla dunmore", 2)));
    linker.link(
        story("s2", "2022-05-02", StoryClustererTest.unit(1, 0, 0, 0), Map.of("orla dunmore", 2)));
    linker.forget("s1"); // the storyline keeps s2 and the id derived from s1
    String again =
        linker.link(
            story(
                "s1", "2022-09-01", StoryClustererTest.unit(0, 0, 0, 1), Map.of("varn rovers", 2)));
    assertThat(again).isNotEqualTo(first);
    assertThat(linker.lines()).hasSize(2);
  }
}
