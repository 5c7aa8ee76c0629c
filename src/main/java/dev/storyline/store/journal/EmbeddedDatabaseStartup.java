package dev.storyline.store.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Readies the embedded H2 file database before the connection pool opens it: a corrupt file is set
 * aside and salvaged ({@link EmbeddedDatabaseRecovery}), pending migrations run on a copy ({@link
 * EmbeddedMigration}), and the ingest journal is replayed so that every accepted article is stored.
 * Does nothing for other databases. The embedded file serves one process: a second one is refused
 * with {@link EmbeddedDatabaseInUseException} (unless the operator set {@code AUTO_SERVER=TRUE},
 * when the process that has the file did all this when it started).
 */
public final class EmbeddedDatabaseStartup {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseStartup.class);

  private EmbeddedDatabaseStartup() {}

  /**
   * Readies the database of {@code url} if it is an embedded H2 file.
   *
   * @param locations Flyway migration locations, or null to leave migrations to Flyway
   * @return what the journal replay did, or null when nothing was done
   */
  public static JournalReplay.Result prepare(
      String url, String user, String password, String[] locations, boolean journal) {
    EmbeddedH2 db = EmbeddedH2.of(url).orElse(null);
    if (db == null) {
      return null;
    }
    boolean shared = url.toUpperCase(java.util.Locale.ROOT).contains(";AUTO_SERVER=TRUE");
    try {
      Boolean recovered = openable(db, user, password, shared);
      if (recovered == null) {
        return null;
      }
      if (locations != null) {
        EmbeddedMigration.migrate(db, user, password, locations);
      }
      return journal && locations != null ? replay(db, user, password, recovered) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot ready the embedded database " + db.file(), e);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot ready the embedded database "
              + db.file()
              + ": "
              + EmbeddedDatabaseRecovery.firstLine(e),
          e);
    }
  }

  /**
   * Null when another process has the file open and the operator shares it ({@code AUTO_SERVER});
   * otherwise whether the file was corrupt and has been recovered. Without sharing, a file open in
   * another process is an {@link EmbeddedDatabaseInUseException}.
   */
  private static Boolean openable(EmbeddedH2 db, String user, String password, boolean shared)
      throws IOException, SQLException {
    if (!java.nio.file.Files.exists(db.file())) {
      return false;
    }
    try (Connection c =
        EmbeddedDatabaseRecovery.open(db.localUrl() + ";IFEXISTS=TRUE", user, password)) {
      return false;
    } catch (SQLException e) {
      if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
        if (!shared) {
          throw new EmbeddedDatabaseInUseException(db.file(), e);
        }
        log.info(
            "embedded database {} is open in another process: leaving it to that one", db.file());
        return null;
      }
      if (!EmbeddedDatabaseRecovery.isCorrupt(e)) {
        throw e;
      }
      EmbeddedDatabaseRecovery.recover(db, user, password, e, Clock.systemUTC());
      return true;
    }
  }

  private static JournalReplay.Result replay(
      EmbeddedH2 db, String user, String password, boolean all) throws IOException {
    SingleConnectionDataSource source =
        new SingleConnectionDataSource(db.localUrl(), user, password, true);
    try (FileIngestJournal journal = new FileIngestJournal(db.journalDir())) {
      JournalReplay.Result r = new JournalReplay(new JdbcTemplate(source)).replay(journal, all);
      if (r.restored().containsKey("article")) {
        log.warn(
            "ingest journal: restored {} article(s) the database did not have (rows per table: {})",
            r.restored("article"),
            r.restored());
      } else if (!r.restored().isEmpty()) {
        log.info("ingest journal: restored rows the database did not have: {}", r.restored());
      }
      return r;
    } finally {
      source.destroy();
    }
  }
}
