package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import dev.storyline.app.Stages;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The store's record of a site's lines ({@code site_line}): a line is the site's on a page when it
 * was recorded on four earlier days of that site; a day recorded twice counts once, later days and
 * another site's days count nothing; a line recorded on five days is not recorded again.
 */
class SiteLineRowsTest {
  private final JdbcTemplate db = TestDatabases.migratedH2();
  private final ArticleRepository articles = new ArticleRepository(db, Stages.json());
  private static final LocalDate DAY = LocalDate.of(2031, 3, 2);

  @Test
  void aLineIsTheSitesOnAPageAfterFourEarlierDays() {
    for (int d = 0; d < 6; d++) {
      articles.recordSiteLines("harbour-post", DAY.plusDays(d), List.of(7L, 8L), 5);
      articles.recordSiteLines("harbour-post", DAY.plusDays(d), List.of(7L), 5);
      if (d < 3) {
        articles.recordSiteLines("osk-times", DAY.plusDays(d), List.of(7L, 8L), 5);
      }
    }
    assertThat(articles.siteLinesBefore("harbour-post", DAY.plusDays(3), List.of(7L, 8L), 5))
        .isEmpty();
    assertThat(articles.siteLinesBefore("harbour-post", DAY.plusDays(4), List.of(7L, 8L, 9L), 5))
        .containsExactlyInAnyOrder(7L, 8L);
    assertThat(articles.siteLinesBefore("osk-times", DAY.plusDays(9), List.of(7L), 5)).isEmpty();
    assertThat(count("harbour-post", 7L)).isEqualTo(5);
    assertThat(count("osk-times", 7L)).isEqualTo(3);
  }

  private long count(String site, long key) {
    return db.queryForObject(
        "select count(*) from site_line where site = ? and line_key = ?", Long.class, site, key);
  }
}
