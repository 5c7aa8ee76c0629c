package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.text.Boilerplate;
import dev.storyline.brief.text.WireStamps;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Photo captions, credits, tickers and player messages are no headline and no timeline item (the
 * Timeline17 shapes of issue 19, on invented text).
 */
class HeadlineCaptionTest {
  @Test
  void aCaptionGluedToTheLeadGivesWayToTheLead() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title(
                "Mr Hale was a keen sailor and climber A British engineer has been confirmed dead"
                    + " after the Port Lumen quake.")
            .sentence("He had worked in the town for the relief agency since the spring.")
            .build();
    Line h = HeadlineWriter.write(List.of(a));
    assertThat(h.text())
        .isEqualTo("A British engineer has been confirmed dead after the Port Lumen quake.");
    assertThat(h.refs()).containsExactly(SourceRef.title("a"));
  }

  @Test
  void aTranscriptWhoseOpeningIsFurnitureIsHeadedByItsFirstNewsSentence() {
    // a broadcast transcript: banner title, host's greeting, then the news under speaker tags
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Harbour Radio - 5/10/31 Download PDF notes for today's show: RUSH TRANSCRIPT.")
            .sentence("ANN LEE, HARBOUR RADIO HOST: Radio is one example.")
            .sentence("I'm Ann Lee, and we start right now.")
            .sentence("LEE: After three weeks of strikes, the Port Lumen dockers voted to return.")
            .build();
    Line h = HeadlineWriter.write(List.of(a));
    assertThat(h.text())
        .isEqualTo("After three weeks of strikes, the Port Lumen dockers voted to return.");
    assertThat(h.refs()).containsExactly(new SourceRef("a", 2));
  }

  @Test
  void aCaptionAtTheEndOfAGluedTitleIsNoLead() {
    // headline, standfirst and photo caption in one crawled title
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title(
                "Lumen fever outbreak triggers port closure fears Up to 70 ill as fever sweeps"
                    + " Lumen and prompts harbour panic After a night of storms, people wearing"
                    + " life jackets queue for the ferry at Lumen harbour.")
            .sentence(
                "A fever that has made at least 70 people ill in Lumen could close the port,"
                    + " health officials warned.")
            .sentence("The harbour board met on Saturday.")
            .build();
    Line h = HeadlineWriter.write(List.of(a));
    assertThat(h.text()).doesNotContain("life jackets");
    assertThat(
            Boilerplate.isFurniture(
                "After a night of storms, people wearing life jackets queue for the ferry at Lumen"
                    + " harbour."))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "Soldiers carrying rifles walked into the harbour office on Monday, officials"
                    + " said."))
        .isFalse();
  }

  @Test
  void aTitleAddressingItsReaderIsNoHeadline() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Search, find and watch the harbour politics that affects you")
            .sentence("The Port Lumen council voted on Tuesday to keep the night ferries running.")
            .sentence("The vote ends a month of protests at the harbour.")
            .build();
    Line h = HeadlineWriter.write(List.of(a));
    assertThat(h.text())
        .isEqualTo("The Port Lumen council voted on Tuesday to keep the night ferries running.");
    assertThat(Boilerplate.addressesReader("\"You will pay for this,\" the mayor said.")).isFalse();
  }

  @Test
  void aTranscriptBannerNamingTheSpeakerIsNoHeadline() {
    // a hearing transcript whose title is its stamp and the first speaker's banner
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Tuesday, May 10, 2031; 11:44 AM SEN. ANN LEE (D-VT.)")
            .sentence(
                "Today the Senate votes on a plan to rebuild the Port Lumen harbour and create jobs.")
            .sentence("We will hear the treasury secretary set out the framework.")
            .build();
    Line h = HeadlineWriter.write(List.of(a));
    assertThat(h.text())
        .isEqualTo(
            "Today the Senate votes on a plan to rebuild the Port Lumen harbour and create jobs.");
    assertThat(Boilerplate.isFurniture("SEN. ANN LEE (D-VT.)")).isTrue();
    assertThat(Boilerplate.isFurniture("Rep. Tom Vale (R-Ohio)")).isTrue();
    assertThat(Boilerplate.isFurniture("Speaks in Lumen, Velmar SPEAKER: SEN. ANN LEE, D-VT."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("Sen. Ann Lee (D-Vt.) voted against the harbour bill."))
        .isFalse();
    // a caption crawled as a title ends on its agency's credit
    assertThat(Boilerplate.isFurniture("Secretary of Harbours Ann Lee (AP).")).isTrue();
    assertThat(Boilerplate.isFurniture("Ann Lee spoke to the Associated Press (AP) on Monday."))
        .isFalse();
  }

  @Test
  void aTitleWithFurnitureRunIntoItAndNoTextIsCutBeforeTheFurniture() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title(
                "Port strike: the growing anger of the harbour towns Letters for publication"
                    + " should be sent to the desk")
            .build();
    Line h = HeadlineWriter.write(List.of(a));
    assertThat(h.text()).isEqualTo("Port strike: the growing anger of the harbour towns");
    assertThat(h.refs()).containsExactly(SourceRef.title("a"));
  }

  @Test
  void aSidebarGivenAsTheTitleOfAnUnrelatedArticleIsNoHeadline() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Two men charged over theft of museum canvas in Brackwater.")
            .sentence("Crowds filled the square in Port Lumen on Tuesday for a fourth day.")
            .sentence("Police kept back from the march along the harbour road.")
            .sentence("Organisers said the protest would go on until the council resigned.")
            .sentence("Shops near the square stayed shut through the afternoon.")
            .sentence("The council has not answered the protesters' demands.")
            .build();
    assertThat(HeadlineWriter.titleAboutArticle(a)).isFalse();
    Line h = HeadlineWriter.write(List.of(a));
    assertThat(h.text())
        .isEqualTo("Crowds filled the square in Port Lumen on Tuesday for a fourth day.");
    assertThat(h.refs()).containsExactly(new SourceRef("a", 0));
  }

  @Test
  void aSiteLineOpeningArticlesOfThreeStoriesOfTheStorylineIsNoHeadline() {
    // a column with no usable title opens with the site's disclaimer, as the site's other columns
    // of the storyline do
    String line = "The views in this column belong to the writer alone.";
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("The author is a columnist on harbour engineering.")
            .sentence(line)
            .sentence("The flooded dry dock at Port Lumen will keep the yard shut for a year.")
            .build();
    assertThat(HeadlineWriter.write(List.of(a)).text()).isEqualTo(line);
    Line h = HeadlineWriter.write(List.of(a), java.util.Set.of(SidebarTitles.key(line)));
    assertThat(h.text())
        .isEqualTo("The flooded dry dock at Port Lumen will keep the yard shut for a year.");
    assertThat(h.refs()).containsExactly(new SourceRef("a", 1));
  }

  @Test
  void aTitleHeadingArticlesOfThreeStoriesOfTheStorylineIsNoHeadline() {
    String sidebar = "Two men charged over theft of museum canvas in Brackwater.";
    // shares words with the article by chance, so the article alone cannot tell
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title(sidebar)
            .sentence("Two marches crossed Port Lumen on Tuesday as the museum stayed shut.")
            .sentence("Police charged nobody after the march along the harbour road.")
            .sentence("Organisers said the protest would go on until the council resigned.")
            .sentence("Shops near the square stayed shut through the afternoon.")
            .sentence("The council has not answered the protesters' demands.")
            .build();
    assertThat(HeadlineWriter.write(List.of(a)).text()).isEqualTo(sidebar);
    java.util.Set<String> sidebars =
        SidebarTitles.repeated(
            List.of(
                new String[] {sidebar, "s1"},
                new String[] {"Two men charged over theft of museum canvas in Brackwater", "s2"},
                new String[] {sidebar, "s2"},
                new String[] {sidebar + " ", "s3"},
                new String[] {"Council meets protesters", "s3"}),
            3);
    assertThat(sidebars).containsExactly(SidebarTitles.key(sidebar));
    assertThat(SidebarTitles.repeated(List.<String[]>of(new String[] {sidebar, "s1"}), 3))
        .isEmpty();
    Line h = HeadlineWriter.write(List.of(a), sidebars);
    assertThat(h.text())
        .isEqualTo("Two marches crossed Port Lumen on Tuesday as the museum stayed shut.");
  }

  @Test
  void aLongTitleSharingOneWordByChanceIsStillASidebar() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Two men charged over theft of museum canvas in Brackwater gallery.")
            .sentence("Crowds filled the square in Port Lumen on Tuesday for a fourth day.")
            .sentence("Police kept back from the march along the harbour road.")
            .sentence("Two organisers said the protest would go on until the council resigned.")
            .sentence("Shops near the square stayed shut through the afternoon.")
            .sentence("The council has not answered the protesters' demands.")
            .build();
    assertThat(HeadlineWriter.titleAboutArticle(a)).isFalse();
  }

  @Test
  void aTitleSharingAWordWithItsArticleStays() {
    AnalyzedArticle a =
        article("a", "A", "2031-05-10T00:00:00Z")
            .title("Port Lumen protests enter fourth day")
            .sentence("Crowds filled the square on Tuesday for a fourth day.")
            .sentence("Police kept back from the march along the harbour road.")
            .sentence("Organisers said the protest would go on until the council resigned.")
            .sentence("Shops near the square stayed shut through the afternoon.")
            .sentence("The council has not answered the demands.")
            .build();
    assertThat(HeadlineWriter.titleAboutArticle(a)).isTrue();
    assertThat(HeadlineWriter.write(List.of(a)).text())
        .isEqualTo("Port Lumen protests enter fourth day");
  }

  @Test
  void aPicturesOwnCaptionIsFurnitureAReportOfFootageIsNot() {
    assertThat(
            Boilerplate.isFurniture(
                "Pictures from Port Lumen show some of the damage caused to the harbour."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("The video above shows the crane falling into the bay."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("Video posted online shows gunmen at the north pier."))
        .isFalse();
    assertThat(Boilerplate.isFurniture("Footage shot on Friday showed crowds at the north pier."))
        .isFalse();
  }

  @Test
  void aPhotoCreditBeforeTheTextIsRemoved() {
    assertThat(Boilerplate.stripLead("Photograph: Ann Lee/AP Ferries return to Osk."))
        .isEqualTo("Ferries return to Osk.");
    assertThat(Boilerplate.stripLead("Photograph: Ivo Sand/AFP/Getty Images The port stays shut."))
        .isEqualTo("The port stays shut.");
    assertThat(Boilerplate.stripLead("(By Ivo Sand -- Harbour Wire) Last week, the port shut."))
        .isEqualTo("Last week, the port shut.");
    assertThat(Boilerplate.stripLead("(By the way) the port shut."))
        .isEqualTo("(By the way) the port shut.");
  }

  @Test
  void aPageStampBeforeTheTitleIsRemoved() {
    assertThat(
            Boilerplate.stripLead(
                "Page last updated at 10:05 GMT, Friday, 22 January 2031 Ferries return to Osk"))
        .isEqualTo("Ferries return to Osk");
  }

  @Test
  void aWireDatelineWithItsDayIsStripped() {
    assertThat(Boilerplate.stripLead("LUMEN, May 2 (Reuters) - Ferries return to Osk."))
        .isEqualTo("Ferries return to Osk.");
    assertThat(
            Boilerplate.stripLead(
                "Thu Dec 23, 2031 7:59 pm EST PORT LUMEN (Harbour Wire) - Ferries return to Osk."))
        .isEqualTo("Ferries return to Osk.");
    assertThat(Boilerplate.stripLead("OSK (Reuters) and Lumen officials met on Monday."))
        .as("a bracket not followed by a dash is no dateline")
        .isEqualTo("OSK (Reuters) and Lumen officials met on Monday.");
  }

  @Test
  void aCaptionThatOpensWithItsDayIsFurniture() {
    assertThat(
            Boilerplate.isFurniture("June 16 : A ferry operates off Osk at the site of the wreck."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("3 May: Divers wait on the quay beside the ferry."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("June 16: The ferry company agreed to pay the fines."))
        .as("a dated entry of news is no caption")
        .isFalse();
  }

  @Test
  void aLivePagesUpdateStampIsStripped() {
    assertThat(Boilerplate.stripLead("(Update 4:40 p.m. Osk, 9:40 a.m. ET) Police are firing."))
        .isEqualTo("Police are firing.");
    assertThat(Boilerplate.stripLead("(Updated 3:52 p.m. (2252 in Osk)) The envoy spoke."))
        .isEqualTo("The envoy spoke.");
    assertThat(Boilerplate.stripLead("(Osk is a port) The envoy spoke."))
        .as("a bracket that is no stamp stays")
        .isEqualTo("(Osk is a port) The envoy spoke.");
  }

  @Test
  void aPlaceInCapitalsBeforeALongDashIsADateline() {
    assertThat(Boilerplate.stripLead("PORT LUMEN -- The ferry crews went back to work."))
        .isEqualTo("The ferry crews went back to work.");
    assertThat(Boilerplate.stripLead("OSK BEACH, FLA. — Tar balls washed up again on Friday."))
        .isEqualTo("Tar balls washed up again on Friday.");
    assertThat(Boilerplate.stripLead("OSK (Reuters) \" - The ferries are back."))
        .isEqualTo("The ferries are back.");
    assertThat(Boilerplate.stripLead("Port Lumen -- a town that lives on its ferries -- waits."))
        .as("a place not in capitals is the sentence's subject")
        .isEqualTo("Port Lumen -- a town that lives on its ferries -- waits.");
  }

  @Test
  void aCaptionNamingThePersonTheLeadNamesAgainGivesWayToTheLead() {
    assertThat(
            HeadlineWriter.unglue(
                "Ivo Lind feared he would lose his arm Ivo Lind is recovering in a field clinic"
                    + " set up on an old football pitch."))
        .isEqualTo("Ivo Lind is recovering in a field clinic set up on an old football pitch.");
  }

  @Test
  void aHeadlineAStandfirstAndTheLeadGluedTogetherGiveTheLead() {
    assertThat(
            HeadlineWriter.unglue(
                "Osk quake: many feared dead The quake is the worst to hit Osk in 200 years There"
                    + " are reports of a large number of deaths in Osk after Tuesday's quake."))
        .isEqualTo("There are reports of a large number of deaths in Osk after Tuesday's quake.");
  }

  @Test
  void aTitleWithoutAGlueStaysWhole() {
    assertThat(HeadlineWriter.unglue("Quake survivors in Port Lumen wait for the first aid ships"))
        .isEqualTo("Quake survivors in Port Lumen wait for the first aid ships");
    String said =
        "The mayor of Osk said The Lanterns would play a free concert for the survivors on Friday.";
    assertThat(HeadlineWriter.unglue(said)).isEqualTo(said);
  }

  @Test
  void creditsPositionMarksTickersAndPlayerMessagesAreFurniture() {
    assertThat(Boilerplate.isFurniture("Photo: Ana Ruiz The airport fills with relief teams."))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "The singer's sons Tom (l) and Ben (r) opened the Port Lumen concert."))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "Boats reach Osk - 50 mins ago Harbour Post Aid arrives - 3 hrs ago Osk Daily."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("Please click the button below to install it.")).isTrue();
    assertThat(Boilerplate.isFurniture("PLEASE NOTE: We cannot send copies of our interviews."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("You must have Flash Player 9 installed to see this."))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "To see this content you need to have Javascript enabled and Flash installed."))
        .isTrue();
    assertThat(Boilerplate.isFurniture("Relief boats reached Osk 50 hours after the quake."))
        .isFalse();
    assertThat(Boilerplate.isFurniture("The photo showed the harbour (left of the bridge)."))
        .isFalse();
  }

  @Test
  void aStoryWithNoTitleAndNoLeadThatReadsAsOneStillHasAHeadline() {
    dev.storyline.domain.AnalyzedArticle untitled =
        dev.storyline.brief.Fixture.article("c", "Harbour Wire", "2031-04-25T00:00:00Z")
            .title("")
            .sentence(
                "LUMEN, May 2 (Reuters) - Brightwater (BWT.L) and two partners cut safety checks on"
                    + " the pumps, the seals, the valves and the alarms of the harbour's three"
                    + " oldest docks over four years, a panel found on Monday.")
            .build();
    dev.storyline.domain.Line headline = HeadlineWriter.write(java.util.List.of(untitled));
    assertThat(headline.text()).startsWith("Brightwater (BWT.L) and two partners cut");
  }

  /**
   * A title run into its page's text at a wire's or a newspaper's stamp (issue 19: milestones that
   * read "… production HONG KONG | Mon May 18, … (Reuters) - Asia has …"): the headline, and so the
   * milestone, is the title before the stamp.
   */
  @Test
  void aTitleRunIntoItsTextAtAStampIsCutThere() {
    assertThat(
            WireStamps.beforeStamp(
                "Velmar frets over ferry fuel supply OSK | Mon May 18, 2031 1:35 pm IST OSK"
                    + " (Reuters) - Velmar has shown steely resolve in rationing fuel."))
        .isEqualTo("Velmar frets over ferry fuel supply");
    assertThat(
            WireStamps.beforeStamp(
                "Lumen confirms new ferry strike Tuesday 5 May 2031 17.04 BST The strike leaflet"
                    + " handed to passengers."))
        .isEqualTo("Lumen confirms new ferry strike");
    assertThat(
            WireStamps.beforeStamp(
                "Fuel rationing hard in Osk CAPE LUMEN, Velmar | Thu May 7, 2031 4:26 pm EDT CAPE"
                    + " LUMEN, Velmar (Reuters) - The pumps ran dry."))
        .isEqualTo("Fuel rationing hard in Osk");
    assertThat(
            WireStamps.beforeStamp(
                "Most ferries need no repairs to sail: IMO OSK | Tue May 12, 2031 1:47 pm EDT OSK"
                    + " (Reuters) - Most ferries do not need repairs."))
        .as("the wire's place is the one its dateline repeats; the title's last capitals stay")
        .isEqualTo("Most ferries need no repairs to sail: IMO");
    assertThat(
            WireStamps.beforeStamp(
                "Old ferries have sailed for years: study By Ann Lee, Harbour Editor OSK | Fri May"
                    + " 1, 2031 9:46 am EDT OSK (Reuters) - The ferries are old."))
        .isEqualTo("Old ferries have sailed for years: study");
    String plain = "Ferries return to Osk on Tuesday 5 May after the strike";
    assertThat(WireStamps.beforeStamp(plain)).isEqualTo(plain);

    AnalyzedArticle a =
        article("a", "reuters", "2031-05-18T00:00:00Z")
            .title(
                "Velmar frets over ferry fuel supply OSK | Mon May 18, 2031 1:35 pm IST OSK"
                    + " (Reuters) - Velmar has shown steely resolve in rationing fuel, but with"
                    + " most of its refining abroad it is less prepared than it wants to be.")
            .sentence("Velmar has shown steely resolve in rationing fuel.")
            .build();
    assertThat(HeadlineWriter.write(List.of(a)).text())
        .isEqualTo("Velmar frets over ferry fuel supply");
  }

  /** The wire stamp, byline stamp and photo credit shapes before an item's text (issue 19). */
  @Test
  void wireStampsWithAPlaceAndCountryAndCreditsBeforeThemAreStripped() {
    assertThat(
            Boilerplate.stripLead(
                "CAPE LUMEN, Velmar | Sun Jun 7, 2031 6:39 pm EDT CAPE LUMEN, Velmar (Reuters) -"
                    + " Eighteen sailors were rescued off the cape."))
        .isEqualTo("Eighteen sailors were rescued off the cape.");
    assertThat(
            Boilerplate.stripLead(
                "OSK, June 9 | Tue Jun 9, 2031 5:33 am EDT OSK, June 9 (Reuters) - The port"
                    + " reopened."))
        .isEqualTo("The port reopened.");
    assertThat(
            Boilerplate.stripLead(
                "Ann Lee | 14:07 PM, Monday, 1 June 2031 One of Velmar's leading engineers"
                    + " expects the bridge to open in the autumn."))
        .isEqualTo("One of Velmar's leading engineers expects the bridge to open in the autumn.");
    assertThat(
            Boilerplate.stripLead(
                "Credit: Reuters/Ann Lee/Handout OSK | Wed Apr 29, 2031 9:12 pm EDT OSK (Reuters)"
                    + " - About 30 sailors at the naval base were confined."))
        .isEqualTo("About 30 sailors at the naval base were confined.");
    // a picture agency's credit without "Credit:" before the wire's place and stamp
    assertThat(
            Boilerplate.stripLead(
                "REUTERS/Video stills via Harbour TV OSK | Tue Aug 9, 2031 7:17 pm EDT OSK"
                    + " (Reuters) - The governor said the strike would go on."))
        .isEqualTo("The governor said the strike would go on.");
    assertThat(
            Boilerplate.stripLead(
                "LUMEN, Velmar | Mon May 18, 2031 11:51 am EDT LUMEN, Velmar (Reuters Life!) -"
                    + " The lantern festival drew record crowds."))
        .isEqualTo("The lantern festival drew record crowds.");
    assertThat(
            Boilerplate.stripLead(
                "By Ann Lee Environment correspondent, BBC News Vast amounts of gas lie under the"
                    + " Velmar shelf."))
        .isEqualTo("Vast amounts of gas lie under the Velmar shelf.");
    String place =
        "By Ann Lee Harbour correspondent, BBC News, Osk Lumen dockers walked out on Monday.";
    assertThat(Boilerplate.stripLead(place))
        .as("a place after the outlet cannot be told from the text's first words")
        .isEqualTo(place);
    assertThat(
            Boilerplate.stripLead(
                "(Repeats to more subscribers without changes in text) OSK, April 27 (Reuters) -"
                    + " Fears grow that the fuel shortage will spread."))
        .isEqualTo("Fears grow that the fuel shortage will spread.");
  }

  /**
   * A photo credit's agency chain and a list of related links (bullets the page's text gives as
   * "cents") are furniture, so never a headline or a milestone.
   */
  @Test
  void creditChainsAndLinkListsAreFurniture() {
    assertThat(Boilerplate.isFurniture("B. Lind and C. Ruiz/Velmar Health Agency/Handout"))
        .isTrue();
    assertThat(
            Boilerplate.isFurniture(
                "cents Osk mayor ` hopeful ' about ferries cents Lumen confirms new ferry strike"))
        .isTrue();
    assertThat(Boilerplate.isFurniture("Sorry, this media is not available in your territory."))
        .as("a media player's message, the headline of a video page")
        .isTrue();
    assertThat(Boilerplate.isFurniture("Fares rose five cents on Monday, the ferry company said."))
        .isFalse();
    assertThat(Boilerplate.isFurniture("The ministry said the handout would reach every family."))
        .isFalse();
  }

  /** A caption ending in an article or a preposition is no caption: the title stays whole. */
  @Test
  void aTitleIsNotCutAfterAnArticleBeforeACapitalisedName() {
    String t =
        "Vials of the ferry fuel samples are making their way from the UN to a laboratory north"
            + " of Osk.";
    assertThat(HeadlineWriter.unglue(t)).isEqualTo(t);
  }
}
