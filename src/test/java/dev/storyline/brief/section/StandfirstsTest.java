package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Titles that run the page's standfirst on after the headline, the shapes crawled BBC and Guardian
 * pages give (issue 19's glued titles), on invented text.
 */
class StandfirstsTest {
  private static AnalyzedArticle page(String title, String... sentences) {
    var b = article("a", "A", "2031-05-10T00:00:00Z").title(title);
    for (String s : sentences) {
      b.sentence(s);
    }
    return b.build();
  }

  @Test
  void aStandfirstTheTextGoesOnWithIsCutOff() {
    AnalyzedArticle a =
        page(
            "Ferry steward in hospital after crossing from storm-hit Velmar Harbour Health"
                + " Authority has warned ports to watch for any unusual fever cases",
            "The Health Authority has warned ports to watch for any unusual fever cases"
                + " after a steward fell ill.",
            "The steward was taken to the town hospital, a spokesman said.");
    Line h = HeadlineWriter.write(List.of(a));
    assertThat(h.text())
        .isEqualTo("Ferry steward in hospital after crossing from storm-hit Velmar Harbour");
    assertThat(h.refs()).containsExactly(SourceRef.title("a"));
  }

  @Test
  void aStandfirstOpeningWithTheTitlesFirstWordAgainIsCutOff() {
    AnalyzedArticle a =
        page(
            "CCTV of harbour wall falling as Lumen storm hits CCTV pictures capture the moment"
                + " the storm struck Lumen on Tuesday, with a row of huts falling into the sea.",
            "The video shows how the strength of the waves was enough to bring down new walls.");
    assertThat(HeadlineWriter.write(List.of(a)).text())
        .isEqualTo("CCTV of harbour wall falling as Lumen storm hits");
  }

  @Test
  void aStandfirstRepeatingTheNameOpensAtTheRoleBeforeIt() {
    AnalyzedArticle a =
        page(
            "Velmar Oil said the claims were misguided and misleading Energy giant Velmar Oil has"
                + " been accused of hiding data the harbour inquiry needs.",
            "The inquiry will sit again in June.");
    assertThat(Standfirsts.headline(a.article().title(), a))
        .isEqualTo("Velmar Oil said the claims were misguided and misleading");
    // a headline in quotes, the standfirst after its closing quote
    AnalyzedArticle b =
        page(
            "Harbour wall repair 'going as planned' The harbour board says its new attempt to seal"
                + " the breach is going well.",
            "Divers worked through the night on the wall.");
    assertThat(Standfirsts.headline(b.article().title(), b))
        .isEqualTo("Harbour wall repair 'going as planned'");
  }

  @Test
  void aWordThatCapitalisedOnlyOpensASentenceStartsTheStandfirst() {
    AnalyzedArticle a =
        page(
            "Fever can be treated with the drugs Velmacil and Lumeron Is treatment available"
                + " to everyone and does it work?",
            "Doctors in Port Lumen have two drugs for the fever and enough doses for the town.");
    assertThat(Standfirsts.headline(a.article().title(), a))
        .isEqualTo("Fever can be treated with the drugs Velmacil and Lumeron");
  }

  @Test
  void aVideosStandfirstOpensWithWhatItShows() {
    AnalyzedArticle a =
        page(
            "Harbour quake captured on security camera Pictures have emerged of the moment the"
                + " pier was shaken by the quake.",
            "The quake shook the harbour of Port Lumen on Tuesday and the north pier fell.");
    assertThat(Standfirsts.headline(a.article().title(), a))
        .isEqualTo("Harbour quake captured on security camera");
  }

  @Test
  void aNameSaidTwiceInOneSentenceOfTheTextIsNoStandfirst() {
    // the title is the text's first sentence: the name comes again inside it
    String title =
        "Velmar announced power cuts for Lumen and north Velmar that will require big mills to cut"
            + " their use by a fifth";
    AnalyzedArticle a =
        page(
            title,
            title + " this summer.",
            "The cuts follow the loss of the harbour plant in the spring storm.",
            "Mills said they would run at night to keep their orders.",
            "The grid operator said the cuts could end by October.",
            "Homes will not be cut, the ministry said.");
    assertThat(Standfirsts.headline(title, a)).isEqualTo(title);
    // a headline's closing quote stays with it, the standfirst's opening quote goes
    AnalyzedArticle b =
        page(
            "Lumen storm: harbour 'breach leaves 90 homeless' 'Homes are gone' The mayor of Lumen"
                + " says the town will need months to rebuild.",
            "Crews worked through the night.");
    assertThat(Standfirsts.headline(b.article().title(), b))
        .isEqualTo("Lumen storm: harbour 'breach leaves 90 homeless' 'Homes are gone'");
    AnalyzedArticle c =
        page(
            "Storm worsens the harbour's winter \"The berths will stay shut until spring,\" the"
                + " board says of the damage.",
            "Crews worked through the night.");
    assertThat(Standfirsts.headline(c.article().title(), c))
        .isEqualTo("Storm worsens the harbour's winter");
  }

  @Test
  void aWiresTitleAfterItsDatelineIsItsLeadSentenceAndStaysWhole() {
    AnalyzedArticle a =
        page(
            "OSK -- The harbour board says ferry crews who receive Velmar Oil payments for lost"
                + " wages will pay tax on them.",
            "Under the law, Velmar Oil payments for lost wages are taxable, the board said.",
            "Payments for injuries are not.");
    assertThat(HeadlineWriter.write(List.of(a)).text())
        .isEqualTo(
            "The harbour board says ferry crews who receive Velmar Oil payments for lost wages"
                + " will pay tax on them.");
  }

  @Test
  void aTitleCaseHeadlineIsCutWhereItsSentencesSubjectOpens() {
    AnalyzedArticle a =
        page(
            "Vale Says Harbour Jobs Come First President Vale declared last night that saving"
                + " the harbour's jobs matters more than the budget.",
            "The harbour board met on Monday.");
    assertThat(Standfirsts.headline(a.article().title(), a))
        .isEqualTo("Vale Says Harbour Jobs Come First");
    AnalyzedArticle b =
        page(
            "Councillors Left On the Sidelines As Harbour Board Acts Alone The frenetic pace of"
                + " the ferry crisis has forced the board to decide in hours.",
            "The harbour board met on Monday.");
    assertThat(Standfirsts.headline(b.article().title(), b))
        .isEqualTo("Councillors Left On the Sidelines As Harbour Board Acts Alone");
    AnalyzedArticle c =
        page(
            "Mayor Ruiz: Our Anger Was Beyond Words Velmar's President Ana Ruiz has blamed the"
                + " ferry owners for the harbour fire.",
            "The harbour board met on Monday.");
    assertThat(Standfirsts.headline(c.article().title(), c))
        .isEqualTo("Mayor Ruiz: Our Anger Was Beyond Words");
  }

  @Test
  void titlesWithoutAStandfirstStayWhole() {
    // a long sentence title, a Title Case title run into its lead, a name said twice on purpose
    for (String title :
        List.of(
            "The ruler of the harbour state of Velmar has said other ports should send tugs to"
                + " Lumen to clear the wreck.",
            "Harbour Adviser Urges Stricter Rules For Ferry Owners Ann Lee was the lead author of"
                + " a report on the ferries.",
            "Velmar votes to keep its harbour tax as Velmar councillors reject the port plan",
            "Harbour studio sells its film library to Lumen Pictures in a record deal on Monday",
            "Crowds call for the resignation of Velmar President Ana Ruiz outside the Harbour"
                + " Board in Lumen on Saturday.")) {
      AnalyzedArticle a = page(title, "The council met on Tuesday to vote on the harbour plan.");
      assertThat(Standfirsts.headline(title, a)).as(title).isEqualTo(title);
    }
  }
}
