package dev.storyline.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code site_line} table: on which days each site printed each line (a hash of a sentence's
 * words). Written inside the analysis transaction of the article, so a batch that rolls back
 * records nothing; read when the brief step loads articles.
 */
final class SiteLineRows {
  /** Keys per query (the IN list). */
  private static final int CHUNK = 500;

  private final JdbcTemplate jdbc;

  SiteLineRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records that {@code site} printed these lines on {@code day}; a line already recorded on {@code
   * days} days or more is not recorded again (it is the site's whatever follows).
   */
  void record(String site, LocalDate day, Collection<Long> keys, int days) {
    Date today = Date.valueOf(day);
    Map<Long, int[]> known =
        counts(
            site,
            keys,
            "count(distinct seen_on), max(case when seen_on = ? then 1 else 0 end)",
            today);
    List<Object[]> inserts = new ArrayList<>();
    for (Long k : new HashSet<>(keys)) {
      int[] seen = known.getOrDefault(k, new int[] {0, 0});
      if (seen[0] < days && seen[1] == 0) {
        inserts.add(new Object[] {site, k, today});
      }
    }
    if (!inserts.isEmpty()) {
      jdbc.batchUpdate("insert into site_line (site, line_key, seen_on) values (?,?,?)", inserts);
    }
  }

  /**
   * The lines of {@code keys} that {@code site} printed on {@code days} - 1 days before {@code
   * day}.
   */
  Set<Long> before(String site, LocalDate day, Collection<Long> keys, int days) {
    Map<Long, int[]> known =
        counts(
            site,
            keys,
            "count(distinct case when seen_on < ? then seen_on end), 0",
            Date.valueOf(day));
    Set<Long> out = new HashSet<>();
    known.forEach(
        (k, c) -> {
          if (c[0] >= days - 1) {
            out.add(k);
          }
        });
    return out;
  }

  /**
   * Two figures per key the site has rows for: {@code figures}, two columns whose one parameter is
   * {@code day}.
   */
  private Map<Long, int[]> counts(String site, Collection<Long> keys, String figures, Date day) {
    Map<Long, int[]> known = new HashMap<>();
    List<Long> all = new ArrayList<>(new HashSet<>(keys));
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Long> part = all.subList(from, Math.min(all.size(), from + CHUNK));
      List<Object> args = new ArrayList<>(part.size() + 2);
      args.add(day);
      args.add(site);
      args.addAll(part);
      jdbc.query(
          "select line_key, "
              + figures
              + " from site_line where site = ? and line_key in ("
              + String.join(",", java.util.Collections.nCopies(part.size(), "?"))
              + ") group by line_key",
          rs -> {
            known.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
          },
          args.toArray());
    }
    return known;
  }
}
