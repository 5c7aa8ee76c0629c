package dev.storyline.brief.section;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.org;
import static dev.storyline.brief.Fixture.person;
import static dev.storyline.brief.Fixture.place;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A gloss says what an actor is; a clause after the actor's name is a claim, not a gloss. */
class GlossFinderTest {
  @Test
  void aClauseAfterTheNameIsNoGlossButAnAppositiveIs() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-01-01T00:00:00Z")
            .sentence(
                "According to Graymoor Securities, the agreement was a breakup rather than a"
                    + " pause.",
                org("Graymoor Securities"))
            .sentence(
                "Nadia Ferrow, an analyst at Graymoor Securities, expects more splits.",
                person("Nadia Ferrow"),
                org("Graymoor Securities"))
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    assertThat(GlossFinder.find(text, actors, actors.canonical("graymoor securities"))).isNull();
    Line ferrow = GlossFinder.find(text, actors, actors.canonical("nadia ferrow"));
    assertThat(ferrow).isNotNull();
    assertThat(ferrow.text()).isEqualTo("Nadia Ferrow, an analyst at Graymoor Securities");
  }

  @Test
  void aPlaceAfterAPrepositionIsGlossedOnlyByTheKindOfPlaceItIs() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-01-01T00:00:00Z")
            .sentence(
                "Mira Sand runs the Freedom League in Osk, an outspoken campaigning movement.",
                person("Mira Sand"),
                place("Osk"))
            .sentence(
                "Yet in the case of Osk, the press seems reluctant to say more.", place("Osk"))
            .sentence(
                "The ferries reached Velmo, a fishing town south of Osk, on Friday.",
                place("Velmo"),
                place("Osk"))
            .sentence("Crews stayed in Lumen, a port on the northern coast.", place("Lumen"))
            .build();
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    assertThat(GlossFinder.find(text, actors, actors.canonical("osk"))).isNull();
    assertThat(GlossFinder.find(text, actors, actors.canonical("velmo")).text())
        .isEqualTo("Velmo, a fishing town south of Osk");
    assertThat(GlossFinder.find(text, actors, actors.canonical("lumen")).text())
        .isEqualTo("Lumen, a port on the northern coast");
  }

  @Test
  void aSpeechsFullTextGlossesNoOne() {
    AnalyzedArticle speech =
        article("s", "Harbour Daily", "2026-03-02T08:00:00Z")
            .title("Full text: the mayor's harbour speech")
            .sentence("Osk is the latest battlefield in this long war on smuggling.", place("Osk"))
            .build();
    AnalyzedArticle report =
        article("r", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .title("Mayor vows to rebuild the harbour defences at Osk")
            .sentence("The mayor vowed to rebuild the sea defences of Osk.", place("Osk"))
            .sentence("Velmo, a fishing town south of Osk, lost its pier.", place("Velmo"))
            .build();
    StoryText text = StoryText.of(List.of(speech, report));
    Actors actors = Actors.of(List.of(speech, report));
    assertThat(GlossFinder.find(text, actors, actors.canonical("osk"))).isNull();
    assertThat(GlossFinder.find(text, actors, actors.canonical("velmo")).text())
        .isEqualTo("Velmo, a fishing town south of Osk");
  }
}
