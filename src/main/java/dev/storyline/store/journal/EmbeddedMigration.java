package dev.storyline.store.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs pending Flyway migrations of the embedded H2 file on a copy and swaps the copy in with one
 * atomic rename. H2 commits DDL at once, so a process killed half-way through a migration in place
 * leaves tables the migration history does not list, and every later start fails ("table already
 * exists"); on a copy, a kill leaves the old file untouched and the half-migrated copy is thrown
 * away at the next start.
 */
final class EmbeddedMigration {
  static final String COPY = "-migrating";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedMigration.class);

  private EmbeddedMigration() {}

  /** Migrates {@code db} (which no other process may have open) when migrations are pending. */
  static void migrate(EmbeddedH2 db, String user, String password, String[] locations)
      throws IOException, SQLException {
    Files.deleteIfExists(db.sibling(COPY)); // left by a process killed while migrating
    boolean exists = Files.exists(db.file());
    if (exists && flyway(db.localUrl(), user, password, locations).info().pending().length == 0) {
      return;
    }
    if (exists) {
      shutdown(db.localUrl(), user, password);
      Files.copy(db.file(), db.sibling(COPY), StandardCopyOption.REPLACE_EXISTING);
    }
    flyway(db.urlOf(COPY), user, password, locations).migrate();
    shutdown(db.urlOf(COPY), user, password);
    Files.move(
        db.sibling(COPY),
        db.file(),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    log.info("database schema migrated ({})", exists ? "on a copy, swapped in" : "new database");
  }

  private static Flyway flyway(String url, String user, String password, String[] locations) {
    return Flyway.configure().dataSource(url, user, password).locations(locations).load();
  }

  /** Closes the database file (H2 closes it when its last connection does; this makes sure). */
  private static void shutdown(String url, String user, String password) throws SQLException {
    try (Connection c = EmbeddedDatabaseRecovery.open(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("shutdown");
    }
  }
}
