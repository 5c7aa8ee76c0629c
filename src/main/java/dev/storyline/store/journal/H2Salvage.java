package dev.storyline.store.journal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.h2.tools.Recover;
import org.h2.util.ScriptReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Salvages a corrupt H2 file with H2's own {@link Recover} tool: the tool reads a copy and writes
 * an SQL script of everything it could read, which is run statement by statement into a fresh file
 * at the database's place (a statement that fails is skipped and counted). The salvage is kept only
 * if it includes the migration history, so that the schema is known; otherwise the fresh file is
 * removed again and the database starts empty. The script is kept beside the broken file.
 */
final class H2Salvage {
  private static final Logger log = LoggerFactory.getLogger(H2Salvage.class);
  private static final String NAME = "salvage";

  private H2Salvage() {}

  static EmbeddedDatabaseRecovery.Outcome salvage(
      Path broken, EmbeddedH2 db, String user, String password) throws IOException {
    Path work = Files.createTempDirectory(broken.getParent(), "salvage-");
    try {
      Files.copy(broken, work.resolve(NAME + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
      try {
        Recover.execute(work.toString(), NAME);
      } catch (SQLException | RuntimeException e) {
        return failed(
            broken, "H2's recovery tool failed: " + EmbeddedDatabaseRecovery.firstLine(e));
      }
      Path script = work.resolve(NAME + ".h2.sql");
      if (!Files.exists(script)
          || !Files.readString(script, StandardCharsets.UTF_8).contains("INSERT INTO")) {
        return failed(broken, "H2's recovery tool could read no rows from it");
      }
      Path keptScript = broken.resolveSibling(broken.getFileName() + ".salvage.sql");
      Files.move(script, keptScript, StandardCopyOption.REPLACE_EXISTING);
      return load(keptScript, broken, db, user, password);
    } finally {
      delete(work);
    }
  }

  private static EmbeddedDatabaseRecovery.Outcome load(
      Path script, Path broken, EmbeddedH2 db, String user, String password) throws IOException {
    int failed = 0;
    Map<String, Long> counts;
    try (Connection c = EmbeddedDatabaseRecovery.open(db.localUrl(), user, password);
        Reader in = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
      ScriptReader statements = new ScriptReader(in);
      for (String sql = statements.readStatement(); sql != null; sql = statements.readStatement()) {
        try (Statement s = c.createStatement()) {
          s.execute(sql);
        } catch (SQLException e) {
          failed++;
          log.warn(
              "salvage: skipped a statement that failed: {}",
              EmbeddedDatabaseRecovery.firstLine(e));
        }
      }
      counts = EmbeddedDatabaseRecovery.rowCounts(c);
    } catch (SQLException e) {
      removeFresh(db);
      return failed(
          broken,
          "the salvaged script could not be loaded: " + EmbeddedDatabaseRecovery.firstLine(e));
    }
    if (!counts.containsKey("flyway_schema_history") || counts.get("flyway_schema_history") == 0) {
      removeFresh(db);
      return failed(broken, "the salvage lacks the migration history, so its schema is unknown");
    }
    return new EmbeddedDatabaseRecovery.Outcome(
        broken,
        counts,
        failed == 0
            ? null
            : failed + " statements of the salvage script failed (see " + script + ")");
  }

  private static EmbeddedDatabaseRecovery.Outcome failed(Path broken, String problem) {
    return new EmbeddedDatabaseRecovery.Outcome(broken, Map.of(), problem);
  }

  private static void removeFresh(EmbeddedH2 db) throws IOException {
    Files.deleteIfExists(db.file());
    Files.deleteIfExists(db.base().resolveSibling(db.base().getFileName() + ".trace.db"));
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
