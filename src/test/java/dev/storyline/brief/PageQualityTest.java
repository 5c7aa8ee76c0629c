package dev.storyline.brief;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.actor.Attribution;
import dev.storyline.brief.text.Boilerplate;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.brief.text.Trimmer;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import dev.storyline.domain.StoryMaterial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The story-page defects of issue 19, each on invented text of the shape the reading found in basil
 * and Timeline17: timeline scope, repeats, headlines, boilerplate, stand-alone sentences, speakers
 * and noise.
 */
class PageQualityTest {
  private final BriefWriter writer = new ExtractiveBriefWriter();

  private static AnalyzedArticle hearing(String id, String outlet, String day) {
    return article(id, outlet, day + "T10:00:00Z")
        .title("Senate panel questions Judge Ana Ruiz on her record")
        .sentence(
            "The Senate Judiciary Committee questioned Judge Ana Ruiz for nine hours on Tuesday.",
            person("Ana Ruiz"))
        .sentence(
            "\"I will rule by the law and nothing else,\" Judge Ruiz told the senators.",
            person("Ruiz"))
        .sentence("Senator Tom Hale criticised her record on labour cases.", person("Tom Hale"))
        .sentence("The committee is expected to vote on the nomination next week.")
        .build();
  }

  @Test
  void aStoryTimelineEndsWithTheStory() {
    AnalyzedArticle early = hearing("h1", "Coast Ledger", "2025-03-04");
    AnalyzedArticle later =
        article("v1", "Coast Ledger", "2025-04-20T10:00:00Z")
            .title("Senate confirms Judge Ana Ruiz after long fight")
            .sentence("The Senate confirmed Judge Ana Ruiz by 52 votes to 48 on Sunday.")
            .build();
    List<StoryMaterial.StoryThread> line =
        List.of(
            new StoryMaterial.StoryThread("s-early", List.of(early)),
            new StoryMaterial.StoryThread("s-later", List.of(later)));
    Brief b =
        writer.write(
            Saga.of(line).material("s-early", List.of(early), Fixture.COVERAGE, Fixture.NOW));
    assertThat(b.timeline()).isNotEmpty();
    assertThat(b.timeline())
        .allSatisfy(e -> assertThat(e.date()).isBeforeOrEqualTo(LocalDate.parse("2025-03-04")));
    assertThat(b.timeline()).noneMatch(e -> "s-later".equals(e.storyId()));
  }

  @Test
  void aPageUsesEachSourceSentenceOnce() {
    List<AnalyzedArticle> story =
        List.of(
            hearing("a1", "Coast Ledger", "2025-03-04"),
            hearing("a2", "Harbor Times", "2025-03-04"),
            hearing("a3", "Civic Wire", "2025-03-05"));
    Brief b = writer.write(Fixture.material("s", story));
    List<SourceRef> refs = new ArrayList<>();
    b.whyItMatters().forEach(l -> refs.addAll(l.refs()));
    b.keyPoints().forEach(l -> refs.addAll(l.refs()));
    b.summary().forEach(l -> refs.addAll(l.refs()));
    b.explainer().lines().forEach(l -> refs.addAll(l.refs()));
    b.sides().forEach(c -> c.stances().forEach(s -> refs.addAll(s.line().refs())));
    b.forecast().items().forEach(i -> refs.addAll(i.line().refs()));
    assertThat(refs).isNotEmpty().doesNotHaveDuplicates();
    List<String> texts = new ArrayList<>();
    b.keyPoints().forEach(l -> texts.add(l.text()));
    b.summary().forEach(l -> texts.add(l.text()));
    b.sides().forEach(c -> c.stances().forEach(s -> texts.add(s.line().text())));
    b.forecast().items().forEach(i -> texts.add(i.line().text()));
    assertThat(texts).doesNotHaveDuplicates();
  }

  @Test
  void theTimelineTellsNoBackgroundFactAnotherSectionShows() {
    // the port story's background facts ("In 2019, …") are also its best explanatory lines
    for (StoryMaterial m : List.of(PortStory.material(), shortPortStory())) {
      Brief b = writer.write(m);
      List<SourceRef> shown = new ArrayList<>();
      b.whyItMatters().forEach(l -> shown.addAll(l.refs()));
      b.keyPoints().forEach(l -> shown.addAll(l.refs()));
      b.summary().forEach(l -> shown.addAll(l.refs()));
      b.explainer().lines().forEach(l -> shown.addAll(l.refs()));
      b.sides().forEach(c -> c.stances().forEach(s -> shown.addAll(s.line().refs())));
      b.forecast().items().forEach(i -> shown.addAll(i.line().refs()));
      assertThat(b.timeline())
          .filteredOn(Brief.TimelineEntry::background)
          .noneMatch(e -> shown.containsAll(e.line().refs()));
    }
  }

  @Test
  void theTimelineTellsNoBackgroundFactAnotherSectionShowsInOtherWords() {
    AnalyzedArticle a =
        article("p1", "Coast Ledger", "2025-03-04T08:00:00Z")
            .title("Meridian port reopens its north pier")
            .sentence("The port of Meridian reopened its north pier on Monday after repairs.")
            .sentence(
                "In 2019, a storm wrecked the north pier and shut it for two years.",
                Fixture.date("In 2019", "2019-01-01", dev.storyline.domain.DateGranularity.YEAR))
            .build();
    AnalyzedArticle b =
        article("p2", "Harbor Times", "2025-03-04T07:00:00Z")
            .title("North pier back in use at Meridian")
            .sentence("Meridian's north pier is open to ferries again after two years of repairs.")
            .sentence(
                "Back in 2019, a storm wrecked Meridian's north pier, which stayed shut for two years.",
                Fixture.date("in 2019", "2019-01-01", dev.storyline.domain.DateGranularity.YEAR))
            .build();
    Brief page = writer.write(Fixture.material("p", List.of(a, b)));
    List<String> shown = new ArrayList<>();
    page.whyItMatters().forEach(l -> shown.add(l.text()));
    page.keyPoints().forEach(l -> shown.add(l.text()));
    page.summary().forEach(l -> shown.add(l.text()));
    page.explainer().lines().forEach(l -> shown.add(l.text()));
    assertThat(shown).as("a section tells the storm").anyMatch(t -> t.contains("storm wrecked"));
    assertThat(page.timeline())
        .filteredOn(Brief.TimelineEntry::background)
        .as("nor does the Timeline tell it again in the other outlet's words")
        .noneMatch(e -> e.line().text().contains("storm wrecked"));
  }

  private static StoryMaterial shortPortStory() {
    AnalyzedArticle a =
        article("p1", "Coast Ledger", "2025-03-04T08:00:00Z")
            .title("Meridian port reopens its north pier")
            .sentence("The port of Meridian reopened its north pier on Monday after repairs.")
            .sentence(
                "In 2019, a storm wrecked the north pier and shut it for two years.",
                Fixture.date("In 2019", "2019-01-01", dev.storyline.domain.DateGranularity.YEAR))
            .sentence("Ferries will use the pier again from next week, the port said.")
            .build();
    return Fixture.material("p", List.of(a));
  }

  @Test
  void captionsDatelinesAndRunTogetherTitlesAreNeverTheHeadline() {
    AnalyzedArticle bbc =
        article("b1", "bbc", "2011-11-07T21:40:00Z")
            .title(
                "7 November 2011 Last updated at 21:40 GMT Help Michael Jackson's former doctor"
                    + " has been found guilty by a jury in Los Angeles.")
            .sentence("The jury deliberated for less than two days before its verdict.")
            .build();
    Line h = writer.write(Fixture.material("s", List.of(bbc))).headline();
    assertThat(h.text())
        .isEqualTo(
            "Michael Jackson's former doctor has been found guilty by a jury in Los Angeles.");
    AnalyzedArticle caption =
        article("g1", "guardian", "2009-04-26T11:25:00Z")
            .title(
                "Sunday 26 April 2009 11.25 BST An electron micrograph of the swine influenza virus"
                    + " Photograph: Dario Lopez-Mills/AP A killer virus that has caused at least"
                    + " 20 deaths in Mexico could become a global pandemic, experts warn")
            .sentence("Photograph: Cynthia Goldsmith/AP")
            .sentence("Health officials in Mexico closed schools in the capital on Saturday.")
            .build();
    Line h2 = writer.write(Fixture.material("s2", List.of(caption))).headline();
    assertThat(h2.text())
        .isEqualTo("Health officials in Mexico closed schools in the capital on Saturday.");
    assertThat(h2.refs()).containsExactly(new SourceRef("g1", 1));
  }

  @Test
  void theHeadlinesSentenceIsNotWhyItMattersAgain() {
    // no title reads as one, so the lead heads the page; it also states what the news means, and
    // Why It Matters used to show it a second time
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("The author is a columnist on harbour engineering.")
            .sentence(
                "The closure of the Port Lumen dry dock marks the first time in forty years that"
                    + " the yard has stood idle.")
            .sentence("Repairs to the flooded dock gates began on Monday under the port authority.")
            .sentence("The yard's two hundred workers were sent home on full pay until the autumn.")
            .build();
    Brief b = writer.write(Fixture.material("s", List.of(a)));
    assertThat(b.headline().refs()).containsExactly(new SourceRef("a", 0));
    assertThat(b.whyItMatters())
        .allSatisfy(l -> assertThat(l.refs()).doesNotContain(new SourceRef("a", 0)));
  }

  @Test
  void anExcerptCutAtASentencesEndKeepsThatSentence() {
    assertThat(Trimmer.trim("The ferry will run again in May, the harbour board said...."))
        .isEqualTo("The ferry will run again in May, the harbour board said.");
    assertThat(Trimmer.trim("“We have no more to say at this time.”…"))
        .isEqualTo("“We have no more to say at this time.”");
    // cut inside a sentence, or after an initial that a name goes on from: still an excerpt's end
    assertThat(Trimmer.trim("The ferry will run again in May, the harbour...")).endsWith("...");
    assertThat(Trimmer.trim("The order was backed by Judges Ada C....")).endsWith("C....");
  }

  @Test
  void theCommentsAPageKeptUnderItsStoryAreNeverPublished() {
    AnalyzedArticle page =
        article("c1", "Coast Ledger", "2025-03-04T10:00:00Z")
            .title("Harbour board approves the new ferry terminal")
            .sentence("The harbour board approved the new ferry terminal on Tuesday after a vote.")
            .sentence("Construction of the terminal is expected to begin in the spring next year.")
            .sentence("The board's chair said the vote settled a decade of argument over the site.")
            // a thread's first comments, their stamps lost: chatter, and a line between
            .sentence("I think the board has lost its mind over this terminal plan of theirs.")
            .sentence("Nobody in the town ever asked for a second ferry terminal anyway.")
            .sentence(
                "January 27, 2011 at 7:59 pm | Report abuse | I do not think this terminal will"
                    + " ever be finished.")
            .sentence("The harbour board should resign before it wastes any more of our money.")
            .build();
    List<String> shown =
        StoryText.of(List.of(page)).publishable().stream().map(StorySentence::text).toList();
    assertThat(shown)
        .containsExactly(
            "The harbour board approved the new ferry terminal on Tuesday after a vote.",
            "Construction of the terminal is expected to begin in the spring next year.",
            "The board's chair said the vote settled a decade of argument over the site.");
  }

  @Test
  void aBlogsStampAPagesTabAndAHeadlineRunIntoANewspapersStampAreTrimmed() {
    assertThat(
            Trimmer.trim(
                "By Ann Lee | September 16, 2008; 6:32 AM ET If the harbour were a bank, it would"
                    + " be closed."))
        .isEqualTo("If the harbour were a bank, it would be closed.");
    assertThat(
            Trimmer.trim(
                "Harbour chief resigns Monday, July 19, 2010; 10:30 AM A day that began well ended"
                    + " in doubt."))
        .isEqualTo("A day that began well ended in doubt.");
    assertThat(Trimmer.trim("(Ann Lee) Saturday, September 18, 2010; 1:48 AM At last, it is shut."))
        .isEqualTo("At last, it is shut.");
    assertThat(Trimmer.trim("Article | Harbour lawyers said the estimates were too high."))
        .isEqualTo("Harbour lawyers said the estimates were too high.");
    assertThat(Trimmer.trim("YES | NO The harbour master stepped down on Friday."))
        .isEqualTo("The harbour master stepped down on Friday.");
    assertThat(
            Trimmer.trim(
                "KESSFORD, Velmar/LISK | Fri May 7, 2010 2:25 pm EDT KESSFORD, Velmar/LISK (Reuters)"
                    + " - Oil covered the harbour."))
        .isEqualTo("Oil covered the harbour.");
    // a video's title keeps its first word: no tab bar after it
    assertThat(Trimmer.trim("Video Games Week opened in the harbour hall on Friday."))
        .startsWith("Video Games Week");
    assertThat(Boilerplate.isFurniture("By Ann Lee | December 20, 2009; 11:55 PM ET | Permalink"))
        .isTrue();
  }

  @Test
  void boilerplateLeadInsAreTrimmedAndFurnitureIsNeverPublished() {
    assertThat(Trimmer.trim("Denver (AP) — Firefighters contained the blaze on Sunday."))
        .isEqualTo("Firefighters contained the blaze on Sunday.");
    assertThat(
            Trimmer.trim(
                "ZURICH | Tue Apr 28, 2009 9:39 am BST ZURICH (Reuters) - A container of flu"
                    + " samples exploded on a train."))
        .isEqualTo("A container of flu samples exploded on a train.");
    assertThat(Boilerplate.isFurniture("Views expressed in the comments are the readers' own."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("These posts do not represent those of the Harbour Post."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("Share your thoughts by writing to our letters desk."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("See here for updates on Haiti crisis from aid workers."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("(Reporting by Maggie Fox; Editing by Will Dunham)"))
        .isTrue();
    assertThat(Boilerplate.isFurniture("BECKY ANDERSON, HOST: We're getting the first word."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("View how farms, ferries and the harbour are at risk."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("Explore all of our flood maps to follow the water."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("This copy may not be in its final form and may change."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("You've selected the Norland Edition.")).isTrue();
    // an interview's question, with or without the lead-in before it
    assertThat(
            Boilerplate.isFurniture(
                "Here's the exchange: Q: The ferry firm will publish its report tomorrow."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("Q: Will the harbour reopen before the winter?")).isTrue();
    // the reader or a listener addressed is a column's or a host's voice, not the report's
    assertThat(Boilerplate.chatter("You might think the harbour board would learn from this."))
        .isTrue();
    assertThat(Boilerplate.chatter("Harbour News put your questions to the ferry pilot Ana Ruiz."))
        .isTrue();
    assertThat(Boilerplate.chatter("\"You are wrong,\" the mayor told the harbour board."))
        .isFalse();
    assertThat(Boilerplate.chatter("The mayor told the harbour board it was wrong.")).isFalse();
    // a byline or a tune-in line on its own; a byline before a title is cut off it
    assertThat(Boilerplate.isFurniture("By Ann D. Lee, Harbour News")).isTrue();
    assertThat(Boilerplate.isFurniture("Tune in week nights at 2200 CET")).isTrue();
    assertThat(Boilerplate.isFurniture("By Tuesday, the harbour toll had risen to nine."))
        .isFalse();
    assertThat(Boilerplate.stripLead("By the Harbour Wire Staff Lumen answers the ferry claim"))
        .isEqualTo("Lumen answers the ferry claim");
    assertThat(Boilerplate.isFurniture("The inquiry's report, due in May, covers the Q3 loss."))
        .isFalse();
    assertThat(Trimmer.trim("LUMEN, Norland (Reuters) Norland's envoys are ready to talk."))
        .isEqualTo("Norland's envoys are ready to talk.");
    assertThat(Trimmer.trim("ON THE OSK RIVER -- The ferry's engine failed at noon."))
        .isEqualTo("The ferry's engine failed at noon.");
    // a wire's double place, a newspaper's stamp and place, a place and day before a long dash
    assertThat(
            Trimmer.trim(
                "LUMEN/OSK | Wed Sep 8, 2031 9:10 pm EDT LUMEN/OSK (Reuters) - The ferry"
                    + " operators traded blame on Wednesday."))
        .isEqualTo("The ferry operators traded blame on Wednesday.");
    assertThat(
            Trimmer.trim(
                "Thursday, August 26, 2031; 8:12 PM OSK - Investigators questioned the ferry's"
                    + " owner."))
        .isEqualTo("Investigators questioned the ferry's owner.");
    assertThat(
            Trimmer.trim(
                "Tuesday, September 16, 2031; 4:30 PM Just a day after the strike, the port"
                    + " reopened."))
        .isEqualTo("Just a day after the strike, the port reopened.");
    assertThat(Trimmer.trim("MESA, Norl., Feb. 18 -- The mayor unveiled a housing plan."))
        .isEqualTo("The mayor unveiled a housing plan.");
    assertThat(Trimmer.trim("NEW YORK, Sept. 24 -- Ana Ruiz is a gambler by nature."))
        .isEqualTo("Ana Ruiz is a gambler by nature.");
    assertThat(Trimmer.trim("NO GOING OUT ON A LIMB The relationship with Osk has withered."))
        .isEqualTo("The relationship with Osk has withered.");
    assertThat(Trimmer.trim("The UN and EU said the port would reopen."))
        .isEqualTo("The UN and EU said the port would reopen.");
    assertThat(Boilerplate.isFurniture("This comment was removed because it broke the rules."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("The opinions expressed are her own.")).isTrue();
    assertThat(Boilerplate.isFurniture("Get the Harbour Brief delivered to your inbox every day."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("Your essential source for the latest port news.")).isTrue();
    assertThat(Boilerplate.isFurniture("Osk exchange quotes delayed by at least 20 minutes."))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "A connected approach to governance, risk and compliance Our next generation"
                    + " legal research platform"))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "The opinions expressed in this commentary are solely those of Ann Lee."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("The views expressed by the minister alarmed the harbour."))
        .isFalse();
    assertThat(Trimmer.trim("NEW: The union calls for talks with the port authority."))
        .isEqualTo("The union calls for talks with the port authority.");
    // a timeline's date before its line is the line's date, not a lead-in
    assertThat(Trimmer.trim("May 09 - Osk and Lumen report their first cases of the flu."))
        .startsWith("May 09 - Osk");
    assertThat(Boilerplate.isFurniture("GRAPHIC: Ann Lee - The Courier, May 2, 2009")).isTrue();
    assertThat(Boilerplate.isFurniture("ltima actualizaci n: jueves, 11 de junio - 17:02 GMT"))
        .isTrue();
    assertThat(Boilerplate.isFurniture("The latest news bulletin from Norland Radio.")).isTrue();
    assertThat(Boilerplate.isFurniture("The map of the flooded harbour was redrawn.")).isFalse();
    assertThat(
            Boilerplate.isFurniture(
                "EDITOR'S NOTE: Credit: Lumen Wire CANNOT INDEPENDENTLY"
                    + " VERIFY CONTENT A ferry leaves the harbour."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("The author is a Courier columnist.")).isTrue();
    assertThat(Boilerplate.isFurniture("Video shows the flooded quay (1:37) Crews wade in."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("An electron micrograph of the harbour flu virus."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("The author of the report is a former harbour master."))
        .isFalse();
    assertThat(Boilerplate.isFurniture("Viewers saw how the harbour flooded on Friday.")).isFalse();
    assertThat(Boilerplate.isFurniture("The Red Cross said aid would arrive on Friday.")).isFalse();
  }

  @Test
  void aSpeechsFullTextGivesNoLineOfTheReport() {
    AnalyzedArticle speech =
        article("s", "Harbour Daily", "2026-03-02T08:00:00Z")
            .title("Full text: the mayor's harbour speech")
            .sentence("The harbour is the latest battlefield in this long war on smuggling.")
            .sentence("Our crews are at different levels of readiness for the new season.")
            .build();
    AnalyzedArticle report =
        article("r", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .title("Mayor vows to rebuild the harbour defences")
            .sentence(
                "The mayor of Meridian vowed on Monday to rebuild the harbour's sea defences.")
            .sentence("The council will vote on the plan for the north harbour next week.")
            .build();
    StoryText text = StoryText.of(List.of(speech, report));
    // the speech's lines are the mayor's words, which the page cannot give as its own
    assertThat(text.publishable()).extracting(s -> s.article().id()).containsOnly("r");
    assertThat(StoryText.fullText("Transcript: the council's vote")).isTrue();
    assertThat(StoryText.fullText("Text of the mayor's letter")).isTrue();
    assertThat(StoryText.fullText("Transcripts reveal the council's doubts")).isFalse();
  }

  @Test
  void aSentenceInsideAQuotationOfSeveralSentencesIsTheSpeakersNotTheReports() {
    AnalyzedArticle a =
        article("q", "Harbour Daily", "2026-03-02T08:00:00Z")
            .title("Mayor vows to rebuild the harbour defences")
            .sentence(
                "The mayor of Meridian vowed on Monday to rebuild the harbour's sea defences.")
            .sentence("\"The smugglers are trying to shake our will on the north harbour.")
            .sentence("The smugglers do not understand the people of Meridian at all.")
            .sentence(
                "Our crews will not falter and the harbour will be rebuilt by spring,\" she said.")
            .sentence("The council will vote on the plan for the north harbour next week.")
            .build();
    StoryText text = StoryText.of(List.of(a));
    assertThat(text.publishable())
        .extracting(StorySentence::text)
        .contains("The council will vote on the plan for the north harbour next week.")
        .doesNotContain("The smugglers do not understand the people of Meridian at all.");
    assertThat(
            dev.storyline.brief.text.QuoteMarks.inside(
                List.of("“A ferry sank.", "Nobody came.", "It was dark,” he said.", "Then rain.")))
        .containsExactly(false, true, false, false);
    // an opening mark never closed within the span marks nothing
    assertThat(
            dev.storyline.brief.text.QuoteMarks.inside(List.of("“A ferry sank.", "Nobody came.")))
        .containsExactly(false, false);
  }

  @Test
  void topSectionsSkipSentencesThatNeedTheirNeighbour() {
    AnalyzedArticle a =
        article("c1", "Coast Ledger", "2025-03-04T10:00:00Z")
            .title("Port authority approves the new harbour crane contract")
            .sentence(
                "The port authority approved a new crane contract worth 40 million on Monday.")
            .sentence("But he also acknowledged another reason for the long delay in the talks.")
            .sentence("\"The whole question is whether they should or not.\"")
            .sentence("It marks the first time the port has bought cranes abroad, officials said.")
            .build();
    StoryText text = StoryText.of(List.of(a));
    assertThat(text.standalone())
        .extracting(StorySentence::text)
        .doesNotContain(
            "But he also acknowledged another reason for the long delay in the talks.",
            "\"The whole question is whether they should or not.\"")
        .contains("The port authority approved a new crane contract worth 40 million on Monday.");
  }

  @Test
  void aSentenceOffTheStorysTopicIsNotAboutTheStory() {
    // a roundup: its lead is about the quake, one sentence about an awards show
    AnalyzedArticle a =
        article("r1", "World Desk", "2010-01-13T10:00:00Z")
            .title("Quake devastates Haiti")
            .articleEmbedding(1, 0, 0)
            .sentence("A huge earthquake has devastated Haiti, with thousands feared dead.")
            .embedding(0.9f, 0.1f, 0)
            .sentence("Film stars gathered in Los Angeles for the annual awards ceremony tonight.")
            .embedding(0.05f, 0, 1)
            .build();
    StoryText text = StoryText.of(List.of(a));
    assertThat(text.onTopic(text.sentences().get(0))).isTrue();
    assertThat(text.onTopic(text.sentences().get(1))).isFalse();
  }

  @Test
  void aNameAfterTheVerbSpeaksOnlyInTheInvertedOrder() {
    AnalyzedArticle a =
        article("m1", "bbc", "2011-09-27T10:00:00Z")
            .title("Trial of Michael Jackson's doctor opens")
            .sentence(
                "Prosecutors say Dr Conrad Murray gave Jackson a lethal dose of a sedative.",
                person("Conrad Murray"))
            .sentence(
                "\"He did everything he could,\" said Ed Chernoff, the doctor's lawyer.",
                person("Ed Chernoff"))
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    assertThat(Attribution.speaker(text.sentences().get(0), actors)).isNull();
    assertThat(Attribution.speaker(text.sentences().get(1), actors).name())
        .isEqualTo("Ed Chernoff");
  }

  @Test
  void threeReportsInAnAfternoonAreNotLouderThanFiftyOverAWeek() {
    Brief burst = writer.write(Fixture.material("b", Synthetic.story("b", 3, 3, 0, 1)));
    Brief week = writer.write(Fixture.material("w", Synthetic.story("w", 53, 3, 168, 2)));
    assertThat(week.noise().score()).isGreaterThan(burst.noise().score());
    assertThat(burst.noise().label()).isIn("Quiet", "Moderate");
    assertThat(week.noise().label()).isIn("Loud", "Very loud");
  }
}
