package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import dev.storyline.domain.DateGranularity;
import dev.storyline.domain.DateMention;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baselines and sets that the quality commands print beside ours. */
class QualityBaselinesTest {

  private static Article article(String id, String story, String day, String title, String text) {
    return new Article(
        id,
        "Outlet " + id,
        null,
        Instant.parse(day + "T10:00:00Z"),
        title,
        text,
        Map.of("story", story));
  }

  private static AnalyzedArticle analysed(Article a, LocalDate mentioned, String... sentences) {
    List<AnalyzedSentence> out = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      List<DateMention> dates =
          i == 0 && mentioned != null
              ? List.of(new DateMention("on Monday", 0, 9, mentioned, DateGranularity.DAY))
              : List.of();
      out.add(new AnalyzedSentence(i, 0, 0, sentences[i], List.of(), dates, null));
    }
    return new AnalyzedArticle(a, out, List.of(), new float[] {1, 0});
  }

  @Test
  void singlePassSeparatesDistinctStoriesAndFindsTheBestThreshold() {
    List<Article> stream =
        List.of(
            article(
                "1",
                "quake",
                "2024-01-01",
                "Earthquake strikes Chile",
                "A strong earthquake"
                    + " shook northern Chile, toppling buildings in Antofagasta."),
            article(
                "2",
                "vote",
                "2024-01-01",
                "Parliament passes budget",
                "Lawmakers approved" + " the annual budget after a long night of debate."),
            article(
                "3",
                "quake",
                "2024-01-01",
                "Chile earthquake topples buildings",
                "Buildings" + " fell in Antofagasta when the earthquake shook northern Chile."),
            article(
                "4",
                "vote",
                "2024-01-02",
                "Budget approved by parliament",
                "After debate," + " parliament approved the annual budget."));
    TfIdfSinglePass.Tuned t = TfIdfSinglePass.tuned(stream, Duration.ofDays(4));
    assertThat(t.metrics().bcubedF1()).isEqualTo(1.0);
    // at a threshold nothing reaches, every article founds its own cluster
    assertThat(new TfIdfSinglePass(stream, Duration.ofDays(4)).run(1.01).bcubedPrecision())
        .isEqualTo(1.0);
    assertThat(new TfIdfSinglePass(stream, Duration.ofDays(4)).run(1.01).bcubedRecall())
        .isEqualTo(0.5);
  }

  @Test
  void singlePassNeverJoinsAClusterOutsideTheWindow() {
    List<Article> stream =
        List.of(
            article("1", "a", "2024-01-01", "Earthquake strikes Chile", "Earthquake in Chile."),
            article("2", "b", "2024-03-01", "Earthquake strikes Chile", "Earthquake in Chile."));
    ClusterMetrics m = new TfIdfSinglePass(stream, Duration.ofDays(4)).run(0.1);
    assertThat(m.predictedClusters()).isEqualTo(2);
  }

  @Test
  void hardNegativesMoveSameTopicStoriesOneDayApartWithTheirDates() {
    Article a1 = topic(article("a1", "s1", "2021-04-01", "Court rules", "x"), "Supreme Court");
    Article a2 = topic(article("a2", "s1", "2021-04-02", "Court rules", "x"), "Supreme Court");
    Article b1 =
        topic(article("b1", "s2", "2021-09-20", "Court rules again", "y"), "Supreme Court");
    List<AnalyzedArticle> set =
        HardNegatives.build(
            List.of(
                List.of(
                    analysed(a1, LocalDate.parse("2021-03-29"), "The court ruled on Monday."),
                    analysed(a2, null, "It ruled."),
                    analysed(b1, null, "Again."))));
    assertThat(set).extracting(AnalyzedArticle::id).containsExactly("a1", "a2", "b1");
    AnalyzedArticle first = set.get(0);
    assertThat(first.article().published()).isEqualTo(Instant.parse("2031-01-06T10:00:00Z"));
    // the story's own second article keeps its one-day offset; the other story comes a day later
    assertThat(set.get(1).article().published()).isEqualTo(Instant.parse("2031-01-07T10:00:00Z"));
    assertThat(set.get(2).article().published()).isEqualTo(Instant.parse("2031-01-07T10:00:00Z"));
    // the date the text mentions moved with the article (three days before publication)
    assertThat(first.sentences().get(0).dates().get(0).date())
        .isEqualTo(LocalDate.parse("2031-01-03"));
    assertThat(first.article().meta()).containsEntry("story", "s1");
  }

  private static Article topic(Article a, String topic) {
    return new Article(
        a.id(),
        a.source(),
        a.url(),
        a.published(),
        a.title(),
        a.text(),
        Map.of("story", a.meta().get("story"), "topic", topic));
  }

  @Test
  void leadNTakesTheFirstSentenceOfEachArticleInTurn() {
    Article a = article("1", "s", "2024-01-01", "t", "");
    Article b = article("2", "s", "2024-01-02", "t", "");
    List<AnalyzedArticle> members =
        List.of(
            analysed(a, null, "One two three.", "Four five six."),
            analysed(b, null, "Alpha beta gamma.", "Delta epsilon."));
    assertThat(SummaryBaselines.leadN(members, 6)).isEqualTo("One two three. Alpha beta gamma.");
    assertThat(SummaryBaselines.leadN(members, 7))
        .isEqualTo("One two three. Alpha beta gamma. Four");
    assertThat(SummaryBaselines.cut("a b  c d", 3)).isEqualTo("a b c");
  }

  @Test
  void lexRankPrefersTheSentenceTheOthersShareAndSkipsRepeats() {
    Article a = article("1", "s", "2024-01-01", "t", "");
    List<AnalyzedArticle> members =
        List.of(
            analysed(
                a,
                null,
                "Cats chase mice.",
                "Floods hit the river town after storms.",
                "Storms brought floods to the river town.",
                "The river town flooded after heavy storms.",
                "The river town flooded after heavy storms."));
    String summary = SummaryBaselines.lexRank(members, 12);
    assertThat(summary).doesNotContain("Cats");
    assertThat(summary).containsOnlyOnce("heavy storms");
    double[] rank =
        SummaryBaselines.rank(
            TfIdfSinglePass.unitTfIdf(
                TfIdfSinglePass.counts(
                    List.of("cats chase mice", "river floods", "river floods"))));
    assertThat(rank[1]).isGreaterThan(rank[0]);
  }

  @Test
  void outletShareCountsTheSentencesWithinTheCut() {
    Article a = article("1", "s", "2024-01-01", "t", "");
    Article b = article("2", "s", "2024-01-01", "t", "");
    List<AnalyzedArticle> members = List.of(analysed(a, null, "x"), analysed(b, null, "y"));
    List<Line> summary =
        List.of(
            Line.of("one two three", new SourceRef("1", 0)),
            Line.of("four five six", new SourceRef("2", 0)),
            Line.of("seven eight", new SourceRef("1", 1)),
            Line.of("nine ten", new SourceRef("1", 2)));
    // within 6 words: one sentence from each outlet
    assertThat(BriefScoring.oneOutletOverHalf(summary, members, 6)).isFalse();
    // within 10 words the fourth sentence starts too: three of four from the first outlet
    assertThat(BriefScoring.oneOutletOverHalf(summary, members, 10)).isTrue();
  }

  @Test
  void probeTargetLinesAreTheReferencesOfTheNeusStories(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("train.target");
    Files.writeString(
        target, "TITLE=> First. ARTICLE=> The first roundup.\nTITLE=> B. ARTICLE=> Second one.");
    Map<String, String> refs = BriefEval.references(target, dev.storyline.app.Stages.json());
    assertThat(refs)
        .containsEntry("neus-train-0", "The first roundup.")
        .containsEntry("neus-train-1", "Second one.");
  }
}
