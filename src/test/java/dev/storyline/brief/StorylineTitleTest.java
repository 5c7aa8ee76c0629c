package dev.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.StoryMaterial.StoryThread;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorylineTitleTest {
  private static AnalyzedArticle article(String id, String... names) {
    List<EntityMention> entities = new ArrayList<>();
    for (String n : names) {
      entities.add(
          new EntityMention(
              n,
              n.toLowerCase().replaceFirst("^the ", ""),
              EntityKind.ORGANIZATION,
              0,
              n.length()));
    }
    return new AnalyzedArticle(
        new Article(id, "o", null, Instant.EPOCH, "t", "", Map.of()),
        List.of(),
        entities,
        new float[0]);
  }

  @Test
  void namesTheActorsFoundInMostStoriesMostCentralFirst() {
    List<StoryThread> threads =
        List.of(
            new StoryThread("s1", List.of(article("a", "Halvard Systems", "Lumen Forge"))),
            new StoryThread("s2", List.of(article("b", "Halvard Systems", "Graymoor Securities"))),
            new StoryThread("s3", List.of(article("c", "the Halvard Systems", "Lumen Forge"))));
    assertThat(StorylineTitle.of(threads, "fallback")).isEqualTo("Halvard Systems · Lumen Forge");
  }

  @Test
  void aSingleStoryOrNoSharedActorFallsBackToTheHeadline() {
    assertThat(
            StorylineTitle.of(
                List.of(new StoryThread("s1", List.of(article("a", "X Corp")))), "Headline"))
        .isEqualTo("Headline");
    List<StoryThread> unrelated =
        List.of(
            new StoryThread("s1", List.of(article("a", "Alpha Group"))),
            new StoryThread("s2", List.of(article("b", "Beta Union"))));
    assertThat(StorylineTitle.of(unrelated, "Headline")).isEqualTo("Headline");
  }
}
