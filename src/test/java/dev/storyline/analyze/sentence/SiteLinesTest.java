package dev.storyline.analyze.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.analyze.ArticleAnalyzer;
import dev.storyline.analyze.embed.Embedder;
import dev.storyline.analyze.entity.PosChunkEntityRecognizer;
import dev.storyline.analyze.time.NewsDateResolver;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A line one site prints on pages of five days is the site's (a related-story promo under every
 * page of an invented harbour site), and the analysis leaves it out from then on; a story's own
 * sentence repeated on fewer days, another site's copy of the line and short sentences stay.
 */
class SiteLinesTest {
  private static final String PROMO =
      "Hopes for a deal at the harbour remain alive despite the strike, says Ana Ruiz.";
  private static final LocalDate DAY = LocalDate.of(2031, 3, 2);

  @Test
  void aLineOnFiveDaysOfOneSiteIsTheSites() {
    SiteLines.InMemory seen = new SiteLines.InMemory();
    Long promo = SiteLines.key(PROMO);
    for (int d = 0; d < SiteLines.DAYS - 1; d++) {
      assertThat(seen.siteLines("harbour-post", DAY.plusDays(d), List.of(promo))).isEmpty();
      // the same day again, or another site, counts no further day
      assertThat(seen.siteLines("harbour-post", DAY.plusDays(d), List.of(promo))).isEmpty();
      assertThat(seen.siteLines("osk-times", DAY.plusDays(d), List.of(promo))).isEmpty();
    }
    assertThat(seen.siteLines("harbour-post", DAY.plusDays(9), List.of(promo)))
        .containsExactly(promo);
    assertThat(seen.siteLines("harbour-post", DAY.plusDays(10), List.of(promo)))
        .containsExactly(promo);
    assertThat(seen.siteLines("osk-times", DAY.plusDays(3), List.of(promo))).isEmpty();
    // the key ignores case and marks; a sentence under four words has none
    assertThat(SiteLines.key(PROMO.toUpperCase(java.util.Locale.ROOT).replace(",", "")))
        .isEqualTo(promo);
    assertThat(SiteLines.key("Thank you so.")).isNull();
  }

  @Test
  void theAnalysisLeavesTheSitesLinesOutAndKeepsTheOtherSentencesIndices() {
    ArticleAnalyzer analyzer =
        new ArticleAnalyzer(
                OpenNlpSentenceSplitter.fromClasspath(),
                PosChunkEntityRecognizer.fromClasspath(),
                new NewsDateResolver(),
                new Flat(),
                true)
            .withSiteLines(new SiteLines.InMemory());
    List<Article> pages = new ArrayList<>();
    for (int d = 0; d < 6; d++) {
      pages.add(
          new Article(
              "p" + d,
              "harbour-post",
              null,
              Instant.parse("2031-03-02T09:00:00Z").plusSeconds(86_400L * d),
              "Harbour strike, day " + (d + 1),
              "The dockers held their picket for a day numbered "
                  + (d + 1)
                  + " in the long dispute.\n\n"
                  + PROMO
                  + "\n\nThe port authority met the union again for talks number "
                  + (d + 1)
                  + ".",
              Map.of()));
    }
    List<AnalyzedArticle> out = analyzer.analyzeAll(pages);
    for (int d = 0; d < SiteLines.DAYS - 1; d++) {
      assertThat(out.get(d).sentences()).extracting(AnalyzedSentence::text).contains(PROMO);
    }
    for (int d = SiteLines.DAYS - 1; d < 6; d++) {
      AnalyzedArticle a = out.get(d);
      assertThat(a.sentences()).extracting(AnalyzedSentence::text).doesNotContain(PROMO);
      assertThat(a.sentences()).extracting(AnalyzedSentence::index).containsExactly(0, 2);
    }
    assertThat(out.get(0).sentences()).extracting(AnalyzedSentence::index).containsExactly(0, 1, 2);
  }

  @Test
  void everySentenceKeepsItsOwnVectorWhenASiteLineLeavesAGap() {
    // vectors are handed out by sentence index: a gap left by a site's line must not shift the
    // vectors of the later sentences, nor of the next articles of the batch
    ArticleAnalyzer analyzer =
        new ArticleAnalyzer(
                OpenNlpSentenceSplitter.fromClasspath(),
                PosChunkEntityRecognizer.fromClasspath(),
                new NewsDateResolver(),
                new Tagged(),
                true,
                2)
            .forStream();
    List<Article> pages = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      pages.add(
          new Article(
              "p" + d,
              "harbour-post",
              null,
              Instant.parse("2031-03-02T09:00:00Z").plusSeconds(86_400L * d),
              "Harbour strike, day " + (d + 1),
              PROMO
                  + "\n\nThe dockers held their picket for a day numbered "
                  + (d + 1)
                  + ".\n\nThe port authority met the union for talks number "
                  + (d + 1)
                  + ".",
              Map.of()));
    }
    for (AnalyzedArticle a : analyzer.analyzeAll(pages)) {
      for (AnalyzedSentence s : a.sentences()) {
        if (s.index() < 2) {
          assertThat(s.embedding()).containsExactly(Tagged.tag(s.text()), 1f);
        } else {
          assertThat(s.embedding()).isEmpty();
        }
      }
    }
  }

  /** An embedder whose vector names its text. */
  private static final class Tagged implements Embedder {
    static float tag(String text) {
      return text.hashCode();
    }

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public float[] embed(String text) {
      return new float[] {tag(text), 1};
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      return texts.stream().map(this::embed).toList();
    }
  }

  /** An embedder that gives every text the same vector (the test reads no vectors). */
  private static final class Flat implements Embedder {
    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public float[] embed(String text) {
      return new float[] {1, 0};
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      return texts.stream().map(this::embed).toList();
    }
  }
}
