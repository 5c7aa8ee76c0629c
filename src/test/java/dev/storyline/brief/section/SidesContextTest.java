package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Brief.Camp;
import dev.storyline.domain.Brief.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sides shows lines a reader of Sides alone understands: none that opens pointing back. */
class SidesContextTest {
  private static List<Camp> camps(AnalyzedArticle a) {
    List<AnalyzedArticle> story = List.of(a);
    return SidesWriter.write(StoryText.of(story), Actors.of(story));
  }

  private static List<String> lines(List<Camp> camps) {
    return camps.stream().flatMap(c -> c.stances().stream()).map(s -> s.line().text()).toList();
  }

  @Test
  void anActorsStanceThatReadsAloneIsShownBeforeAQuotationThatPointsBack() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence("“It was the longest night of my life,” said Mara Holt.", person("Mara Holt"))
            .sentence(
                "Mara Holt said the harbour wall had held back most of the flood water.",
                person("Mara Holt"))
            .build();
    assertThat(lines(camps(a)))
        .containsExactly("Mara Holt said the harbour wall had held back most of the flood water.");
  }

  @Test
  void theWritersOwnWordsAreNoStanceOfSomeoneTheyName() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "When the ferry firm shows me a plan, I'll believe it will pay our bills until we"
                    + " are made whole, as Mr Vale and Ms Holt said months ago.",
                person("Mr Vale"),
                person("Ms Holt"))
            .sentence(
                "The new timetable will cut the night crossings, as Mara Holt said in May.",
                person("Mara Holt"))
            .sentence(
                "Jon Aas said the ferry to the island would run again on Monday.",
                person("Jon Aas"))
            .build();
    assertThat(lines(camps(a)))
        .containsExactly("Jon Aas said the ferry to the island would run again on Monday.");
  }

  @Test
  void aQuotationThatPointsBackIsLeftOutOfACampWhereOthersReadAlone() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "But at the pier Petra Nyl said the coast road was still closed.",
                person("Petra Nyl"))
            .sentence("“They are frightened,” said Ivo Sand.", person("Ivo Sand"))
            .sentence(
                "Jon Aas said the ferry to the island would run again on Monday.",
                person("Jon Aas"))
            .build();
    List<Camp> camps = camps(a);
    assertThat(camps).hasSize(1);
    // the line that opens with "But" names its speaker and is kept, after the one that reads alone
    assertThat(camps.get(0).stances().stream().map(Stance::actor))
        .containsExactly("Jon Aas", "Petra Nyl");
  }

  @Test
  void linesThatReadAloneComeFirstWhenTheCampIsFull() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence(
                "But at the pier Petra Nyl said the coast road was still closed.",
                person("Petra Nyl"))
            .sentence(
                "And at noon Petra Nyl said the bridge to the island was shut too.",
                person("Petra Nyl"))
            .sentence(
                "Jon Aas said the ferry to the island would run again on Monday.",
                person("Jon Aas"))
            .sentence(
                "Ada Varga said the school on the hill had opened as a shelter.",
                person("Ada Varga"))
            .sentence(
                "Olaf Hallam said the fishing boats stayed in the harbour.", person("Olaf Hallam"))
            .sentence("Pia Lund said the power came back in the evening.", person("Pia Lund"))
            .build();
    List<Camp> camps = camps(a);
    assertThat(camps).hasSize(1);
    assertThat(camps.get(0).stances().stream().map(Stance::actor))
        .containsExactlyInAnyOrder("Jon Aas", "Ada Varga", "Olaf Hallam", "Pia Lund");
  }

  @Test
  void aCampWhereEveryQuotationPointsBackShowsOnlyOne() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .sentence("“They are frightened,” said Ivo Sand.", person("Ivo Sand"))
            .sentence("“It was a very long night,” said Jon Aas.", person("Jon Aas"))
            .build();
    List<Camp> camps = camps(a);
    assertThat(camps).hasSize(1);
    assertThat(camps.get(0).stances()).hasSize(1);
  }
}
