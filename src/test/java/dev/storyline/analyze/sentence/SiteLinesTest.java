package dev.storyline.analyze.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A line one site printed on four earlier days is the site's (a related-story promo under every
 * page of an invented harbour site) and is left out from the fifth day on, whatever order the
 * articles come in; a story's own sentence on fewer days, another site's copy of the line and short
 * sentences stay, and the sentences kept keep their indices.
 */
class SiteLinesTest {
  private static final String PROMO =
      "Hopes for a deal at the harbour remain alive despite the strike, says Ana Ruiz.";

  @Test
  void aLineOnFourEarlierDaysOfOneSiteIsTheSitesWhateverTheOrder() {
    List<AnalyzedArticle> pages = new ArrayList<>();
    for (int d = 0; d < 6; d++) {
      pages.add(page("h" + d, "Harbour Post", d));
      // a second page the same day: one more page, no more days
      pages.add(page("x" + d, "Harbour Post", d));
      if (d >= 2) {
        pages.add(page("o" + d, "Osk Times", d));
      }
    }
    List<AnalyzedArticle> out = SiteLines.leaveOut(pages);
    List<AnalyzedArticle> shuffled = new ArrayList<>(pages);
    Collections.shuffle(shuffled, new java.util.Random(7));
    List<AnalyzedArticle> again = SiteLines.leaveOut(shuffled);
    for (AnalyzedArticle a : out) {
      int day = Integer.parseInt(a.id().substring(1));
      boolean site = a.id().charAt(0) != 'o' && day >= SiteLines.DAYS - 1;
      assertThat(a.sentences())
          .as(a.id())
          .extracting(AnalyzedSentence::index)
          .containsExactlyElementsOf(site ? List.of(0, 2, 3) : List.of(0, 1, 2, 3));
      AnalyzedArticle same = again.stream().filter(x -> x.id().equals(a.id())).findFirst().get();
      assertThat(same.sentences()).isEqualTo(a.sentences());
    }
    assertThat(SiteLines.key(PROMO.toUpperCase(java.util.Locale.ROOT).replace(",", "")))
        .isEqualTo(SiteLines.key(PROMO));
    assertThat(SiteLines.key("Thank you so.")).isNull();
  }

  private static AnalyzedArticle page(String id, String site, int day) {
    Article a =
        new Article(
            id,
            site,
            null,
            Instant.parse("2031-03-02T09:00:00Z").plusSeconds(86_400L * day),
            "Harbour strike, day " + (day + 1),
            "",
            Map.of());
    List<String> texts =
        List.of(
            "The dockers held their picket for a day numbered " + (day + 1) + ".",
            PROMO,
            "Thank you.",
            "The port authority met the union for talks number " + (day + 1) + ".");
    List<AnalyzedSentence> sentences = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sentences.add(
          new AnalyzedSentence(i, 0, 0, texts.get(i), List.of(), List.of(), new float[0]));
    }
    return new AnalyzedArticle(a, sentences, List.of(), new float[0]);
  }
}
