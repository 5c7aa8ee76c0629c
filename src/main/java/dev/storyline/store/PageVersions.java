package dev.storyline.store;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Versions of what rendered pages depend on ({@code page_version}): a story, a storyline, and every
 * list of stories. Writers call {@link #touch} after they change stored data; readers that keep
 * rendered pages ask {@link #unchangedSince} before serving one again.
 *
 * <p>Changes made by this process are seen at once. Changes made by other processes on the same
 * database are seen at the next {@link #poll}, which reads the rows whose {@code changed_at} (the
 * database's clock) falls in the last {@link #OVERLAP} before the newest change seen so far: the
 * overlap covers transactions that commit later than they stamped their row. Seeing a change twice
 * only costs one extra render.
 *
 * <p>Every change gets a local, increasing <em>epoch</em>. A page rendered at epoch {@code e} (read
 * before rendering started) is still good while none of its scopes changed after {@code e}.
 *
 * <p>Thread-safe.
 */
public final class PageVersions {
  /** The scope of every list of stories (front page, feeds, search, outlet pages, API lists). */
  public static final String LISTS = "lists";

  /**
   * The scope of what the operator says about outlets (leans, topics): every page that shows a
   * coverage bar or topics depends on it, so one operator edit refreshes them all at once.
   */
  public static final String OUTLETS = "outlets";

  /**
   * The scope of this process's full-text index: search pages depend on it, and it changes here
   * only ({@link #changedHere}) when the index took in something new.
   */
  public static final String SEARCH_INDEX = "search-index";

  /** How far back each poll looks before the newest change it has seen. */
  public static final Duration OVERLAP = Duration.ofSeconds(60);

  private final JdbcTemplate jdbc;

  private final AtomicLong epoch = new AtomicLong(1);
  private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
  private final Map<String, Long> seenVersion = new ConcurrentHashMap<>();
  private volatile Instant newestSeen;

  public PageVersions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The scope of one story's page. */
  public static String story(String id) {
    return "story:" + id;
  }

  /** The scope of one storyline's page. */
  public static String storyline(String id) {
    return "storyline:" + id;
  }

  /** The current epoch: read it before rendering a page, keep it with the page. */
  public long epoch() {
    return epoch.get();
  }

  /** True when none of {@code scopes} changed after {@code renderedAt} (an {@link #epoch}). */
  public boolean unchangedSince(Collection<String> scopes, long renderedAt) {
    for (String scope : scopes) {
      Long changed = changedAt.get(scope);
      if (changed != null && changed > renderedAt) {
        return false;
      }
    }
    return true;
  }

  /**
   * Records that the data behind {@code scopes} changed: bumps their stored versions (so other
   * processes see it at their next poll) and marks them changed here at once. Null and blank scopes
   * are ignored.
   */
  public void touch(Collection<String> scopes) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String s : scopes) {
      if (s != null && !s.isBlank() && !s.endsWith(":null")) {
        distinct.add(s);
      }
    }
    for (String scope : distinct) {
      bump(scope);
    }
    markChanged(distinct);
  }

  /** {@link #touch(Collection)} for a few scopes. */
  public void touch(String... scopes) {
    touch(java.util.Arrays.asList(scopes));
  }

  private void bump(String scope) {
    String update =
        "update page_version set version = version + 1, changed_at = current_timestamp"
            + " where scope = ?";
    if (jdbc.update(update, scope) > 0) {
      return;
    }
    try {
      jdbc.update(
          "insert into page_version (scope, version, changed_at) values (?, 1, current_timestamp)",
          scope);
    } catch (DuplicateKeyException raced) {
      jdbc.update(update, scope);
    }
  }

  /**
   * Marks {@code scopes} changed in this process only, without a stored version: for what this
   * process holds in memory and other processes keep their own copy of (its search index).
   */
  public void changedHere(String... scopes) {
    markChanged(java.util.Arrays.asList(scopes));
  }

  private void markChanged(Collection<String> scopes) {
    if (scopes.isEmpty()) {
      return;
    }
    long now = epoch.incrementAndGet();
    for (String scope : scopes) {
      changedAt.put(scope, now);
    }
  }

  /**
   * Reads the versions other processes (or this one) stored recently and marks every scope whose
   * version moved as changed. Returns how many scopes changed. The first call only sets the
   * starting point: nothing rendered before it exists.
   */
  public int poll() {
    Instant since = newestSeen;
    if (since == null) {
      Timestamp start =
          jdbc.queryForObject("select max(changed_at) from page_version", Timestamp.class);
      newestSeen = start == null ? Instant.EPOCH : start.toInstant();
      return 0;
    }
    Set<String> moved = new LinkedHashSet<>();
    Instant[] newest = {since};
    jdbc.query(
        "select scope, version, changed_at from page_version where changed_at >= ?",
        rs -> {
          String scope = rs.getString(1);
          long version = rs.getLong(2);
          Instant at = rs.getTimestamp(3).toInstant();
          Long before = seenVersion.put(scope, version);
          if (before == null || before != version) {
            moved.add(scope);
          }
          if (at.isAfter(newest[0])) {
            newest[0] = at;
          }
        },
        Timestamp.from(since.minus(OVERLAP)));
    newestSeen = newest[0];
    markChanged(moved);
    return moved.size();
  }

  /**
   * Forgets scopes that changed at or before {@code epoch}: once no kept page was rendered before
   * that epoch, their marks can no longer invalidate anything. Keeps memory bounded on a long run.
   */
  public void forget(long olderThanEpoch) {
    changedAt.values().removeIf(e -> e <= olderThanEpoch);
    Instant horizon = newestSeen == null ? null : newestSeen.minus(OVERLAP.multipliedBy(2));
    if (horizon != null && seenVersion.size() > 10_000) {
      try {
        Set<String> recent = new LinkedHashSet<>();
        jdbc.query(
            "select scope from page_version where changed_at >= ?",
            rs -> {
              recent.add(rs.getString(1));
            },
            Timestamp.from(horizon));
        seenVersion.keySet().retainAll(recent);
      } catch (DataAccessException e) {
        // keep the map as it is; the next call tries again
      }
    }
  }
}
