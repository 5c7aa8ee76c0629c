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
 * words). Read and written inside the analysis transaction of the article, so a batch that rolls
 * back records nothing.
 */
final class SiteLineRows {
  /** Keys per query (the IN list). */
  private static final int CHUNK = 500;

  private final JdbcTemplate jdbc;

  SiteLineRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the lines of an article of {@code site} published on {@code day} and returns those that
   * have now appeared on {@code days} days or more, this one counted. A line already known as the
   * site's is not recorded again.
   */
  Set<Long> record(String site, LocalDate day, Collection<Long> keys, int days) {
    Date today = Date.valueOf(day);
    Map<Long, int[]> known = new HashMap<>();
    List<Long> all = new ArrayList<>(new HashSet<>(keys));
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Long> part = all.subList(from, Math.min(all.size(), from + CHUNK));
      List<Object> args = new ArrayList<>(part.size() + 2);
      args.add(today);
      args.add(site);
      args.addAll(part);
      jdbc.query(
          "select line_key, count(distinct seen_on), max(case when seen_on = ? then 1 else 0 end)"
              + " from site_line where site = ? and line_key in ("
              + String.join(",", java.util.Collections.nCopies(part.size(), "?"))
              + ") group by line_key",
          rs -> {
            known.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
          },
          args.toArray());
    }
    Set<Long> out = new HashSet<>();
    List<Object[]> inserts = new ArrayList<>();
    for (Long k : all) {
      int[] seen = known.getOrDefault(k, new int[] {0, 0});
      int now = seen[0] + (seen[1] == 1 ? 0 : 1);
      if (seen[0] >= days) {
        out.add(k);
        continue;
      }
      if (seen[1] == 0) {
        inserts.add(new Object[] {site, k, today});
      }
      if (now >= days) {
        out.add(k);
      }
    }
    if (!inserts.isEmpty()) {
      jdbc.batchUpdate("insert into site_line (site, line_key, seen_on) values (?,?,?)", inserts);
    }
    return out;
  }
}
