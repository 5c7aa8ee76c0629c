package dev.storyline.analyze.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invented pages of the shapes found in Timeline17: a live blog and reader comments. */
class PagePartsTest {
  private static OpenNlpSentenceSplitter splitter;

  @BeforeAll
  static void load() {
    splitter = OpenNlpSentenceSplitter.fromClasspath();
  }

  private static List<String> sentences(String text) {
    return PageParts.clean(text, splitter.split(text)).stream()
        .map(s -> s.of(text))
        .collect(Collectors.toList());
  }

  @Test
  void liveBlogEntriesStartAfterTheirTimeStamps() {
    String text =
        "Follow the storm as it happens.\n\n"
            + "2341 The harbour master says the last ferry has left Port Lumen.\n\n"
            + "2310 Rescue crews have reached the villages hit by the 2019 Storm Ana.\n\n"
            + "Footage of the flooded quay 2254 Ana Ruiz, a spokeswoman for the Tidewater relief"
            + " fund, says it will send boats at dawn.\n\n"
            + "2230 The weather office raised its warning to red.";
    assertThat(sentences(text))
        .containsExactly(
            "Follow the storm as it happens.",
            "The harbour master says the last ferry has left Port Lumen.",
            "Rescue crews have reached the villages hit by the 2019 Storm Ana.",
            "Ana Ruiz, a spokeswoman for the Tidewater relief fund, says it will send boats at"
                + " dawn.",
            "The weather office raised its warning to red.");
  }

  @Test
  void aChronologyKeepsItsYears() {
    String text =
        "1983 Ana Ruiz graduates from the naval college.\n\n"
            + "2001 She joins the harbour authority.\n\n"
            + "2006 She becomes its director, the first woman in the 2006 Regatta Board.";
    assertThat(sentences(text))
        .containsExactly(
            "1983 Ana Ruiz graduates from the naval college.",
            "2001 She joins the harbour authority.",
            "2006 She becomes its director, the first woman in the 2006 Regatta Board.");
  }

  @Test
  void readerCommentsAreNotPartOfTheArticle() {
    String text =
        "The port of Lumen reopened on Monday after the storm.\n\n"
            + "Officials expect the first cargo ships to dock next week.\n\n"
            + "At 10:12 pm on 3 Mar 2031, harbourfan77 wrote: I think the ships will never come"
            + " back.\n\n"
            + "We will see.\n\n"
            + "At 08:40 am on 4 Mar 2031, Jo Bloggs wrote: The new mayor will fix it, mark my"
            + " words.";
    assertThat(sentences(text))
        .containsExactly(
            "The port of Lumen reopened on Monday after the storm.",
            "Officials expect the first cargo ships to dock next week.");
  }

  @Test
  void replyLinksAndPostedByLinesOpenCommentsToo() {
    String text =
        "The council voted to rebuild the quay.\n\n"
            + "March 4 , 2031 at 9:15 am | Reply They will waste the money.\n\n"
            + "Posted by : quaywatcher | March 4 , 2031 10:02 AM | Report abuse Agreed.";
    assertThat(sentences(text)).containsExactly("The council voted to rebuild the quay.");
    text =
        "The council voted to rebuild the quay.\n\n"
            + "Added : Tuesday , 4 March , 2031 , 18:32 GMT 18:32 UK We need a new quay.\n\n"
            + "Added : Tuesday , 4 March , 2031 , 18:16 GMT 18:16 UK Good comments so far.";
    assertThat(sentences(text)).containsExactly("The council voted to rebuild the quay.");
  }

  @Test
  void aCommentsDateAndClockOpenTheCommentsToo() {
    // the shape of Timeline17's BBC pages: comments under the article, each opening with its day
    // and clock time, some removed by the moderators
    String text =
        "Norland recalled its envoy from Lumen on Monday.\n\n"
            + "The envoy will return on 2 August 2031 for talks.\n\n"
            + "10th August 2031 - 10:16 With these reports, will Norland send troops?\n\n"
            + "Any government that fires on its own people has lost its legitimacy.\n\n"
            + "10th August 2031 - 10:59 This comment was removed because the moderators found it"
            + " broke the house rules.";
    assertThat(sentences(text))
        .containsExactly(
            "Norland recalled its envoy from Lumen on Monday.",
            "The envoy will return on 2 August 2031 for talks.");
  }

  @Test
  void aWiresClosingCreditEndsTheStory() {
    // the shape of Timeline17's Reuters pages: the credit, the site's promos, its invitation to
    // comment and the comments, none with a header
    String text =
        "Lumen's ferry operators traded blame on Wednesday.\n\n"
            + "The port will reopen next week, the harbour master said.\n\n"
            + "(Reporting by Ana Ruiz; Editing by Ben Osk)\n\n"
            + "An ultra-low latency platform for trading and data.\n\n"
            + "We welcome comments that advance the story through relevant opinion.\n\n"
            + "The ferry owners will never pay for this.";
    assertThat(sentences(text))
        .containsExactly(
            "Lumen's ferry operators traded blame on Wednesday.",
            "The port will reopen next week, the harbour master said.",
            "(Reporting by Ana Ruiz; Editing by Ben Osk)");
    text =
        "The harbour reopened on Monday.\n\n"
            + "We welcome comments on our articles for a limited period.\n\n"
            + "I think it will close again.";
    assertThat(sentences(text)).containsExactly("The harbour reopened on Monday.");
    text =
        "The harbour reopened on Monday.\n\n"
            + "Views expressed in the comments do not represent those of the Harbour Post.\n\n"
            + "The only solution is for the navy to take over the port.";
    assertThat(sentences(text)).containsExactly("The harbour reopened on Monday.");
  }

  @Test
  void oneQuotedLetterIsNoCommentSection() {
    String text =
        "At 9:30 am on Monday, the mayor wrote: the quay will reopen.\n\n"
            + "The council agreed on Tuesday.";
    assertThat(sentences(text))
        .containsExactly(
            "At 9:30 am on Monday, the mayor wrote: the quay will reopen.",
            "The council agreed on Tuesday.");
  }
}
