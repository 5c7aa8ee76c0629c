package dev.storyline.brief.actor;

import dev.storyline.app.Stages;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Developer tool (not a test): analyses a text as one article and prints, for each sentence, its
 * named entities and the speaker Sides would give it. Usage: SpeakerProbe TEXT.
 */
public final class SpeakerProbe {
  private SpeakerProbe() {}

  public static void main(String[] args) {
    AnalyzedArticle a =
        Stages.analyzer(Stages.embedder(), false)
            .analyze(
                new Article(
                    "probe",
                    "Probe",
                    null,
                    Instant.parse("2026-01-01T00:00:00Z"),
                    "Probe",
                    String.join("\n\n", args),
                    Map.of()));
    StoryText text = StoryText.of(List.of(a));
    Actors actors = Actors.of(List.of(a));
    for (StorySentence s : text.sentences()) {
      Attribution.Speaker who = Attribution.speaker(s, actors);
      System.out.println(s.text());
      s.sentence()
          .entities()
          .forEach(
              e ->
                  System.out.println(
                      "   entity "
                          + e.kind()
                          + " "
                          + e.key()
                          + " ["
                          + e.start()
                          + ","
                          + e.end()
                          + "]"));
      System.out.println("   speaker " + (who == null ? "none" : who.key() + " / " + who.name()));
    }
  }
}
