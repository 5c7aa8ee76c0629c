package dev.storyline.brief;

import static dev.storyline.brief.Fixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Brief.Camp;
import dev.storyline.domain.Brief.Stance;
import dev.storyline.domain.Brief.TimelineEntry;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractiveBriefWriterTest {
  private final BriefWriter writer = new ExtractiveBriefWriter();
  private final StoryMaterial material = PortStory.material();
  private final Brief brief = writer.write(material);

  @Test
  void everyLineCitesARealSentenceThatContainsIt() {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    for (StoryThread t : PortStory.threads()) {
      t.articles().forEach(a -> byId.put(a.id(), a));
    }
    List<Line> lines = allLines(brief);
    assertThat(lines).hasSizeGreaterThan(15);
    for (Line line : lines) {
      assertThat(line.text()).isNotBlank();
      for (SourceRef ref : line.refs()) {
        AnalyzedArticle a = byId.get(ref.articleId());
        assertThat(a).as("article of %s", line).isNotNull();
        String source =
            ref.sentence() == SourceRef.TITLE
                ? a.article().title()
                : a.sentences().get(ref.sentence()).text();
        assertThat(source).as("source of %s", line.text()).contains(line.text());
      }
    }
  }

  @Test
  void headlineIsTheNeutralCentralTitleWithoutOutlet() {
    assertThat(brief.headline().text())
        .isEqualTo("Meridian port approves automated cranes from Lumen Forge");
    assertThat(brief.headline().refs()).containsExactly(SourceRef.title("a1"));
  }

  @Test
  void whyItMattersStatesSignificance() {
    assertThat(brief.whyItMatters()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    assertThat(brief.whyItMatters().get(0).text())
        .isEqualTo(
            "The decision marks the first time a port in the region has replaced crane"
                + " operators with machines.");
  }

  @Test
  void keyPointsAreDistinctAtMostFiveAndNotWhyItMatters() {
    List<Line> points = brief.keyPoints();
    assertThat(points).hasSizeBetween(3, 5);
    assertThat(points.stream().map(Line::text).distinct()).hasSize(points.size());
    assertThat(points.stream().map(l -> l.refs().get(0)).distinct()).hasSize(points.size());
    assertThat(points).doesNotContainAnyElementsOf(brief.whyItMatters());
  }

  @Test
  void datelineAndConnectiveAreTrimmed() {
    List<Line> lines = allLines(brief);
    assertThat(lines).noneMatch(l -> l.text().startsWith("LYSARIA CITY"));
    assertThat(lines).noneMatch(l -> l.text().startsWith("But "));
  }

  @Test
  void summaryOpensWithALeadAndTakesOutletsInTurn() {
    List<Line> summary = brief.summary();
    assertThat(summary).hasSizeBetween(2, 7);
    // most important first: an article's first sentence opens it
    assertThat(summary.get(0).refs().get(0).sentence()).isZero();
    // the second sentence comes from another outlet than the first
    java.util.Map<String, String> outletOf = new java.util.HashMap<>();
    brief.sources().forEach(s -> outletOf.put(s.articleId(), s.outlet()));
    assertThat(outletOf.get(summary.get(1).refs().get(0).articleId()))
        .isNotEqualTo(outletOf.get(summary.get(0).refs().get(0).articleId()));
  }

  @Test
  void explainerGlossesAnActorWithItsAppositive() {
    assertThat(brief.explainer().glosses())
        .anySatisfy(
            g -> {
              assertThat(g.actor()).isEqualTo("Lumen Forge");
              assertThat(g.line().text())
                  .isEqualTo("Lumen Forge, a robotics firm founded in Lysaria City");
            })
        .anySatisfy(
            g -> {
              assertThat(g.actor()).isEqualTo("Harbor Union");
              assertThat(g.line().text()).isEqualTo("Harbor Union, the dockworkers' union");
            });
  }

  @Test
  void criticsAndDefendersAreInDifferentCamps() {
    Camp critics = camp(brief, "Critics");
    Camp defenders = camp(brief, "Defenders");
    assertThat(actors(critics))
        .contains("Adaeze Okafor", "Harbor Union")
        .doesNotContain("Jonas Weber", "Meridian Port Authority");
    // Sides choose before the general sections: the authority's one stance ("defended the plan,
    // saying…") is in its camp, and a page uses each source sentence once, so it is no Key Point
    assertThat(actors(defenders))
        .contains("Jonas Weber", "Meridian Port Authority")
        .doesNotContain("Adaeze Okafor", "Harbor Union");
    assertThat(brief.keyPoints())
        .noneSatisfy(l -> assertThat(l.text()).startsWith("The Meridian Port Authority defended"));
    assertThat(brief.sides().stream().flatMap(c -> c.stances().stream()).map(Stance::actor))
        .doesNotHaveDuplicates();
  }

  @Test
  void quoteIsShownOnlyWhenTheSourceQuotes() {
    List<Stance> stances = brief.sides().stream().flatMap(c -> c.stances().stream()).toList();
    assertThat(stances).anyMatch(s -> s.quote() != null);
    for (Stance s : stances) {
      boolean quoted = s.line().text().contains("\"") || s.line().text().contains("“");
      assertThat(s.quote() != null).as(s.line().text()).isEqualTo(quoted);
      if (quoted) {
        assertThat(s.line().text()).contains(s.quote());
      }
    }
    Stance okafor =
        stances.stream().filter(s -> s.actor().equals("Adaeze Okafor")).findFirst().orElseThrow();
    assertThat(okafor.quote()).isEqualTo("The crane plan puts hundreds of families at risk");
  }

  @Test
  void forecastIsForwardLookingAndEndsWithTheDisclaimer() {
    assertThat(brief.forecast().disclaimer()).isEqualTo(Brief.Forecast.DISCLAIMER);
    assertThat(brief.forecast().items()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
    assertThat(brief.forecast().items())
        .map(i -> i.line().text())
        .doesNotContain(
            PortStory.PAST_EXPECTATION, PortStory.BACKGROUND_2019, PortStory.BACKGROUND_2021)
        .contains(PortStory.ANALYSTS);
    assertThat(brief.forecast().items())
        .filteredOn(i -> i.line().text().equals(PortStory.ANALYSTS))
        .singleElement()
        .satisfies(i -> assertThat(i.attribution()).isEqualTo("Analysts at Tidewater Capital"));
  }

  @Test
  void timelineIsNewestFirstWithMilestonesAndBackground() {
    List<TimelineEntry> timeline = brief.timeline();
    for (int i = 1; i < timeline.size(); i++) {
      assertThat(timeline.get(i).date()).isBeforeOrEqualTo(timeline.get(i - 1).date());
    }
    assertThat(timeline)
        .filteredOn(e -> !e.background())
        .extracting(TimelineEntry::storyId)
        .containsExactly(PortStory.ID, PortStory.EARLIER_ID);
    // the saga's dated background facts; one that another section of this page shows ("In 2019,
    // …" in the Explainer) is not told again here
    List<TimelineEntry> saga = brief.timeline();
    assertThat(material.saga().timeline())
        .anySatisfy(
            e -> {
              assertThat(e.background()).isTrue();
              assertThat(e.line().text()).startsWith("In 2019, ");
              assertThat(e.label())
                  .as("no entity named: no heading, not the date phrase again")
                  .isEmpty();
              assertThat(e.date().getYear()).isEqualTo(2019);
              assertThat(e.storyId()).isNull();
            });
    assertThat(allLines(brief))
        .filteredOn(l -> l.text().startsWith("In 2019, "))
        .as("the 2019 fact once on the page")
        .hasSize(1);
    assertThat(saga).hasSizeLessThanOrEqualTo(12);
  }

  @Test
  void sourcesAreOldestFirstAndMetadataIsSet() {
    assertThat(brief.sources())
        .extracting(Brief.SourceArticle::articleId)
        .containsExactly("a1", "a2", "a3", "a4");
    assertThat(brief.writer()).isEqualTo("extractive");
    assertThat(brief.writtenAt()).isEqualTo(Fixture.NOW);
    assertThat(brief.storyId()).isEqualTo(PortStory.ID);
    assertThat(brief.gaps()).isEmpty();
  }

  @Test
  void oneArticleStoryLeavesGapsWithMessages() {
    AnalyzedArticle only =
        article("s1", "Coast Ledger", "2025-03-10T08:00:00Z")
            .title("Ferry timetable changes on the northern route")
            .sentence("The northern ferry now leaves the harbour at seven in the morning.")
            .sentence("The earlier crossing at six has been dropped from the timetable.")
            .sentence("Tickets bought for the six o'clock crossing are valid on the new sailing.")
            .build();
    Brief b = writer.write(Fixture.material("s", List.of(only)));
    assertThat(b.keyPoints()).isEmpty();
    assertThat(b.sides()).isEmpty();
    assertThat(b.forecast().items()).isEmpty();
    assertThat(b.forecast().disclaimer()).isEqualTo(Brief.Forecast.DISCLAIMER);
    assertThat(b.gaps()).containsKeys("key_points", "sides", "forecast");
    assertThat(b.gaps().values()).allMatch(m -> !m.isBlank());
    assertThat(b.gaps()).containsEntry("sides", "No attributed stances in the coverage so far.");
    assertThat(Brief.SECTIONS).containsAll(b.gaps().keySet());
    assertThat(b.headline().text()).isEqualTo("Ferry timetable changes on the northern route");
  }

  private static Camp camp(Brief b, String name) {
    return b.sides().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no camp " + name + " in " + b.sides()));
  }

  private static List<String> actors(Camp c) {
    return c.stances().stream().map(Stance::actor).toList();
  }

  static List<Line> allLines(Brief b) {
    List<Line> lines = new ArrayList<>();
    lines.add(b.headline());
    lines.addAll(b.whyItMatters());
    lines.addAll(b.keyPoints());
    lines.addAll(b.summary());
    lines.addAll(b.explainer().lines());
    b.explainer().glosses().forEach(g -> lines.add(g.line()));
    b.sides().forEach(c -> c.stances().forEach(s -> lines.add(s.line())));
    b.forecast().items().forEach(i -> lines.add(i.line()));
    b.timeline().forEach(e -> lines.add(e.line()));
    return lines;
  }
}
