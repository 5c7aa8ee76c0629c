package dev.storyline.store.work;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the processes on one database use to share work: named {@link Locks}, single-writer roles
 * ({@link RoleLease}) and the queue of briefs to write ({@link BriefRequests}). Thread-safe.
 */
public final class Coordination implements AutoCloseable {
  private final JdbcTemplate jdbc;
  private final Locks locks;
  private final BriefRequests briefs;
  private final String self;
  private AutoCloseable lockConnections;

  public Coordination(JdbcTemplate jdbc, Locks locks) {
    this.jdbc = jdbc;
    this.locks = locks;
    this.briefs = new BriefRequests(jdbc);
    this.self = processName();
  }

  /** Coordination within this process only (the embedded database, tests). */
  public static Coordination local(JdbcTemplate jdbc) {
    return new Coordination(jdbc, new LocalLocks());
  }

  /**
   * Coordination fit for the database behind {@code jdbc} ({@link Locks#of}); held locks take their
   * connections from {@code lockConnections}, apart from the pool that serves the work, so a lock
   * held for hours never narrows the pool.
   */
  public static Coordination of(JdbcTemplate jdbc, javax.sql.DataSource lockConnections) {
    Coordination c = new Coordination(jdbc, Locks.of(jdbc.getDataSource(), lockConnections));
    if (lockConnections instanceof AutoCloseable closeable) {
      c.lockConnections = closeable;
    }
    return c;
  }

  /** Closes the lock connections' pool (locks still held end with it). */
  @Override
  public void close() throws Exception {
    if (lockConnections != null) {
      lockConnections.close();
    }
  }

  /** Takes the single-writer role {@code name} when free, or when its holder fell silent. */
  public Optional<RoleLease> tryRole(String name, Duration silence) {
    return RoleLease.tryAcquire(locks, jdbc, name, self, silence);
  }

  /** Who holds the role by its lease row, if anyone ever did. */
  public Optional<String> roleHolder(String name) {
    return RoleLease.holder(jdbc, name);
  }

  public Optional<Locks.Held> tryLock(String name) {
    return locks.tryLock(name);
  }

  /**
   * Takes the lock {@code name}, waiting while someone else holds it, for at most {@code wait}.
   *
   * @throws IllegalStateException when it stayed held for longer
   */
  public Locks.Held lock(String name, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Optional<Locks.Held> held = locks.tryLock(name);
      if (held.isPresent()) {
        return held.get();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("lock " + name + " stayed taken for over " + wait);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for lock " + name, e);
      }
    }
  }

  public BriefRequests briefs() {
    return briefs;
  }

  /** Whether other processes may share this database's work (PostgreSQL). */
  public boolean shared() {
    return locks.shared();
  }

  /** This process's name in leases and logs: host/pid. */
  public String self() {
    return self;
  }

  static String processName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName().replace('/', '_');
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return host + "/" + ProcessHandle.current().pid();
  }
}
