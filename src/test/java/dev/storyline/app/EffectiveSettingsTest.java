package dev.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectiveSettingsTest {

  @Test
  void everyPartOfTheSettingsIsPrintedOnItsOwnLineWithTheKeyMasked() {
    StorylineProperties d = StorylineProperties.defaults();
    StorylineProperties props =
        new StorylineProperties(
            d.sample(),
            d.analyze(),
            d.cluster(),
            d.ingest(),
            d.repair(),
            d.journal(),
            new StorylineProperties.Llm(
                "openai", "sk-live-secret", "http://127.0.0.1:9/v1", null, Duration.ofSeconds(9)),
            d.roles(),
            d.work());

    List<String> lines = EffectiveSettings.describe("storyline", props);

    assertThat(lines)
        .hasSize(StorylineProperties.class.getRecordComponents().length)
        .anySatisfy(
            l -> assertThat(l).startsWith("  storyline.cluster: Cluster[").contains("PT96H"))
        .anySatisfy(l -> assertThat(l).isEqualTo("  storyline.journal: AUTO"))
        .anySatisfy(
            l -> assertThat(l).contains("mergeSimilarity=1.01").contains("rejoinArticles=2"))
        .anySatisfy(l -> assertThat(l).isEqualTo("  storyline.roles: [web, worker]"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("  storyline.work: Work[")
                    .contains("takeoverAfter=PT30S"));
    assertThat(String.join("\n", lines)).doesNotContain("sk-live-secret").contains("apiKey=****");
  }

  @Test
  void aFlatSettingsRecordIsOneLine() {
    assertThat(
            EffectiveSettings.describe(
                "storyline.feeds", dev.storyline.feeds.FeedProperties.defaults()))
        .singleElement()
        .satisfies(
            l -> assertThat(l).startsWith("  storyline.feeds: FeedProperties[pollEnabled=true"));
  }

  @Test
  void passwordsInDatabaseUrlsAreMasked() {
    assertThat(EffectiveSettings.mask("jdbc:postgresql://db/x?user=a&password=secret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/x?user=a&password=****&ssl=true");
    assertThat(EffectiveSettings.mask("jdbc:postgresql://a:secret@db/x"))
        .isEqualTo("jdbc:postgresql://a:****@db/x");
  }
}
