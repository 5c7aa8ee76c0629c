package dev.storyline.eval.timeline;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storyline.brief.text.TextVector;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatedTimelineTest {
  private static final DateGranularity DAY = DateGranularity.DAY;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** Three reports on a rig disaster and one off-topic sentence. */
  private static List<AnalyzedArticle> rig() {
    return List.of(
        article("a1", "Wire", "2010-04-21T09:00:00Z")
            .sentence(
                "An explosion on the Deepwater Horizon rig on April 20 killed eleven workers.",
                date("April 20", "2010-04-20", DAY))
            .sentence(
                "Coast guard crews searched the gulf waters through the night for the missing men.")
            .build(),
        article("a2", "Paper", "2010-04-23T09:00:00Z")
            .sentence(
                "The Deepwater Horizon rig sank on April 22 after burning for two days.",
                date("April 22", "2010-04-22", DAY))
            .sentence(
                "The explosion on April 20 killed eleven workers on the rig.",
                date("April 20", "2010-04-20", DAY))
            .build(),
        article("a3", "Daily", "2010-05-01T09:00:00Z")
            .sentence(
                "The spill reached the Louisiana coast on April 30, officials reported.",
                date("April 30", "2010-04-30", DAY))
            .sentence(
                "Engineers said the explosion of April 20 began with a gas surge in the well.",
                date("April 20", "2010-04-20", DAY))
            .sentence(
                "Fans gathered for the football final on April 30 in the capital.",
                date("April 30", "2010-04-30", DAY))
            .build());
  }

  @Test
  void aDateScoresOnePerArticleNamingItAndHalfPerArticlePublishedThatDay() {
    AnalyzedArticle repeats =
        article("r", "Wire", "2010-05-03T09:00:00Z")
            .sentence("The rig exploded on April 20.", date("April 20", "2010-04-20", DAY))
            .sentence("Since April 20 oil has flowed.", date("April 20", "2010-04-20", DAY))
            .sentence("A hearing is set for May 10.", date("May 10", "2010-05-10", DAY))
            .build();
    AnalyzedArticle other =
        article("o", "Paper", "2010-05-03T10:00:00Z")
            .sentence("Workers died on April 20.", date("April 20", "2010-04-20", DAY))
            .build();
    Map<LocalDate, Double> scores = DateRanking.scores(List.of(repeats, other));
    // two articles name April 20 (the first one twice: still one point)
    assertThat(scores.get(d("2010-04-20"))).isCloseTo(2.0, within(1e-9));
    // both were published on May 3
    assertThat(scores.get(d("2010-05-03"))).isCloseTo(1.0, within(1e-9));
    // a date after the article's publication is a plan, not a milestone
    assertThat(scores).doesNotContainKey(d("2010-05-10"));
    assertThat(DateRanking.rank(List.of(repeats, other), null, null))
        .containsExactly(d("2010-04-20"), d("2010-05-03"));
    assertThat(DateRanking.rank(List.of(repeats, other), d("2010-05-01"), null))
        .containsExactly(d("2010-05-03"));
  }

  @Test
  void kneeIsThePointFarthestFromTheChordOfTheSortedValues() {
    // the chord runs from 0.9 down to 0.1; 0.86 at index 2 lies 0.28 above it, the most of all
    assertThat(CentroidOpt.knee(new double[] {0.9, 0.88, 0.86, 0.2, 0.15, 0.1})).isEqualTo(2);
    assertThat(CentroidOpt.kneeThreshold(new double[] {0.1, 0.86, 0.2, 0.9, 0.15, 0.88}))
        .isCloseTo(0.86, within(1e-9));
    assertThat(CentroidOpt.knee(new double[] {0.5, 0.4})).isZero();
  }

  @Test
  void centroidOptTakesTheCentralSentenceThenSkipsItsRepeats() {
    TextVector.Sparse x = new TextVector.Sparse(new int[] {0}, new float[] {1});
    TextVector.Sparse y = new TextVector.Sparse(new int[] {1}, new float[] {1});
    List<TextVector.Sparse> vectors = List.of(x, x, x, y);
    // centroid (3, 1): x alone is closest; adding another x would score higher than adding y,
    // but a second x repeats the first
    assertThat(CentroidOpt.select(vectors, 2, 2, i -> true, 0.8)).containsExactly(0, 3);
    assertThat(CentroidOpt.select(vectors, 2, 2, i -> i != 0, 0.8)).containsExactly(1, 3);
    // a prior can hold a candidate back
    assertThat(CentroidOpt.select(vectors, new double[] {0.1, 0.1, 0.1, 1}, 2, 1, i -> true, 0.8))
        .containsExactly(3);
  }

  @Test
  void theMostNamedDatesComeNewestFirstEachLineASourceSentence() {
    List<AnalyzedArticle> articles = rig();
    List<TimelineEntry> tl =
        DatedTimeline.generate(
            articles,
            new DatedTimeline.Request(
                2, 1, d("2010-04-20"), d("2010-05-01"), Set.of("rig", "spill", "explosion")));
    // April 20 is named by three articles; April 22 and April 30 by one each, but two sentences
    // name April 30: it wins the tie
    assertThat(tl)
        .extracting(TimelineEntry::date)
        .containsExactly(d("2010-04-30"), d("2010-04-20"));
    assertThat(tl.get(0).line().refs()).containsExactly(new SourceRef("a3", 0));
    for (TimelineEntry e : tl) {
      SourceRef ref = e.line().refs().get(0);
      String source =
          articles.stream()
              .filter(a -> a.id().equals(ref.articleId()))
              .findFirst()
              .orElseThrow()
              .sentences()
              .get(ref.sentence())
              .text();
      assertThat(e.line().text()).isEqualTo(source);
    }
  }

  @Test
  void onEqualArticleCountsTheDateMoreSentencesNameComesFirstThenTheEarlierOne() {
    AnalyzedArticle once =
        article("o", "Wire", "2031-03-09T09:00:00Z")
            .sentence("The ferry ran aground on March 2.", date("March 2", "2031-03-02", DAY))
            .build();
    AnalyzedArticle twice =
        article("t", "Paper", "2031-03-09T10:00:00Z")
            .sentence("Divers reached the hull on March 4.", date("March 4", "2031-03-04", DAY))
            .sentence(
                "On March 4 the last passenger was found.", date("March 4", "2031-03-04", DAY))
            .sentence("A hearing is set for March 20.", date("March 20", "2031-03-20", DAY))
            .build();
    AnalyzedArticle other =
        article("x", "Daily", "2031-03-10T10:00:00Z")
            .sentence("Tugs freed the ferry on March 6.", date("March 6", "2031-03-06", DAY))
            .build();
    List<AnalyzedArticle> all = List.of(once, twice, other);
    assertThat(DateRanking.sentences(all))
        .containsEntry(d("2031-03-04"), 2)
        .containsEntry(d("2031-03-02"), 1)
        .doesNotContainKey(d("2031-03-20"));
    // each named by one article: March 4 by two sentences first, then March 2 before March 6;
    // March 9 (two articles published) scores as much but no sentence names it
    assertThat(DateRanking.rank(all, null, d("2031-03-09")))
        .containsExactly(d("2031-03-04"), d("2031-03-02"), d("2031-03-06"), d("2031-03-09"));
  }

  @Test
  void aTitleAndTimeStampAPageRanIntoItsFirstSentenceAreLeftOut() {
    AnalyzedArticle page =
        article("p", "Paper", "2031-03-04T09:00:00Z")
            .sentence(
                "Harbour strike ends Tuesday 4 March 2031 08.47 GMT Dock workers in Lumen went back"
                    + " to the cranes on Tuesday after the strike ended.",
                date("Tuesday 4 March 2031", "2031-03-04", DAY),
                date("on Tuesday", "2031-03-04", DAY))
            .build();
    List<TimelineEntry> tl = DatedTimeline.generate(List.of(page), 1, 1);
    assertThat(tl)
        .extracting(e -> e.line().text())
        .containsExactly(
            "Dock workers in Lumen went back to the cranes on Tuesday after the strike ended.");
    assertThat(tl.get(0).line().refs()).containsExactly(new SourceRef("p", 0));
  }

  @Test
  void aWireStampIsCutButADateWithAnHourOfTheEventIsNot() {
    AnalyzedSentence wire =
        article("w", "Wire", "2031-02-20T09:00:00Z")
            .sentence(
                "RABAT | Sun Feb 20, 2031 6:47 pm EST RABAT (Wire) - The minister resigned on Sunday.",
                date("Sun Feb 20, 2031", "2031-02-20", DAY),
                date("on Sunday", "2031-02-20", DAY))
            .build()
            .sentences()
            .get(0);
    assertThat(PageStamp.text(wire)).isEqualTo("RABAT (Wire) - The minister resigned on Sunday.");
    AnalyzedSentence event =
        article("e", "Wire", "2031-02-21T09:00:00Z")
            .sentence(
                "The dam broke on February 20 at 6:47 pm, flooding the valley.",
                date("February 20", "2031-02-20", DAY))
            .build()
            .sentences()
            .get(0);
    assertThat(PageStamp.text(event)).isEqualTo(event.text());
  }

  @Test
  void aSentenceWithoutAKeywordIsNeverChosenAndADateWithoutOneIsSkipped() {
    List<TimelineEntry> three =
        DatedTimeline.generate(
            rig(),
            new DatedTimeline.Request(3, 1, null, null, Set.of("rig", "spill", "explosion")));
    assertThat(three)
        .extracting(TimelineEntry::date)
        .containsExactly(d("2010-04-30"), d("2010-04-22"), d("2010-04-20"));
    assertThat(three.get(0).line().text()).startsWith("The spill reached");
    // with "rig" alone no candidate of April 30 or of the publication days qualifies
    List<TimelineEntry> rigOnly =
        DatedTimeline.generate(rig(), new DatedTimeline.Request(3, 1, null, null, Set.of("rig")));
    assertThat(rigOnly)
        .extracting(TimelineEntry::date)
        .containsExactly(d("2010-04-22"), d("2010-04-20"));
    assertThat(rigOnly).allSatisfy(e -> assertThat(e.line().text()).contains("rig"));
  }

  @Test
  void noSentenceAppearsTwice() {
    List<TimelineEntry> tl = DatedTimeline.generate(rig(), 10, 3);
    assertThat(tl).extracting(e -> e.line().refs().get(0)).doesNotHaveDuplicates();
    assertThat(tl).extracting(TimelineEntry::date).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void aDatesSentenceAboutTheCoverageSubjectBeatsAMoreCentralAside() {
    // May 1 is named by two football sentences and one about the spill: the football ones are the
    // centre of that date's candidates, but the collection is about the spill
    List<AnalyzedArticle> articles =
        List.of(
            article("f1", "Wire", "2010-05-03T09:00:00Z")
                .sentence(
                    "Fans packed the stadium for the football final on May 1.",
                    date("May 1", "2010-05-01", DAY))
                .sentence(
                    "The rig spill sent oil into the marshes on May 1.",
                    date("May 1", "2010-05-01", DAY))
                .build(),
            article("f2", "Paper", "2010-05-03T10:00:00Z")
                .sentence(
                    "Football supporters crowded the town square on May 1.",
                    date("May 1", "2010-05-01", DAY))
                .build(),
            article("s1", "Daily", "2010-05-05T09:00:00Z")
                .sentence("Oil from the rig spill spread along the coast overnight.")
                .sentence("Crews fought the rig spill as the oil reached the marshes.")
                .sentence("The oil slick from the rig spill grew again in the marshes.")
                .build(),
            article("s2", "Wire", "2010-05-06T09:00:00Z")
                .sentence("The rig spill oil closed fishing grounds along the coast.")
                .sentence("Engineers said the rig spill oil flow had not slowed.")
                .build());
    List<TimelineEntry> tl =
        DatedTimeline.generate(
            articles, new DatedTimeline.Request(1, 1, d("2010-05-01"), d("2010-05-01"), Set.of()));
    assertThat(tl).extracting(TimelineEntry::date).containsExactly(d("2010-05-01"));
    assertThat(tl.get(0).line().refs()).containsExactly(new SourceRef("f1", 1));
  }
}
