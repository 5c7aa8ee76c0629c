package dev.storyline.brief.text;

import static dev.storyline.brief.Fixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameCountTest {
  @Test
  void readsNumbersInDigitsAndWordsButNotYearsOrTheCommonest() {
    assertThat(SameCount.numbers("Rovers have lost seven league matches in a row."))
        .containsExactly("7");
    assertThat(SameCount.numbers("Together the hospitals have some 1,200 beds in 2026."))
        .containsExactly("1200");
    assertThat(SameCount.numbers("Consumer prices rose 1.8 percent.")).containsExactly("1.8");
    assertThat(SameCount.numbers("One of the two companies lost 2-1 on Tuesday.")).isEmpty();
    assertThat(
            SameCount.numbers(
                "The Group of Seven, G-7 for short, met on Jan. 6 and 9 March over COVID-19 on"
                    + " the 100th day, with K7 phones."))
        .as("names, days of a month, ordinals")
        .isEmpty();
    assertThat(SameCount.numbers("Shares in the FTSE 100 fell; Article 14 and 401 (k) plans."))
        .as("labels")
        .isEmpty();
    assertThat(SameCount.numbers("About 4 million people lost power.")).containsExactly("4");
    assertThat(SameCount.numbers("Eight were hurt; 7 markets shut for 12 days."))
        .containsExactlyInAnyOrder("8", "7", "12");
  }

  /**
   * Three sentences: the first two 0.6 apart by embedding, under the bar for overlapping points
   * (0.7) and over the bar for one count (0.5); the third apart from both.
   */
  @Test
  void twoWordingsOfOneCountAreNotBothPicked() {
    String lost = "The club has lost its last seven games.";
    String straight = "Seven straight defeats have left the team bottom.";
    String fans = "Fewer fans now come to the new stadium.";
    StoryText text = story(lost, straight, fans);
    assertThat(SameCount.same(text, text.sentences().get(1), text.sentences().get(2))).isTrue();
    assertThat(picked(text, lost, straight, fans)).containsExactly(lost, fans);

    String defeats = "Defeat after defeat has left the team bottom.";
    assertThat(picked(story(lost, defeats, fans), lost, defeats, fans))
        .as("as close in meaning without the number: two points")
        .containsExactly(lost, defeats, fans);

    String hurt = "Seven fans were hurt in a crush at the gates.";
    StoryText far = story(lost, fans, hurt);
    assertThat(SameCount.same(far, far.sentences().get(1), far.sentences().get(3)))
        .as("the number in a sentence apart in meaning")
        .isFalse();
    assertThat(picked(far, lost, fans, hurt)).containsExactly(lost, fans, hurt);

    String rate = "The jobless rate rose to 6.1 percent from 6 percent.";
    String expected = "Economists had expected the rate to fall from 6 percent to 5.8 percent.";
    StoryText two = story(rate, expected, fans);
    assertThat(SameCount.same(two, two.sentences().get(1), two.sentences().get(2)))
        .as("one number in common, another in each: two facts")
        .isFalse();
  }

  /**
   * The summary's opening may give the news as a second outlet's lead words it, but not the same
   * lead again with another attribution.
   */
  @Test
  void twoLeadsWithOneCountRepeatInTheOpeningOnlyWhenOneSaysNothingMore() {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence("About 4 million people lost power, according to Corgrid.")
            .embedding(new float[] {1, 0, 0})
            .build();
    AnalyzedArticle b =
        article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .sentence("About 4 million people lost power, the grid operator said.")
            .embedding(new float[] {0.8f, 0.6f, 0})
            .build();
    AnalyzedArticle c =
        article("c", "Civic Wire", "2026-03-02T10:00:00Z")
            .sentence(
                "Trains stopped and hospitals ran on generators as 4 million homes went dark.")
            .embedding(new float[] {0.6f, 0, 0.8f})
            .build();
    StoryText text = StoryText.of(List.of(a, b, c));
    StorySentence again = text.sentences().get(0);
    StorySentence other = text.sentences().get(1);
    StorySentence more = text.sentences().get(2);
    assertThat(SameCount.repeat(text, again, other, false)).isTrue();
    assertThat(SameCount.repeat(text, again, more, false)).isFalse();
    assertThat(SameCount.repeat(text, again, more, true)).as("after the opening").isTrue();
  }

  /** The story's sentences {@code order} picked by maximal marginal relevance, best first. */
  private static List<String> picked(StoryText text, String... order) {
    List<String> rank = List.of(order);
    return MarginalRelevance.select(
            text,
            text.sentences().stream().filter(s -> rank.contains(s.text())).toList(),
            s -> rank.size() - rank.indexOf(s.text()),
            3,
            0.7,
            0.7,
            List.of())
        .stream()
        .map(StorySentence::text)
        .toList();
  }

  /**
   * A report's lead and {@code first}; a second report of {@code second} (0.6 from {@code first} by
   * embedding) and {@code third} (apart from both).
   */
  private static StoryText story(String first, String second, String third) {
    AnalyzedArticle a =
        article("a", "Northgate Courier", "2026-03-02T08:00:00Z")
            .sentence("Vessen Rovers sacked their coach on Tuesday.")
            .embedding(new float[] {0, 0, 0, 1})
            .sentence(first)
            .embedding(new float[] {1, 0, 0, 0})
            .build();
    AnalyzedArticle b =
        article("b", "Lakeside Gazette", "2026-03-02T09:00:00Z")
            .sentence(second)
            .embedding(new float[] {0.6f, 0.8f, 0, 0})
            .sentence(third)
            .embedding(new float[] {0, 0, 1, 0})
            .build();
    return StoryText.of(List.of(a, b));
  }
}
