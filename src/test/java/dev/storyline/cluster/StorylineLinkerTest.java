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
  void genericNamesNeverCarryALink() {
    StorylineLinker linker = new StorylineLinker(dev.storyline.app.Stages.storylineSettings());
    // "u.s." and "gulf" come with stories about eight unrelated things: generic
    for (int i = 0; i < 8; i++) {
      float[] v = new float[8];
      v[i] = 1;
      linker.link(story("g" + i, "2010-0" + (i + 1) + "-01", v, Map.of("u.s.", 5, "gulf", 3)));
    }
    assertThat(linker.lines()).hasSize(8);
    // a story on the same topic as g0 but sharing only those names stays apart ...
    String spill =
        linker.link(
            story(
                "oil",
                "2010-01-03",
                StoryClustererTest.unit(1, 0.1f, 0, 0, 0, 0, 0, 0),
                Map.of("u.s.", 4, "gulf", 4, "bp", 6)));
    assertThat(spill).isNotEqualTo(linker.lines().get(0).id());
    // ... while one sharing a specific name ("bp") joins the spill's storyline
    String next =
        linker.link(
            story(
                "oil2",
                "2010-01-05",
                StoryClustererTest.unit(1, 0.2f, 0, 0, 0, 0, 0, 0),
                Map.of("u.s.", 4, "bp", 5, "tony hayward", 2)));
    assertThat(next).isEqualTo(spill);
  }

  @Test
  void aNameTheStorylineOnlyMentionedInPassingCarriesNoLink() {
    StorylineLinker linker = new StorylineLinker(Stages.storylineSettings());
    // a long storyline on the Norland protests: its stories name Norland and its president
    String norland = null;
    for (int i = 0; i < 12; i++) {
      var names =
          i == 5
              // once, a story of the saga named the neighbouring country among its central names
              ? Map.of("norland", 6, "president vask", 4, "estria", 3)
              : Map.of("norland", 6, "president vask", 4, "capital square", 2);
      norland =
          linker.link(
              story(
                  "n" + i,
                  "2011-02-%02d".formatted(i + 1),
                  StoryClustererTest.unit(1, 0.1f * (i % 3), 0, 0),
                  names));
    }
    assertThat(linker.lines()).hasSize(1);
    // a story of another saga, the Estria uprising, near in topic (the same region's unrest)
    // shares only the name the storyline mentioned once: it starts its own storyline
    String estria =
        linker.link(
            story(
                "e1",
                "2011-02-14",
                StoryClustererTest.unit(0.9f, 0.3f, 0, 0),
                Map.of("estria", 7, "colonel dorn", 5)));
    assertThat(estria).isNotEqualTo(norland);
    // a story that shares the saga's own name joins it
    String more =
        linker.link(
            story(
                "n12",
                "2011-02-15",
                StoryClustererTest.unit(0.95f, 0.2f, 0, 0),
                Map.of("norland", 5, "estria", 2, "border post", 2)));
    assertThat(more).isEqualTo(norland);
  }

  @Test
  void aLinkNeedsASharedTopicAndPaysForTheTimeGap() {
    StorylineLinker linker = new StorylineLinker(dev.storyline.app.Stages.storylineSettings());
    var names = Map.of("michael steele", 6, "rnc", 3);
    String first =
        linker.link(story("s1", "2010-07-02", StoryClustererTest.unit(1, 0, 0, 0), names));
    // same names, unrelated topic: no link however close in time
    String other =
        linker.link(story("s2", "2010-07-03", StoryClustererTest.unit(0, 0, 1, 0), names));
    assertThat(other).isNotEqualTo(first);
    // a loosely related story (half the names, a middling topic) joins within days ...
    var some = Map.of("michael steele", 2, "tea party", 3);
    float[] loose = StoryClustererTest.unit(0.6f, 0.8f, 0, 0);
    assertThat(linker.link(story("s3", "2010-07-06", loose, some))).isEqualTo(first);
    // ... but a story as loosely related years after the storyline's newest story does not
    var afar = Map.of("michael steele", 2, "afghanistan", 3);
    assertThat(linker.link(story("s4", "2013-07-06", loose, afar))).isNotEqualTo(first);
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
