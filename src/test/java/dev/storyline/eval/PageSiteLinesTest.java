package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pages' count of a site's own lines: a paragraph one site printed on five days is one, the
 * same paragraph on another site's four days is not, and a short line or a page without any counts
 * nothing.
 */
class PageSiteLinesTest {
  private static final String PROMO =
      "Hopes for a deal at the harbour remain alive despite the strike, says Ana Ruiz.";

  @Test
  void countsTheLinesAndPagesThatShowASitesOwnLine() {
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (int d = 0; d < 5; d++) {
      articles.add(page("h" + d, "Harbour Post", d));
      if (d < 4) {
        articles.add(page("o" + d, "Osk Times", d));
      }
    }
    PageSiteLines lines = new PageSiteLines();
    lines.keys(PageSiteLines.of(articles));
    lines.startPage();
    lines.line("Ok.");
    lines.line("The dockers held their picket for a fifth day.");
    lines.endPage();
    lines.startPage();
    lines.line(PROMO);
    lines.line(PROMO.toUpperCase(java.util.Locale.ROOT));
    lines.endPage();
    assertThat(lines.shown).isEqualTo(2);
    assertThat(lines.pages).isEqualTo(1);

    PageSiteLines none = new PageSiteLines();
    none.startPage();
    none.line("Ok.");
    none.line(PROMO);
    none.endPage();
    assertThat(none.shown).isZero();
    assertThat(PageSiteLines.of(articles.subList(0, 8))).isEmpty();
  }

  private static AnalyzedArticle page(String id, String site, int day) {
    Article a =
        new Article(
            id,
            site,
            null,
            Instant.parse("2031-03-02T09:00:00Z").plusSeconds(86_400L * day),
            "Harbour strike",
            "The dockers held their picket for day " + day + ".\n\n" + PROMO,
            Map.of());
    return new AnalyzedArticle(a, List.of(), List.of(), new float[0]);
  }
}
