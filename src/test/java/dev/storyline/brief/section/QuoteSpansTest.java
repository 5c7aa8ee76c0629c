package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.text.QuoteMarks;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief.Stance;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stance whose quotation the splitter left open shows its article's sentences up to its end. */
class QuoteSpansTest {
  private static List<Line> lines(AnalyzedArticle a) {
    List<AnalyzedArticle> story = List.of(a);
    return SidesWriter.write(StoryText.of(story), Actors.of(story)).stream()
        .flatMap(c -> c.stances().stream())
        .map(Stance::line)
        .toList();
  }

  @Test
  void anOpenQuotationRunsIntoTheSentenceThatClosesIt() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "Harbour master Ines Marr said: \"The pier will stay shut.", person("Ines Marr"))
            .sentence("We cannot risk another collapse this winter.\"")
            .build();
    List<Line> lines = lines(a);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).text())
        .isEqualTo(
            "Harbour master Ines Marr said: \"The pier will stay shut. We cannot risk another"
                + " collapse this winter.\"");
    assertThat(lines.get(0).refs()).containsExactly(new SourceRef("a", 0), new SourceRef("a", 1));
  }

  @Test
  void aQuotationClosedInItsSentenceTakesItsOpeningFromTheOneBefore() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence("Boats were moved inland overnight.")
            .sentence("“The tide came faster than anyone said.")
            .sentence("We lost the lower road,” Olav Brekke said.", person("Olav Brekke"))
            .build();
    List<Line> lines = lines(a);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).text())
        .isEqualTo(
            "“The tide came faster than anyone said. We lost the lower road,” Olav Brekke said.");
    assertThat(lines.get(0).refs()).containsExactly(new SourceRef("a", 1), new SourceRef("a", 2));
  }

  @Test
  void aQuotationThatStaysOpenKeepsItsOwnLine() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence("Ines Marr said: \"The pier will stay shut.", person("Ines Marr"))
            .sentence("We cannot risk it.")
            .sentence("Not this winter.")
            .sentence("Not next winter either.\"")
            .build();
    List<Line> lines = lines(a);
    assertThat(lines)
        .extracting(Line::text)
        .containsExactly("Ines Marr said: \"The pier will stay shut.");
  }

  @Test
  void whichWayAMarkGoes() {
    assertThat(QuoteMarks.openness("He said: \"The pier is shut.")).isEqualTo(1);
    assertThat(QuoteMarks.openness("It is shut, \" the mayor said.")).isEqualTo(-1);
    assertThat(QuoteMarks.openness("\"It is shut,\" he said, \"and stays so.")).isEqualTo(1);
    assertThat(QuoteMarks.openness("\"It is shut,\" he said.")).isZero();
    assertThat(QuoteMarks.openness("“It is shut.")).isEqualTo(1);
    assertThat(QuoteMarks.openness("It is shut,” he said.")).isEqualTo(-1);
    // mixed marks that pair up: a curly opening closed by a straight mark
    assertThat(QuoteMarks.openness("“I find the law troubling,\" Ines Marr said.")).isZero();
  }

  @Test
  void wordsBeforeAClosingMarkAreQuotedAndNoSpeakerStandsThere() {
    String closing = "Today the Norland farmers urged him to stay, and I agree.\" he said.";
    assertThat(QuoteMarks.spans(closing))
        .anySatisfy(s -> assertThat(s).containsExactly(0, closing.indexOf('"')));
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence("Ines Marr said: \"The pier stays shut.", person("Ines Marr"))
            .sentence("Today Olav Brekke urged a vote, and I agree.\"", person("Olav Brekke"))
            .build();
    List<AnalyzedArticle> story = List.of(a);
    StoryText text = StoryText.of(story);
    assertThat(
            dev.storyline.brief.actor.Attribution.speaker(
                text.sentences().get(1), Actors.of(story)))
        .isNull();
  }
}
