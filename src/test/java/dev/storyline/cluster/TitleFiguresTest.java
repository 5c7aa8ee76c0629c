package dev.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TitleFiguresTest {

  @Test
  void thisWeeksHeadlineFigureIsNotInLastWeeksStory() {
    // invented: a weekly report of harbour permits, "4,120 filed" this week, 3,870 the week before;
    // this week's lead repeats last week's figure, its title does not
    ArticleEvidence thisWeek = article(Set.of("#4120"), Set.of("#4120", "#3870", "#19"));
    List<Member> lastWeek =
        List.of(member(Set.of("#3870", "#19")), member(Set.of("#3870")), member(Set.of()));

    // both members with figures lack 4,120; the member without figures does not count
    assertThat(TitleFigures.clash(thisWeek, lastWeek)).isEqualTo(1.0);
  }

  @Test
  void theSameWeeksStoryNamesTheHeadlineFigure() {
    ArticleEvidence other = article(Set.of("#4120"), Set.of("#4120"));
    List<Member> story = List.of(member(Set.of("#4120", "#3870")), member(Set.of("#4.5")));

    // one of the two members names 4,120: half the members clash
    assertThat(TitleFigures.clash(other, story)).isEqualTo(0.5);
  }

  @Test
  void onlyRealFiguresOfTheTitleCount() {
    List<Member> story = List.of(member(Set.of("#3870")));

    // figures in the lead alone, or a year and a small number in the title: no cue
    assertThat(TitleFigures.clash(article(Set.of(), Set.of("#4120")), story)).isZero();
    assertThat(TitleFigures.clash(article(Set.of("#2021", "#19"), Set.of()), story)).isZero();
    assertThat(TitleFigures.figures(Set.of("#2021", "#19", "#4120", "#3.6", "#1850")))
        .containsExactlyInAnyOrder("#4120", "#3.6", "#1850");
  }

  private static ArticleEvidence article(Set<String> title, Set<String> lead) {
    return new ArticleEvidence(
        Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), lead, Set.of(), title);
  }

  private static Member member(Set<String> numbers) {
    return new Member(
        "m" + numbers.hashCode(),
        new float[] {1f},
        new ArticleEvidence(
            Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), numbers, Set.of(), Set.of()),
        Instant.EPOCH);
  }
}
