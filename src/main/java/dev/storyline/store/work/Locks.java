package dev.storyline.store.work;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Named locks that a process holds until it releases them or ends: on PostgreSQL a session-level
 * advisory lock on a connection of its own ({@link AdvisoryLocks}), which the server releases the
 * moment that connection ends (a process killed with SIGKILL included); on the embedded H2 an
 * in-process lock ({@link LocalLocks}), as only one process opens that database. Thread-safe.
 */
public interface Locks {

  /** Takes the lock {@code name} if no one holds it; empty when someone (this process too) does. */
  Optional<Held> tryLock(String name);

  /** Whether these locks are shared with other processes (PostgreSQL) or only within this one. */
  boolean shared();

  /** A held lock. Closing it releases it; closing twice is harmless. */
  interface Held extends AutoCloseable {
    /** The lock's name. */
    String name();

    /**
     * Whether the lock is still held: false once released, or when its connection ended (the server
     * ended the session, the network failed), after which another process may hold it.
     */
    boolean valid();

    /** The database backend holding the lock (PostgreSQL's process id), or -1 when none. */
    int backendPid();

    @Override
    void close();
  }

  /**
   * Advisory locks on PostgreSQL (each held on a connection of {@code lockConnections}), in-process
   * locks on any other database (the embedded H2).
   */
  static Locks of(DataSource dataSource, DataSource lockConnections) {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      return product.toLowerCase(java.util.Locale.ROOT).contains("postgres")
          ? new AdvisoryLocks(lockConnections)
          : new LocalLocks();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
    }
  }
}
