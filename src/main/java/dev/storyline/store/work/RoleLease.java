package dev.storyline.store.work;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A role that one process at a time may hold, such as the clustering writer: a {@link Locks} lock
 * plus a row in {@code role_lease} naming the holder, with a heartbeat written every {@code silence
 * / 4} while the lock's connection answers.
 *
 * <p>A holder that ends (SIGKILL included) loses the lock with its connection, so the next {@link
 * #tryAcquire} elsewhere takes the role at once. A holder that stops answering but keeps its
 * connection (frozen, or cut off behind a proxy) stops heartbeating: once its heartbeat is older
 * than {@code silence} by the database's clock, the next process that asks ends the holder's
 * database session ({@code pg_terminate_backend}) and takes the role. The old holder then finds
 * {@link #valid} false before its next write and stops. Thread-safe.
 */
public final class RoleLease implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RoleLease.class);

  private final Locks.Held held;
  private final JdbcTemplate jdbc;
  private final String name;
  private final String holder;
  private final ScheduledExecutorService heartbeat;

  private RoleLease(
      Locks.Held held, JdbcTemplate jdbc, String name, String holder, Duration silence) {
    this.held = held;
    this.jdbc = jdbc;
    this.name = name;
    this.holder = holder;
    this.heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "lease-" + name);
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(200, silence.toMillis() / 4);
    heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Takes the role {@code name} for {@code holder} when it is free, or when its holder has been
   * silent for longer than {@code silence} (its session is ended first); empty otherwise.
   */
  public static Optional<RoleLease> tryAcquire(
      Locks locks, JdbcTemplate jdbc, String name, String holder, Duration silence) {
    Optional<Locks.Held> held = locks.tryLock("role:" + name);
    if (held.isEmpty() && locks.shared() && endSilentHolder(jdbc, name, silence)) {
      held = locks.tryLock("role:" + name);
    }
    if (held.isEmpty()) {
      return Optional.empty();
    }
    write(jdbc, name, holder, held.get().backendPid());
    return Optional.of(new RoleLease(held.get(), jdbc, name, holder, silence));
  }

  /** Who holds the role by the lease row (a holder may have ended since), if anyone ever did. */
  public static Optional<String> holder(JdbcTemplate jdbc, String name) {
    return jdbc
        .queryForList("select holder from role_lease where name = ?", String.class, name)
        .stream()
        .findFirst();
  }

  /** True while the role is held: the lock's connection answers and it was not closed. */
  public boolean valid() {
    return held.valid();
  }

  /** Gives the role up. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    held.close();
  }

  private void beat() {
    try {
      if (held.valid()) {
        jdbc.update(
            "update role_lease set heartbeat_at = current_timestamp where name = ? and holder = ?",
            name,
            holder);
      }
    } catch (RuntimeException e) {
      log.debug("lease heartbeat failed: {}", e.toString());
    }
  }

  private static void write(JdbcTemplate jdbc, String name, String holder, int pid) {
    Object pidValue = pid < 0 ? null : pid;
    int n =
        jdbc.update(
            "update role_lease set holder = ?, backend_pid = ?, acquired_at = current_timestamp,"
                + " heartbeat_at = current_timestamp where name = ?",
            holder,
            pidValue,
            name);
    if (n == 0) {
      jdbc.update(
          "insert into role_lease (name, holder, backend_pid, acquired_at, heartbeat_at)"
              + " values (?, ?, ?, current_timestamp, current_timestamp) on conflict do nothing",
          name,
          holder,
          pidValue);
    }
  }

  /**
   * Ends the database session of a holder that has not heartbeaten for {@code silence}, when it
   * still holds the lock. Returns whether it did.
   */
  private static boolean endSilentHolder(JdbcTemplate jdbc, String name, Duration silence) {
    List<Object[]> rows =
        jdbc.query(
            "select holder, backend_pid, heartbeat_at, current_timestamp from role_lease"
                + " where name = ?",
            (rs, i) ->
                new Object[] {
                  rs.getString(1), rs.getObject(2), rs.getTimestamp(3), rs.getTimestamp(4)
                },
            name);
    if (rows.isEmpty() || rows.get(0)[1] == null) {
      return false;
    }
    Instant beat = ((Timestamp) rows.get(0)[2]).toInstant();
    Instant now = ((Timestamp) rows.get(0)[3]).toInstant();
    if (Duration.between(beat, now).compareTo(silence) <= 0) {
      return false;
    }
    int pid = ((Number) rows.get(0)[1]).intValue();
    boolean ended =
        jdbc.queryForList(
                "select pg_terminate_backend(l.pid) from pg_locks l where l.locktype = 'advisory'"
                    + " and l.classid = ? and l.objid = ("
                    + AdvisoryLocks.KEY
                    + ")::oid and l.pid = ? and l.granted",
                Boolean.class,
                AdvisoryLocks.NAMESPACE,
                "role:" + name,
                pid)
            .contains(Boolean.TRUE);
    if (ended) {
      log.warn(
          "role {}: holder {} silent for {} s; ended its database session (pid {}) to take over",
          name,
          rows.get(0)[0],
          Duration.between(beat, now).toSeconds(),
          pid);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return true;
    }
    return false;
  }
}
