package dev.storyline.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the operator says about outlets: lean, country, note and topics ({@code outlet}, {@code
 * outlet_topic}). A change shows on every list and story page (coverage bars, topics), so each
 * write marks {@link PageVersions#LISTS} and {@link PageVersions#OUTLETS} changed and recomputes
 * the outlet-derived topics of stories. Thread-safe.
 */
public class OutletRepository {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final PageVersions pages;
  private final TopicRepository topics;
  private final Clock clock;

  public OutletRepository(
      JdbcTemplate jdbc, PageVersions pages, TopicRepository topics, Clock clock) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    this.pages = pages;
    this.topics = topics;
    this.clock = clock;
  }

  /** Every described outlet by name (one query each for outlets and topics). */
  public Map<String, Outlet> all() {
    Map<String, List<String>> topicsOf = new HashMap<>();
    jdbc.query(
        "select outlet, topic from outlet_topic order by outlet, topic",
        rs -> {
          topicsOf.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
    Map<String, Outlet> out = new LinkedHashMap<>();
    jdbc.query(
        "select name, lean, country, note from outlet order by name",
        rs -> {
          String name = rs.getString(1);
          out.put(
              name,
              new Outlet(
                  name,
                  Lean.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)),
                  rs.getString(3),
                  rs.getString(4),
                  topicsOf.getOrDefault(name, List.of())));
        });
    return out;
  }

  /** The outlet's description, if the operator gave one. */
  public Optional<Outlet> find(String name) {
    return Optional.ofNullable(all().get(name));
  }

  /** Names of outlets that published articles here, with their article counts, most first. */
  public Map<String, Integer> published() {
    Map<String, Integer> out = new LinkedHashMap<>();
    jdbc.query(
        "select source, count(*) from article where source is not null group by source"
            + " order by count(*) desc, source",
        rs -> {
          out.put(rs.getString(1), rs.getInt(2));
        });
    return out;
  }

  /** Stores (adds or replaces) descriptions, all in one transaction; then refreshes pages. */
  public void saveAll(Collection<Outlet> outlets) {
    if (outlets.isEmpty()) {
      return;
    }
    tx.executeWithoutResult(status -> outlets.forEach(this::write));
    changed();
  }

  public void save(Outlet outlet) {
    saveAll(List.of(outlet));
  }

  /** Forgets an outlet's description; true when there was one. */
  public boolean remove(String name) {
    Boolean removed =
        tx.execute(
            status -> {
              jdbc.update("delete from outlet_topic where outlet = ?", name);
              return jdbc.update("delete from outlet where name = ?", name) > 0;
            });
    if (Boolean.TRUE.equals(removed)) {
      changed();
    }
    return Boolean.TRUE.equals(removed);
  }

  private void write(Outlet o) {
    Object[] values = {
      o.lean().key(), o.country(), o.note(), Timestamp.from(clock.instant()), o.name()
    };
    if (jdbc.update(
            "update outlet set lean=?, country=?, note=?, updated_at=? where name=?", values)
        == 0) {
      jdbc.update(
          "insert into outlet (lean, country, note, updated_at, name) values (?,?,?,?,?)", values);
    }
    jdbc.update("delete from outlet_topic where outlet = ?", o.name());
    for (String t : o.topics()) {
      jdbc.update("insert into outlet_topic (outlet, topic) values (?, ?)", o.name(), t);
    }
  }

  private void changed() {
    topics.refreshOutletTopics();
    pages.touch(PageVersions.LISTS, PageVersions.OUTLETS);
  }
}
