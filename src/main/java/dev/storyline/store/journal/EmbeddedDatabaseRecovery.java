package dev.storyline.store.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to do when the embedded H2 file cannot be opened because it is corrupt: never delete it. The
 * broken file is moved aside ({@code storyline.mv.db.corrupt-<time>}), H2's own recovery tool
 * salvages what it can read into a fresh file ({@link H2Salvage}), and if nothing usable comes out
 * the database starts empty. Either way the ingest journal is replayed afterwards, so every
 * accepted article is back; derived data (stories, briefs) is rebuilt by the pipeline.
 */
final class EmbeddedDatabaseRecovery {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseRecovery.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /**
   * What a recovery did.
   *
   * @param keptAt where the broken file is kept
   * @param salvaged rows salvaged per table (empty when nothing could be salvaged)
   * @param problem why salvage failed or was partial, or null
   */
  record Outcome(Path keptAt, Map<String, Long> salvaged, String problem) {}

  private EmbeddedDatabaseRecovery() {}

  /** True when {@code e} says the database file is corrupt (not locked, not of another version). */
  static boolean isCorrupt(SQLException e) {
    if (e.getErrorCode() == org.h2.api.ErrorCode.FILE_CORRUPTED_1) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MVStoreException m && m.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT) {
        return true;
      }
    }
    return false;
  }

  /** Moves the corrupt file aside and salvages what can be read into a fresh file. */
  static Outcome recover(
      EmbeddedH2 db, String user, String password, SQLException cause, Clock clock)
      throws IOException {
    Path aside =
        db.file()
            .resolveSibling(db.file().getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
    Files.move(db.file(), aside);
    log.error(
        """

        *** The embedded database file {} is corrupt and cannot be opened ({}).
        *** Nothing is deleted: the broken file is kept at {}.
        *** Salvaging what H2's recovery tool can read from it into a fresh database, then restoring
        *** every accepted article from the ingest journal {}.""",
        db.file(),
        firstLine(cause),
        aside,
        db.journalDir());
    Outcome outcome = H2Salvage.salvage(aside, db, user, password);
    if (!outcome.salvaged().isEmpty()) {
      log.error(
          "*** Salvaged from the broken file (rows per table): {}{}",
          outcome.salvaged(),
          outcome.problem() == null ? "" : "; but " + outcome.problem());
    } else {
      log.error(
          """
          *** Could not salvage the broken file: {}.
          *** The database starts empty: accounts, comments, follows and the sources' polling state
          *** that were only in it are not restored; articles, sources and handled entries come back from
          *** the ingest journal, and stories and briefs are rebuilt from the articles. The broken file
          *** stays at {} for manual recovery.""",
          outcome.problem(),
          aside);
    }
    return outcome;
  }

  /** Rows per table of the database at {@code url} (tables of schema PUBLIC). */
  static Map<String, Long> rowCounts(Connection c) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select table_name from information_schema.tables"
                    + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE'")) {
      while (rs.next()) {
        counts.put(rs.getString(1), 0L);
      }
    }
    for (String table : counts.keySet()) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
        rs.next();
        counts.put(table, rs.getLong(1));
      }
    }
    return counts;
  }

  static Connection open(String url, String user, String password) throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
