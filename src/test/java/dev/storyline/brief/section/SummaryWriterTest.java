package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.SourceRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The summary is read as one text made of sentences from several reports. */
class SummaryWriterTest {
  /**
   * With too little that reads alone, the summary takes what is left, but not a piece of a
   * quotation the splitter cut from its opening mark.
   */
  @Test
  void aPieceOfACutQuotationIsNoSummaryLineEvenWhenLittleIsLeft() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence(
                "President Harlan said on Wednesday that three prisoners held in Ostrel had been"
                    + " freed.")
            .build();
    AnalyzedArticle b =
        article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .sentence(
                "President Harlan wrote early on Wednesday that the foreign minister was flying"
                    + " home from Ostrel with the three freed prisoners.")
            .sentence("\"They seem to be in good health.")
            .sentence("Also, a good meeting with the Ostrel leader.")
            .sentence("Date and place of the next summit are set,\" Mr. Harlan added.")
            .build();
    List<String> summary =
        SummaryWriter.pick(StoryText.of(List.of(a, b)), List.of()).stream()
            .map(StorySentence::text)
            .toList();
    assertThat(summary).noneMatch(t -> t.contains("Mr. Harlan added"));
  }

  @Test
  void aSentenceThatNeedsTheOneBeforeItIsNotSummarised() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence("The port of Meridian reopened its north gate on Monday after a long strike.")
            .sentence("But he also acknowledged another reason for the delay at the north gate.")
            .sentence("Dockworkers returned to the cranes at dawn under the new port agreement.")
            .build();
    AnalyzedArticle b =
        article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .sentence("Meridian's north gate opened again on Monday as the port strike ended.")
            .sentence("Shipping lines said the first container ships would dock at the port today.")
            .build();
    StoryText text = StoryText.of(List.of(a, b));
    List<String> summary =
        SummaryWriter.pick(text, List.of()).stream().map(StorySentence::text).toList();
    assertThat(summary).hasSizeGreaterThanOrEqualTo(SummaryWriter.MIN);
    assertThat(summary).noneMatch(t -> t.startsWith("But he also"));
  }

  @Test
  void aSentenceThatPointsBackIsSummarisedRightAfterTheOneItPointsTo() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence("The port of Meridian reopened its north gate on Monday after a long strike.")
            .sentence("It had been shut for eleven days while crane operators stayed at home.")
            .build();
    List<String> summary =
        summaryWith(
            a, "Shipping lines said the first container ships would dock at the port today.");
    int lead =
        summary.indexOf(
            "The port of Meridian reopened its north gate on Monday after a long strike.");
    assertThat(lead).isNotNegative();
    assertThat(summary)
        .element(lead + 1)
        .isEqualTo("It had been shut for eleven days while crane operators stayed at home.");
  }

  @Test
  void aSentenceThatOpensAParagraphFollowsOnlyTheArticlesFirstSentence() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence("The port of Meridian reopened its north gate on Monday after a long strike.")
            .sentence("Ada Brent's crane company is a Meridian firm founded in 1974 on the quay.")
            .paragraph()
            .sentence("It had been shut for eleven days while crane operators stayed at home.")
            .build();
    List<String> summary =
        summaryWith(
            a, "Shipping lines said the first container ships would dock at the port today.");
    // "It" opening a paragraph is the port the article is about, not the firm just before it
    assertThat(summary)
        .contains("Ada Brent's crane company is a Meridian firm founded in 1974 on the quay.")
        .doesNotContain("It had been shut for eleven days while crane operators stayed at home.");
  }

  @Test
  void aSentenceAboutHimOrHerFollowsOnlyASentenceThatNamesSomeone() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence(
                "Ada Brent won the harbour board vote in Meridian on Monday by forty votes.",
                person("Ada Brent"))
            .sentence("She takes the chair of the harbour board in May after the count.")
            .build();
    List<String> summary =
        summaryWith(
            a,
            "The port of Meridian reopened its north gate on Monday after a long strike.",
            "She takes the chair of the harbour board in May after the recount.");
    assertThat(summary)
        .contains("She takes the chair of the harbour board in May after the count.")
        .doesNotContain("She takes the chair of the harbour board in May after the recount.");
  }

  @Test
  void withNothingElseLeftTheSummaryStillTakesWhatThereIs() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence("But he also acknowledged another reason for the delay at the north gate.")
            .sentence("They said the dockworkers would return to the cranes under the agreement.")
            .build();
    StoryText text = StoryText.of(List.of(a));
    assertThat(SummaryWriter.pick(text, List.of())).hasSize(2);
  }

  @Test
  void withThreeOutletsNoOutletFillsMoreThanHalfOfTheSummary() {
    AnalyzedArticle a1 =
        article("a1", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence("The port of Meridian reopened its north gate on Monday after a long strike.")
            .sentence("Crane operators accepted a wage rise of six percent in a ballot on Sunday.")
            .sentence("Container trucks queued outside the north gate before dawn on Monday.")
            .build();
    AnalyzedArticle a2 =
        article("a2", "Northgate Courier", "2026-03-02T10:00:00Z")
            .sentence("Ships anchored off Meridian moved to the north terminal berths on Monday.")
            .sentence("The port cleared refrigerated containers first to save the fruit cargo.")
            .build();
    AnalyzedArticle b =
        article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .sentence("Meridian's north gate opened again on Monday as the port strike ended.")
            .build();
    AnalyzedArticle c =
        article("c", "Harbour Post", "2026-03-02T11:00:00Z")
            .sentence(
                "Port managers in Meridian thanked the crane operators for ending the strike.")
            .build();
    StoryText text = StoryText.of(List.of(a1, a2, b, c));
    // the third outlet's only sentence is shown elsewhere on the page
    Set<SourceRef> shown = Set.of(new SourceRef("c", 0));
    List<StorySentence> summary = SummaryWriter.pick(text, List.of(), shown);
    Map<String, Long> perOutlet =
        summary.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.article().article().outlet(), HashMap::new, Collectors.counting()));
    assertThat(summary).hasSizeGreaterThanOrEqualTo(SummaryWriter.MIN);
    assertThat(perOutlet.values()).allMatch(n -> n * 2 <= summary.size());
  }

  @Test
  void withThreeOutletsTheSecondSentenceIsAnotherOutlets() {
    // one outlet's two reports lead the story; the others' leads are shown elsewhere on the page
    AnalyzedArticle a1 =
        article("a1", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence("The port of Meridian reopened its north gate on Monday after a long strike.")
            .build();
    AnalyzedArticle a2 =
        article("a2", "Northgate Courier", "2026-03-02T10:00:00Z")
            .sentence("Meridian's north gate opened again on Monday as the port strike ended.")
            .build();
    AnalyzedArticle b =
        article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .sentence("Dockworkers in Meridian ended their strike at the port on Monday.")
            .sentence("Crane operators at the port accepted a wage rise of six percent.")
            .build();
    AnalyzedArticle c =
        article("c", "Harbour Post", "2026-03-02T11:00:00Z")
            .sentence("The Meridian port strike is over after the dockworkers' vote.")
            .sentence("Ships anchored off Meridian moved to the port's north berths.")
            .build();
    StoryText text = StoryText.of(List.of(a1, a2, b, c));
    Set<SourceRef> shown = Set.of(new SourceRef("b", 0), new SourceRef("c", 0));
    List<StorySentence> summary = SummaryWriter.pick(text, List.of(), shown);
    assertThat(summary).hasSizeGreaterThanOrEqualTo(SummaryWriter.MIN);
    // a reader who stops after two sentences has read two outlets, not one outlet twice
    assertThat(summary.get(1).article().article().outlet())
        .isNotEqualTo(summary.get(0).article().article().outlet());
  }

  @Test
  void twoReportsOfOneVoteInTheSameWordsAreNotBothSummarised() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence(
                "Members of the Harbour Crane Guild, which represents about 900 workers at the"
                    + " port, voted on Monday to accept the new contract.")
            .embedding(new float[] {1, 0, 0, 0})
            .sentence("The contract raises pay by six percent over two years.")
            .embedding(new float[] {0, 1, 0, 0})
            .build();
    AnalyzedArticle b =
        article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .sentence(
                "The dispute ended on Monday when members of the Harbour Crane Guild, which"
                    + " represents about 900 workers at the port, approved the agreement.")
            .embedding(new float[] {0, 0, 1, 0}) // far apart by embedding: the words tell
            .sentence("Shipping lines said the first container ships would dock at the port today.")
            .embedding(new float[] {0, 0, 0, 1})
            .build();
    List<String> summary =
        SummaryWriter.pick(StoryText.of(List.of(a, b)), List.of()).stream()
            .map(StorySentence::text)
            .toList();
    assertThat(summary.stream().filter(t -> t.contains("which represents about 900 workers")))
        .hasSize(1);
  }

  /** The summary of {@code a} and a second outlet's report made of {@code lakeside}. */
  @Test
  void aFactTheReportsShareComesBeforeAFeatureLeadThatSharesNothing() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence(
                "Velmar Motors said Tuesday it expects to sell 90,000 electric vans this year"
                    + " after record orders.")
            .sentence("The carmaker also said it will open a second battery plant next spring.")
            .build();
    AnalyzedArticle b =
        article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .sentence(
                "Two winters ago, with its factory idle and its bankers nervous, the family firm"
                    + " took a gamble that few rivals dared to copy.")
            .sentence("Ivo Sand, the chief executive, told staff in a letter the bet had paid off.")
            .sentence(
                "Velmar Motors sold 21,000 electric vans in the first three months of the year,"
                    + " a record, the carmaker reported Tuesday.")
            .build();
    AnalyzedArticle c =
        article("c", "Harbour Times", "2026-03-02T10:00:00Z")
            .sentence(
                "Velmar Motors raised its forecast on Tuesday to 90,000 electric vans for the"
                    + " year as orders hit a record.")
            .sentence("Its shares rose 6 percent in Port Lumen trading after the news.")
            .build();
    List<String> summary =
        SummaryWriter.pick(StoryText.of(List.of(a, b, c)), List.of()).stream()
            .map(StorySentence::text)
            .toList();
    // the walk over the sentences the reports share outweighs the Gazette's first place
    int fact = summary.indexOf(b.sentences().get(2).text());
    int feature = summary.indexOf(b.sentences().get(0).text());
    assertThat(fact).isNotNegative();
    assertThat(feature < 0 || feature > fact).as("%s", summary).isTrue();
  }

  @Test
  void afterItsOpeningTheSummaryDoesNotTellAFactAgainInOtherWords() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence(
                "The Corvane drug agency approved velotraxin, Aurel Pharma's kidney medicine.")
            .sentence("Trial patients most often complained of thirst and tiredness.")
            .build();
    AnalyzedArticle b =
        article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .sentence("Aurel Pharma shares rose 14 percent after the agency approved velotraxin.")
            .sentence("The side effects patients reported most often were thirst and tiredness.")
            .build();
    AnalyzedArticle c =
        article("c", "Harbour Times", "2026-03-02T10:00:00Z")
            .sentence("Velotraxin, approved on Tuesday, will reach about 2,000 kidney patients.")
            .build();
    List<String> summary =
        SummaryWriter.pick(StoryText.of(List.of(a, b, c)), List.of()).stream()
            .map(StorySentence::text)
            .toList();
    assertThat(summary).hasSizeGreaterThanOrEqualTo(3);
    assertThat(summary.stream().filter(t -> t.contains("thirst and tiredness"))).hasSize(1);
  }

  private static List<String> summaryWith(AnalyzedArticle a, String... lakeside) {
    var b = article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z");
    for (String sentence : lakeside) {
      b.sentence(sentence);
    }
    return SummaryWriter.pick(StoryText.of(List.of(a, b.build())), List.of()).stream()
        .map(StorySentence::text)
        .toList();
  }

  /**
   * The summary of three reports by three outlets, of two, two and one sentences, the sentences'
   * embeddings all apart (so that only the words can make two of them one fact).
   */
  private static List<String> summaryOfThree(
      String a1, String a2, String b1, String b2, String c1) {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence(a1)
            .embedding(new float[] {1, 0, 0, 0, 0})
            .sentence(a2)
            .embedding(new float[] {0, 1, 0, 0, 0})
            .build();
    AnalyzedArticle b =
        article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .sentence(b1)
            .embedding(new float[] {0, 0, 1, 0, 0})
            .sentence(b2)
            .embedding(new float[] {0, 0, 0, 1, 0})
            .build();
    AnalyzedArticle c =
        article("c", "Harbour Post", "2026-03-02T10:00:00Z")
            .sentence(c1)
            .embedding(new float[] {0, 0, 0, 0, 1})
            .build();
    return SummaryWriter.pick(StoryText.of(List.of(a, b, c)), List.of()).stream()
        .map(StorySentence::text)
        .toList();
  }

  @Test
  void afterItsOpeningTheSummaryNeverStatesAFactAgainInOtherWords() {
    List<String> summary =
        summaryOfThree(
            "Crane operators voted for a deal that rules out compulsory layoffs caused by"
                + " automation until 2034.",
            "Shipping lines said the first container ships would dock at the port today.",
            "Compulsory layoffs linked to automation are ruled out until 2034.",
            "The port authority thanked the crane operators for ending the strike.",
            "The accord rules out compulsory layoffs tied to automation until 2034.");
    assertThat(summary.stream().filter(t -> t.contains("2034"))).hasSizeLessThanOrEqualTo(2);
    assertThat(summary.subList(SummaryWriter.OPENING, summary.size()))
        .noneMatch(t -> t.contains("2034"));
  }

  @Test
  void aThirdOutletsWordingOfALargeFigureIsNotSummarised() {
    List<String> summary =
        summaryOfThree(
            "The regional economy added 8,500 jobs in June, adjusted for the season.",
            "Hotels and restaurants did most of the hiring along the coast.",
            "The economy rebounded and added 8,500 new jobs in June after a slow spring.",
            "Ferry operators said they would take on seasonal crews in August.",
            "In a burst of hiring, employers added 8,500 jobs in June, the most in years.");
    assertThat(summary).isNotEmpty();
    assertThat(summary.stream().filter(t -> t.contains("8,500")))
        .as("two outlets may give the news; a third saying it again is a repeat: %s", summary)
        .hasSize(2);
  }

  @Test
  void whenTooLittleReadsAloneTheSummaryStillKeepsToTheStory() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .title("Meridian port reopens its north gate")
            .articleEmbedding(1, 0)
            .sentence(
                "But the port of Meridian reopened its north gate on Monday after the strike.")
            .embedding(1, 0)
            .sentence("But the crane operators returned to the north gate cranes at dawn.")
            .embedding(0.8f, 0.6f)
            .sentence("A film festival opened in another city with a gala on the same evening.")
            .embedding(0, 1)
            .build();
    List<String> summary =
        SummaryWriter.pick(StoryText.of(List.of(a)), List.of()).stream()
            .map(StorySentence::text)
            .toList();
    assertThat(summary).hasSizeGreaterThanOrEqualTo(SummaryWriter.MIN);
    assertThat(summary).noneMatch(t -> t.contains("film festival"));
  }
}
