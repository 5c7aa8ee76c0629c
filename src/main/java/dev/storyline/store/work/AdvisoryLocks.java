package dev.storyline.store.work;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL session-level advisory locks, each on a connection of its own taken from the pool for
 * as long as the lock is held. The key is (a constant for Storyline, a hash of the schema and the
 * name), so the locks show in {@code pg_locks} as {@code classid = 0x53544c4e}. The server releases
 * a lock when its session ends: a holder killed with SIGKILL loses it at once (the kernel closes
 * its socket). Thread-safe; one held lock's connection is used by one thread at a time.
 */
final class AdvisoryLocks implements Locks {
  /** "STLN": the first key of every Storyline advisory lock. */
  static final int NAMESPACE = 0x53544c4e;

  /**
   * The second key: the lock's name within the current schema, so that installations in separate
   * schemas of one database (tests, side-by-side benchmarks) never share a lock.
   */
  static final String KEY = "hashtext(current_schema() || '/' || ?)";

  private static final Logger log = LoggerFactory.getLogger(AdvisoryLocks.class);
  private final DataSource dataSource;

  AdvisoryLocks(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<Held> tryLock(String name) {
    Connection c = null;
    try {
      c = dataSource.getConnection();
      c.setAutoCommit(true);
      try (PreparedStatement ps =
          c.prepareStatement("select pg_try_advisory_lock(?, " + KEY + "), pg_backend_pid()")) {
        ps.setInt(1, NAMESPACE);
        ps.setString(2, name);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getBoolean(1)) {
            Held held = new AdvisoryHeld(c, name, rs.getInt(2));
            c = null;
            return Optional.of(held);
          }
        }
      }
      return Optional.empty();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take lock " + name + ": " + e.getMessage(), e);
    } finally {
      closeQuietly(c);
    }
  }

  @Override
  public boolean shared() {
    return true;
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // the connection is gone already
      }
    }
  }

  private static final class AdvisoryHeld implements Held {
    private final Connection connection;
    private final String name;
    private final int pid;
    private boolean open = true;

    AdvisoryHeld(Connection connection, String name, int pid) {
      this.connection = connection;
      this.name = name;
      this.pid = pid;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int backendPid() {
      return pid;
    }

    /** A session lock lasts as long as its session: the connection answering means it is held. */
    @Override
    public synchronized boolean valid() {
      if (!open) {
        return false;
      }
      try {
        return connection.isValid(5);
      } catch (SQLException e) {
        return false;
      }
    }

    @Override
    public synchronized void close() {
      if (!open) {
        return;
      }
      open = false;
      try (PreparedStatement ps =
          connection.prepareStatement("select pg_advisory_unlock(?, " + KEY + ")")) {
        ps.setInt(1, NAMESPACE);
        ps.setString(2, name);
        ps.execute();
      } catch (SQLException e) {
        log.debug("lock {} was released with its session: {}", name, e.toString());
      } finally {
        closeQuietly(connection);
      }
    }
  }
}
