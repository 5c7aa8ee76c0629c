package dev.storyline.store.journal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An embedded H2 file database named by a {@code jdbc:h2:file:} URL: where its file, its ingest
 * journal and its scratch copies live, and the URLs to open it or a sibling file alone.
 *
 * @param base the database path without the {@code .mv.db} suffix
 * @param options the URL's options, each {@code ;KEY=VALUE}, without AUTO_SERVER
 */
public record EmbeddedH2(Path base, String options) {
  private static final String PREFIX = "jdbc:h2:file:";

  /** The embedded file database of {@code url}, or empty for any other URL. */
  public static Optional<EmbeddedH2> of(String url) {
    if (url == null || !url.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = url.substring(PREFIX.length()).split(";");
    List<String> kept = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isBlank() && !parts[i].toUpperCase(Locale.ROOT).startsWith("AUTO_SERVER=")) {
        kept.add(parts[i]);
      }
    }
    return Optional.of(
        new EmbeddedH2(
            Path.of(parts[0]).toAbsolutePath().normalize(),
            kept.isEmpty() ? "" : ";" + String.join(";", kept)));
  }

  /** The database file. */
  Path file() {
    return sibling("");
  }

  /** {@code <base><suffix>.mv.db}. */
  Path sibling(String suffix) {
    return base.resolveSibling(base.getFileName() + suffix + ".mv.db");
  }

  /** The ingest journal's folder: {@code journal/} beside the database file. */
  public Path journalDir() {
    return base.resolveSibling("journal");
  }

  /** A URL opening this database in this process only (no AUTO_SERVER). */
  String localUrl() {
    return urlOf("");
  }

  /** A URL opening the sibling database {@code <base><suffix>} in this process only. */
  String urlOf(String suffix) {
    return PREFIX + base + suffix + options;
  }
}
