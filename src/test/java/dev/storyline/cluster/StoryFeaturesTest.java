package dev.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryFeaturesTest {
  private static final int MARGIN = StoryFeatures.NAMES.indexOf("margin");
  private static final int CLOSE = StoryFeatures.NAMES.indexOf("close_stories");

  @Test
  void storyShareWeighsTheStorysItemsByHowOftenItNamesThem() {
    EntityStats idf = new EntityStats(); // no documents: every key has the same idf
    Map<String, Integer> story = Map.of("harbour", 3, "ferry", 1);

    // the article names the word the story repeats three times, not the one it names once
    assertThat(StoryFeatures.reverse(story, Map.of("harbour", 1), idf)).isCloseTo(0.75, within(1e-9));
    assertThat(StoryFeatures.reverse(story, Map.of("ferry", 1, "strike", 4), idf)).isCloseTo(0.25, within(1e-9));
    assertThat(StoryFeatures.reverse(Map.of(), Map.of("ferry", 1), idf)).isZero();
  }

  @Test
  void storyShareFavoursTheRareItemsOfTheStory() {
    EntityStats idf = new EntityStats();
    idf.add(Set.of("city", "harbour"));
    idf.add(Set.of("city"));
    idf.add(Set.of("city"));
    Map<String, Integer> story = Map.of("city", 1, "harbour", 1);

    // "city" is in every document, "harbour" in one of three: the rare one carries more weight
    assertThat(StoryFeatures.reverse(story, Map.of("harbour", 1), idf)).isGreaterThan(0.5);
    assertThat(StoryFeatures.reverse(story, Map.of("city", 1), idf)).isLessThan(0.5);
  }

  @Test
  void closeRivalsCountTheOtherCandidatesAtLeastHalfSimilar() {
    double[] strong = row(0.9, 0.9);
    double[] rival = row(0.6, 0.5);
    double[] far = row(0.2, 0.1);

    StoryFeatures.withMargins(List.of(strong, rival, far));

    assertThat(strong[CLOSE]).isCloseTo(Math.log(2), within(1e-9)); // the rival only
    assertThat(rival[CLOSE]).isCloseTo(Math.log(2), within(1e-9)); // the strong one only
    assertThat(far[CLOSE]).isCloseTo(Math.log(3), within(1e-9)); // both
    assertThat(strong[MARGIN]).isCloseTo(0.9 - 0.55, within(1e-9));
    assertThat(rival[MARGIN]).isCloseTo(0.55 - 0.9, within(1e-9));
  }

  @Test
  void aLoneCandidateHasNoRivals() {
    double[] only = row(0.7, 0.7);

    StoryFeatures.withMargins(List.of(only));

    assertThat(only[CLOSE]).isZero();
    assertThat(only[MARGIN]).isCloseTo(0.7, within(1e-9));
  }

  private static double[] row(double centroid, double nearest) {
    double[] x = new double[StoryFeatures.NAMES.size()];
    x[0] = centroid;
    x[1] = nearest;
    return x;
  }
}
