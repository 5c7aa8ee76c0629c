package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.Brief;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageChecksTest {

  @Test
  void anExistentialThereReadsAloneAndAPlaceThereDoesNot() {
    assertThat(PageChecks.needsContext("There is no ferry service to the island in winter."))
        .isFalse();
    assertThat(PageChecks.needsContext("There have been 14 cases of the fever in Port Lumen."))
        .isFalse();
    assertThat(PageChecks.needsContext("There's been a delay in delivering the new cranes."))
        .isFalse();
    assertThat(PageChecks.needsContext("There may be more oil under the ice than reported."))
        .isFalse();
    // "there" as a place points back at one named before
    assertThat(PageChecks.needsContext("There, at the end of the pier, stands the old crane."))
        .isTrue();
    assertThat(PageChecks.needsContext("There the talks broke down a second time.")).isTrue();
    // the pronouns and connectives the check was made for still count
    assertThat(PageChecks.needsContext("He said the strike would go ahead.")).isTrue();
    assertThat(PageChecks.needsContext("But the union rejected the offer.")).isTrue();
  }

  @Test
  void aLineFollowsTheSentenceBeforeItOnlyInItsOwnArticle() {
    Line lead = Line.of("Port Lumen's dockers accepted the deal.", new SourceRef("a", 0));
    Line next = Line.of("It raises pay by 6 percent.", new SourceRef("a", 1));
    assertThat(PageChecks.follows(next, lead)).isTrue();
    assertThat(PageChecks.follows(next, Line.of("Cranes idle.", new SourceRef("b", 0)))).isFalse();
    assertThat(PageChecks.follows(next, Line.of("Cranes idle.", new SourceRef("a", 3)))).isFalse();
    assertThat(PageChecks.follows(lead, Line.of("Dockers.", new SourceRef("a", SourceRef.TITLE))))
        .isFalse();
  }

  private static Brief.TimelineEntry entry(String iso, String text, int sentence) {
    return new Brief.TimelineEntry(
        LocalDate.parse(iso),
        DateGranularity.DAY,
        "",
        Line.of(text, new SourceRef("a" + sentence, sentence)),
        null,
        true);
  }

  @Test
  void twoTimelineEntriesTellOneEventWhenTheyShareTheDateAndHalfTheWords() {
    var exploded =
        entry("2010-04-20", "The Deepwater Horizon rig exploded, killing 11 workers.", 1);
    var leaking =
        entry("2010-04-20", "Oil has leaked since the Deepwater Horizon rig exploded.", 2);
    var poll = entry("2010-04-20", "A poll found voters unhappy with the federal response.", 3);
    var later = entry("2010-05-20", "The Deepwater Horizon rig exploded, killing 11 workers.", 4);
    assertThat(PageTimelineChecks.sameEvent(exploded, leaking)).isTrue();
    assertThat(PageTimelineChecks.sameEvent(exploded, poll)).as("other words").isFalse();
    assertThat(PageTimelineChecks.sameEvent(exploded, later)).as("another date").isFalse();
  }
}
