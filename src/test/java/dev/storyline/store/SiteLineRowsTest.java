package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import dev.storyline.app.Stages;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The store's record of a site's lines ({@code site_line}): a line is the site's from the fifth day
 * it appears on; a day seen twice, another site's days and a line's other days stay apart; a line
 * known as the site's is not recorded again.
 */
class SiteLineRowsTest {
  private final JdbcTemplate db = TestDatabases.migratedH2();
  private final ArticleRepository articles = new ArticleRepository(db, Stages.json());
  private static final LocalDate DAY = LocalDate.of(2031, 3, 2);

  @Test
  void aLineIsTheSitesFromItsFifthDayAndIsThenNoLongerRecorded() {
    for (int d = 0; d < 4; d++) {
      assertThat(articles.siteLines("harbour-post", DAY.plusDays(d), List.of(7L, 8L), 5)).isEmpty();
      assertThat(articles.siteLines("harbour-post", DAY.plusDays(d), List.of(7L), 5)).isEmpty();
      assertThat(articles.siteLines("osk-times", DAY.plusDays(d), List.of(7L), 5)).isEmpty();
    }
    assertThat(articles.siteLines("harbour-post", DAY.plusDays(20), List.of(7L, 9L), 5))
        .containsExactly(7L);
    assertThat(articles.siteLines("osk-times", DAY.plusDays(20), List.of(7L), 5))
        .containsExactly(7L);
    long rows = count("harbour-post", 7L);
    assertThat(articles.siteLines("harbour-post", DAY.plusDays(21), List.of(7L), 5))
        .containsExactly(7L);
    assertThat(count("harbour-post", 7L)).isEqualTo(rows).isEqualTo(5);
    assertThat(count("harbour-post", 8L)).isEqualTo(4);
    assertThat(count("harbour-post", 9L)).isEqualTo(1);
  }

  private long count(String site, long key) {
    return db.queryForObject(
        "select count(*) from site_line where site = ? and line_key = ?", Long.class, site, key);
  }
}
