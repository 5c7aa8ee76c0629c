package dev.storyline.brief.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.text.Vectorizer;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineWriterTest {
  private static TimelineWriter.Fact fact(String article, String iso, String text) {
    Line line = Line.of(text, new SourceRef(article, 3));
    TimelineEntry e =
        new TimelineEntry(LocalDate.parse(iso), DateGranularity.DAY, "", line, null, true);
    return new TimelineWriter.Fact(e, Vectorizer.terms(text));
  }

  @Test
  void factsOfTheDateMoreArticlesNameComeBeforeFactsStatedTwiceAlike() {
    List<TimelineEntry> milestones = new ArrayList<>();
    for (int i = 1; i <= TimelineWriter.MAX_MILESTONES; i++) {
      milestones.add(
          TimelineWriter.milestone(
              "s" + i,
              LocalDate.parse("2025-03-01").plusDays(i),
              Line.of("Ferry talks, day " + i, new SourceRef("m" + i, 0))));
    }
    String opened = "The harbour authority opened the northern port to container ships.";
    String vote = "Dockers elected Ada Okafor to lead the harbour union.";
    String floods = "Floods closed the coastal railway line for a week.";
    String strike = "The union called its first strike at the port.";
    String fares = "Ferry fares rose by a fifth on the island routes.";
    String bridge = "Engineers finished the toll bridge over the estuary.";
    List<TimelineWriter.Fact> facts =
        List.of(
            // three articles go back to 1 May 2019, each telling another part of it
            fact("a1", "2019-05-01", opened),
            fact("a2", "2019-05-01", vote),
            fact("a3", "2019-05-01", floods),
            // three facts stated twice in the same words, by two articles each
            fact("b1", "2018-03-01", strike),
            fact("b2", "2018-03-01", strike),
            fact("c1", "2017-01-01", fares),
            fact("c2", "2017-01-01", fares),
            fact("d1", "2016-01-01", bridge),
            fact("d2", "2016-01-01", bridge));
    List<TimelineEntry> tl = TimelineWriter.write(milestones, facts);
    assertThat(tl).hasSize(TimelineWriter.MAX);
    // four places are left after the milestones: the date three articles name takes three
    assertThat(tl)
        .filteredOn(TimelineEntry::background)
        .extracting(e -> e.line().text())
        .containsExactly(opened, vote, floods, strike);
  }

  @Test
  void aFactGivingAMilestonesLargeFigureIsLeftOutWhateverItsMonth() {
    List<TimelineEntry> milestones =
        List.of(
            TimelineWriter.milestone(
                "s1",
                LocalDate.parse("2026-07-02"),
                Line.of("The coast economy added 8,500 jobs in June", new SourceRef("m1", 0))));
    String again = "In a burst of hiring, employers added 8,500 jobs in June across the coast.";
    String other = "The harbour authority opened the northern port to container ships.";
    List<TimelineWriter.Fact> facts =
        List.of(fact("a1", "2026-06-01", again), fact("a2", "2026-06-01", other));
    assertThat(TimelineWriter.write(milestones, facts))
        .extracting(e -> e.line().text())
        .as("June's fact is July's milestone in other words")
        .containsExactly("The coast economy added 8,500 jobs in June", other);
  }
}
