package dev.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryFeaturesTest {
  private static final int MARGIN = StoryFeatures.NAMES.indexOf("margin");
  private static final int CLOSE = StoryFeatures.NAMES.indexOf("close_stories");
  private static final int GAP = StoryFeatures.NAMES.indexOf("gap_days");

  @Test
  void storyShareWeighsTheStorysWordsByHowOftenItUsesThem() {
    EntityStats idf = new EntityStats(); // no documents: every key has the same idf
    StoryEvidence story = story(Map.of("harbour", 3, "ferry", 1));

    // the article has the word the story uses three times, not the one it uses once
    assertThat(story.termShare(Map.of("harbour", 1), idf)).isCloseTo(0.75, within(1e-9));
    assertThat(story.termShare(Map.of("ferry", 1, "strike", 4), idf)).isCloseTo(0.25, within(1e-9));
    assertThat(new StoryEvidence().termShare(Map.of("ferry", 1), idf)).isZero();
  }

  @Test
  void storyShareFavoursTheRareEntitiesOfTheStory() {
    EntityStats idf = new EntityStats();
    idf.add(Set.of("city", "harbour"));
    idf.add(Set.of("city"));
    idf.add(Set.of("city"));
    StoryEvidence story = new StoryEvidence();
    story.add(
        new ArticleEvidence(
            Map.of(),
            Map.of("city", 1, "harbour", 1),
            Map.of(),
            Map.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of()));

    // "city" is in every document, "harbour" in one of three: the rare one carries more weight
    assertThat(story.entityShare(Map.of("harbour", 1), idf)).isGreaterThan(0.5);
    assertThat(story.entityShare(Map.of("city", 1), idf)).isLessThan(0.5);
  }

  @Test
  void storyShareFollowsTheStoryAsItGrows() {
    EntityStats idf = new EntityStats();
    StoryEvidence story = story(Map.of("harbour", 3, "ferry", 1));
    assertThat(story.termShare(Map.of("ferry", 1), idf)).isCloseTo(0.25, within(1e-9));

    story.add(evidence(Map.of("ferry", 2)));

    // ferry now has 3 of the story's 6 mentions
    assertThat(story.termShare(Map.of("ferry", 1), idf)).isCloseTo(0.5, within(1e-9));
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
  void aRivalFurtherAwayInTimeCountsAsLessNear() {
    // the story the article continues is 2 hours old, a same-kind story of the day before is
    // as like it by embedding: a day further away, it no longer cancels the candidate's lead
    double[] own = row(0.6, 0.6);
    own[GAP] = 2 / 24.0;
    double[] dayBefore = row(0.6, 0.6);
    dayBefore[GAP] = 1 + 2 / 24.0;

    StoryFeatures.withMargins(List.of(own, dayBefore));

    assertThat(own[MARGIN]).isCloseTo(StoryFeatures.RIVAL_GAP, within(1e-9));
    assertThat(dayBefore[MARGIN]).isCloseTo(-StoryFeatures.RIVAL_GAP, within(1e-9));
    // 0.6 less a day's penalty is under the close-rival bar; 0.6 less 2 hours' is not
    assertThat(own[CLOSE]).isZero();
    assertThat(dayBefore[CLOSE]).isCloseTo(Math.log(2), within(1e-9));
  }

  @Test
  void rivalsAtTheSameTimeKeepTheirPlainLikeness() {
    double[] a = row(0.8, 0.6);
    double[] b = row(0.5, 0.5);
    a[GAP] = 0.5;
    b[GAP] = 0.5;

    StoryFeatures.withMargins(List.of(a, b));

    assertThat(a[MARGIN]).isCloseTo(0.7 - 0.5, within(1e-9));
    assertThat(b[MARGIN]).isCloseTo(0.5 - 0.7, within(1e-9));
  }

  @Test
  void aLoneCandidateHasNoRivals() {
    double[] only = row(0.7, 0.7);

    StoryFeatures.withMargins(List.of(only));

    assertThat(only[CLOSE]).isZero();
    assertThat(only[MARGIN]).isCloseTo(0.7, within(1e-9));
  }

  @Test
  void memberClashesSeeADriftedStoryThatTheUnionHides() {
    // a story of weekly jobless claims that already took a wrong week: its members name
    // 576,000, 2.1 million and 744,000; a new report of 744,000 shares a number with the union
    StoryState story = new StoryState("s", 2);
    story.add(member("a", Set.of("#576000"), Set.of(LocalDate.of(2021, 5, 6))));
    story.add(member("b", Set.of("#2100000"), Set.of(LocalDate.of(2020, 5, 28))));
    story.add(member("c", Set.of("#744000"), Set.of(LocalDate.of(2021, 4, 1))));
    ArticleEvidence article =
        new ArticleEvidence(
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            Set.of(),
            Set.of("#744000"),
            Set.of(LocalDate.of(2021, 4, 1)),
            Set.of());

    double[] x =
        StoryFeatures.of(
            article, new float[] {1, 0}, 0, story, 1.0, 1, StoryFeatures.Stats.empty());

    assertThat(x[StoryFeatures.NAMES.indexOf("numbers_clash")]).isZero();
    assertThat(x[StoryFeatures.NAMES.indexOf("days_clash")]).isZero();
    // two of the three members share neither its number nor its day
    assertThat(x[StoryFeatures.NAMES.indexOf("numbers_clash_members")])
        .isCloseTo(2.0 / 3, within(1e-9));
    assertThat(x[StoryFeatures.NAMES.indexOf("days_clash_members")])
        .isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void placesClashWhenBothSidesNamePlacesAndShareNone() {
    // two earthquakes of one week: the story's leads name Izmir, the new report's lead Sulawesi
    StoryState story = new StoryState("s", 2);
    story.add(new Member("a", new float[] {1, 0}, placed(place("izmir")), Instant.EPOCH));
    int clash = StoryFeatures.NAMES.indexOf("places_clash");

    assertThat(features(place("sulawesi"), story)[clash]).isEqualTo(1.0);
    Map<String, Integer> both = new java.util.HashMap<>(place("sulawesi"));
    both.put("izmir", 1);
    assertThat(features(both, story)[clash]).isZero();
    // no place on one side is no evidence either way; nor is a person who is not a place
    assertThat(features(Map.of(), story)[clash]).isZero();
    ArticleEvidence person =
        new ArticleEvidence(
            Map.of(),
            Map.of("ankara mayor", 1),
            Map.of("ankara mayor", dev.storyline.domain.EntityKind.PERSON),
            Map.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of());
    assertThat(StoryFeatures.of(person, new float[] {1, 0}, 0, story, 1.0, 1, stats())[clash])
        .isZero();
  }

  private static Map<String, Integer> place(String name) {
    return Map.of(name, 1);
  }

  private static StoryFeatures.Stats stats() {
    return StoryFeatures.Stats.empty();
  }

  private static double[] features(Map<String, Integer> places, StoryState story) {
    return StoryFeatures.of(placed(places), new float[] {1, 0}, 0, story, 1.0, 1, stats());
  }

  private static ArticleEvidence placed(Map<String, Integer> places) {
    Map<String, dev.storyline.domain.EntityKind> kinds = new java.util.HashMap<>();
    places.keySet().forEach(k -> kinds.put(k, dev.storyline.domain.EntityKind.PLACE));
    return new ArticleEvidence(
        Map.of(), places, kinds, Map.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  @Test
  void storyShareMarginsSetACandidateAgainstItsBestRival() {
    int terms = StoryFeatures.NAMES.indexOf("story_terms");
    int entities = StoryFeatures.NAMES.indexOf("story_entities");
    // two stories about as near by embedding; the article names the first one's core words
    double[] core = row(0.7, 0.7);
    double[] sameTopic = row(0.7, 0.7);
    core[terms] = 0.6;
    core[entities] = 0.5;
    sameTopic[terms] = 0.2;
    sameTopic[entities] = 0.1;

    StoryFeatures.withMargins(List.of(core, sameTopic));

    assertThat(core[MARGIN]).isZero();
    assertThat(core[StoryFeatures.NAMES.indexOf("terms_margin")]).isCloseTo(0.4, within(1e-9));
    assertThat(sameTopic[StoryFeatures.NAMES.indexOf("terms_margin")])
        .isCloseTo(-0.4, within(1e-9));
    assertThat(core[StoryFeatures.NAMES.indexOf("entities_margin")]).isCloseTo(0.4, within(1e-9));
  }

  private static Member member(String id, Set<String> numbers, Set<LocalDate> days) {
    return new Member(
        id,
        new float[] {1, 0},
        new ArticleEvidence(
            Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), numbers, days, Set.of()),
        Instant.EPOCH);
  }

  private static StoryEvidence story(Map<String, Integer> leadTerms) {
    StoryEvidence s = new StoryEvidence();
    s.add(evidence(leadTerms));
    return s;
  }

  private static ArticleEvidence evidence(Map<String, Integer> leadTerms) {
    return new ArticleEvidence(
        Map.of(), Map.of(), Map.of(), leadTerms, Set.of(), Set.of(), Set.of(), Set.of());
  }

  private static double[] row(double centroid, double nearest) {
    double[] x = new double[StoryFeatures.NAMES.size()];
    x[0] = centroid;
    x[1] = nearest;
    return x;
  }
}
