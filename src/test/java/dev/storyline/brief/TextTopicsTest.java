package dev.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTopicsTest {
  static final String LEXICON =
      """
      # comment
      sport: coach*, club, final, supreme court
      business: bank*, rate*, inflation
      """;

  @Test
  void theBestTopicNeedsOneCuePerArticleOnAverage() throws IOException {
    TextTopics t = TextTopics.read(in(LEXICON));
    assertThat(t.topics()).containsExactly("sport", "business");
    assertThat(t.of(List.of(article("Rovers sack their coach", "The club named a new one."))))
        .containsExactly("sport");
    assertThat(
            t.of(
                List.of(
                    article("Rovers sack their coach", "Nothing else."),
                    article("Weather turns", "Rain all week."),
                    article("Traffic", "Roads closed."))))
        .as("one cue in three articles is not enough")
        .isEmpty();
  }

  @Test
  void aSecondTopicCloseToTheFirstIsKeptAndPhrasesMatchWholeWords() throws IOException {
    TextTopics t = TextTopics.read(in(LEXICON));
    assertThat(
            t.of(
                List.of(
                    article(
                        "Club coach blames bank rates",
                        "Inflation hit the club's finances before the final."))))
        .containsExactly("sport", "business");
    assertThat(t.of(List.of(article("The Supreme Court rules", "Nothing more."))))
        .as("a phrase is a cue")
        .containsExactly("sport");
    assertThat(t.of(List.of(article("A supreme courtship", "Nothing more."))))
        .as("'courtship' is not 'court'")
        .isEmpty();
  }

  @Test
  void theShippedLexiconFindsSportAndBusinessInPlainNewsLeads() {
    TextTopics t = TextTopics.defaults();
    assertThat(
            t.of(
                List.of(
                    article(
                        "Rovers sack coach after cup final defeat",
                        "The club dismissed its manager on Monday after the team lost the final."))))
        .startsWith("sport");
    assertThat(
            t.of(
                List.of(
                    article(
                        "Central bank cuts interest rate",
                        "The bank lowered its rate as inflation eased and markets rallied."))))
        .startsWith("business");
  }

  private static AnalyzedArticle article(String title, String lead) {
    Article a =
        new Article("a" + title.hashCode(), "Outlet", null, Instant.EPOCH, title, lead, Map.of());
    return new AnalyzedArticle(
        a,
        List.of(new AnalyzedSentence(0, 0, lead.length(), lead, List.of(), List.of(), null)),
        List.of(),
        new float[] {1});
  }

  private static java.io.InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
