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
    return fact(article, iso, text, new float[0]);
  }

  private static TimelineWriter.Fact fact(
      String article, String iso, String text, float[] embedding) {
    return fact(article, iso, DateGranularity.DAY, text, embedding);
  }

  private static TimelineWriter.Fact fact(
      String article, String iso, DateGranularity g, String text, float[] embedding) {
    Line line = Line.of(text, new SourceRef(article, 3));
    TimelineEntry e = new TimelineEntry(LocalDate.parse(iso), g, "", line, null, true);
    return new TimelineWriter.Fact(e, Vectorizer.terms(text), embedding);
  }

  /** The one milestone of story s1. */
  private static List<TimelineEntry> milestone(String iso, String headline) {
    return List.of(
        TimelineWriter.milestone(
            "s1", LocalDate.parse(iso), Line.of(headline, new SourceRef("m1", 0))));
  }

  @Test
  void aMonthsStatementOfADaysEventFoldsIntoThatDay() {
    String day = "The Deepwater Horizon rig exploded on 20 April, killing 11 workers.";
    String month = "BP's Deepwater Horizon oil rig exploded in April, killing 11 people.";
    String year = "The rig set a drilling depth record in 2009.";
    List<TimelineWriter.Fact> facts =
        List.of(
            fact("a1", "2010-04-01", DateGranularity.MONTH, month, new float[] {1, 0.25f, 0}),
            fact("a3", "2010-04-20", day, new float[] {1, 0.3f, 0.1f}),
            fact("a4", "2009-01-01", DateGranularity.YEAR, year, new float[] {0.2f, 0, 1}));
    assertThat(TimelineWriter.ranked(facts))
        .extracting(e -> e.line().text())
        .as("April's explosion (cosine 0.99) is 20 April's; 2009's record stays")
        .containsExactly(day, year);
  }

  @Test
  void aDateReportsKeepGoingBackToIsShownOnceInTheStatementThatTellsIt() {
    String poll =
        "A poll found most voters unhappy with the response to the spill that began on 20 April.";
    String since = "Oil has been leaking into the Gulf since the rig exploded on 20 April.";
    String value = "BP has lost half its market value since the April 20 explosion.";
    String tells = "The Deepwater Horizon rig exploded on 20 April, killing 11 workers.";
    String earlier = "The rig passed its last federal safety inspection in February.";
    List<TimelineWriter.Fact> facts =
        List.of(
            fact("a1", "2010-04-20", poll, new float[] {0.5f, 0.8f, 0}),
            fact("a2", "2010-04-20", since, new float[] {0.9f, 0.3f, 0.2f}),
            fact("a3", "2010-04-20", value, new float[] {0.7f, 0, 0.7f}),
            fact("a4", "2010-04-20", tells, new float[] {1, 0.3f, 0.1f}),
            fact("a5", "2010-02-01", earlier, new float[] {0.2f, 0.1f, 0.9f}));
    // four wordings of 20 April, few words alike: before, three or four entries of that date
    assertThat(TimelineWriter.ranked(facts))
        .extracting(e -> e.line().text())
        .as("20 April once, told by the statement closest to the others that does not say since")
        .containsExactly(tells, earlier);
  }

  @Test
  void theDateMoreArticlesNameComesBeforeDatesStatedTwiceAndEachDateOnce() {
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
    // four places are left after the milestones: the date three articles name comes first, once
    // (its first statement, as no statement has an embedding), then the dates stated twice
    assertThat(tl)
        .filteredOn(TimelineEntry::background)
        .extracting(e -> e.line().text())
        .containsExactly(opened, strike, fares, bridge);
  }

  @Test
  void aFactGivingAMilestonesLargeFigureIsLeftOutWhateverItsMonth() {
    List<TimelineEntry> milestones =
        milestone("2026-07-02", "The coast economy added 8,500 jobs in June");
    String again = "In a burst of hiring, employers added 8,500 jobs in June across the coast.";
    String other = "The harbour authority opened the northern port to container ships.";
    List<TimelineWriter.Fact> facts =
        List.of(fact("a1", "2026-06-01", again), fact("a2", "2026-06-01", other));
    assertThat(TimelineWriter.write(milestones, facts))
        .extracting(e -> e.line().text())
        .as("June's fact is July's milestone in other words")
        .containsExactly("The coast economy added 8,500 jobs in June", other);
  }

  @Test
  void aMonthsStatementOfAMilestonesEventInOtherWordsIsLeftOut() {
    List<TimelineEntry> milestones = milestone("2025-03-18", "Kestrel unveils K7 smartphone");
    String launched = "In March 2025, Kestrel launched the K7, its first folding handset.";
    String recall = "Kestrel recalled a batch of K7 batteries in February 2025.";
    String other = "Kestrel opened its Lisbon design studio in March 2025.";
    List<TimelineWriter.Fact> facts =
        List.of(
            fact("a1", "2025-03-01", DateGranularity.MONTH, launched, new float[] {1, 0.2f, 0}),
            fact("a2", "2025-02-01", DateGranularity.MONTH, recall, new float[] {1, 0.2f, 0}),
            fact("a3", "2025-03-01", DateGranularity.MONTH, other, new float[] {0.3f, 1, 0}));
    // half of the headline's words: too few to tell by words, so the launch stood beside it
    assertThat(
            TimelineWriter.write(
                milestones, java.util.Map.of("s1", new float[] {1, 0.1f, 0.1f}), facts))
        .extracting(e -> e.line().text())
        .as(
            "March's launch (cosine 0.99) is the milestone's event; February's is another month;"
                + " the studio (cosine 0.39) another event")
        .containsExactly("Kestrel unveils K7 smartphone", other, recall);
    assertThat(TimelineWriter.write(milestones, facts))
        .extracting(e -> e.line().text())
        .as(
            "without the story's embedding, words alone decide: the launch tells March (one entry a"
                + " date)")
        .containsExactly("Kestrel unveils K7 smartphone", launched, recall);
  }
}
