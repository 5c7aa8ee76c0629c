package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs {@code storyline} commands as real child processes on one database for the kill tests, and
 * reads that database over JDBC: either the embedded default (no URL given: the child uses the H2
 * file URL of {@code application.yml} under its working folder) or a given URL with credentials.
 */
final class StorylineChild {
  private final Path dir;
  private final String url;
  private final String user;
  private final String password;

  private StorylineChild(Path dir, String url, String user, String password) {
    this.dir = dir;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Children on the default embedded database, in {@code dir}. */
  static StorylineChild embeddedDefault(Path dir) throws IOException {
    return new StorylineChild(dir, null, "sa", "");
  }

  /** Children on the database at {@code url}. */
  static StorylineChild on(Path dir, String url, String user, String password) {
    return new StorylineChild(dir, url, user, password);
  }

  /**
   * Children on a fresh schema of the test PostgreSQL ({@code STORYLINE_TEST_PG_URL}, user and
   * password from {@code STORYLINE_TEST_PG_USER}/{@code _PASSWORD}); the test is skipped without
   * it.
   */
  static StorylineChild onFreshPostgresSchema(Path dir, String prefix) throws SQLException {
    String base = System.getenv("STORYLINE_TEST_PG_URL");
    if (base == null || base.isBlank()) {
      dev.storyline.TestDatabases.assumePostgres();
    }
    String user = System.getenv().getOrDefault("STORYLINE_TEST_PG_USER", "storyline");
    String password = System.getenv().getOrDefault("STORYLINE_TEST_PG_PASSWORD", "");
    String schema = prefix + Long.toHexString(System.nanoTime());
    try (Connection c = DriverManager.getConnection(base, user, password);
        Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    }
    return on(
        dir, base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
  }

  /**
   * The JDBC URL the children use: the default one resolved against {@code dir}, or the given one.
   */
  String jdbcUrl() throws IOException {
    if (url != null) {
      return url;
    }
    try (InputStream in = StorylineChild.class.getResourceAsStream("/application.yml")) {
      String yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(?m)^\\s+url:\\s*(jdbc:h2:file:\\S+)").matcher(yml);
      assertThat(m.find()).as("application.yml names an H2 file URL").isTrue();
      return m.group(1).replace("jdbc:h2:file:./", "jdbc:h2:file:" + dir.toAbsolutePath() + "/");
    }
  }

  /** Starts {@code storyline ARGS} (output and errors merged). */
  Process start(String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx768m",
                "-XX:TieredStopAtLevel=1", // C1 alone: each child is mostly start-up
                "-cp",
                System.getProperty("java.class.path"),
                "dev.storyline.cli.CommandLine"));
    command.addAll(List.of(args));
    if (url != null) {
      command.add("--spring.datasource.url=" + url);
    }
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    // credentials through the environment, never on a command line
    builder.environment().put("SPRING_DATASOURCE_USERNAME", user);
    builder.environment().put("SPRING_DATASOURCE_PASSWORD", password);
    return builder.start();
  }

  /** Runs a command to its end and returns its output; fails unless it exits with 0. */
  List<String> run(String... args) throws Exception {
    Process p = start(args);
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    watch(p, output, line -> false);
    assertThat(p.waitFor(400, TimeUnit.SECONDS))
        .as("finishes: %s", String.join(" ", args))
        .isTrue();
    assertThat(p.exitValue()).as(String.join("\n", output)).isZero();
    return output;
  }

  /** Kills a child with SIGKILL and checks that it did not finish on its own. */
  static void kill(Process child) throws InterruptedException {
    child.destroyForcibly();
    assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("killed, not finished").isNotZero();
  }

  /** Reads the child's output on a thread; the future completes at the first line matching. */
  static CompletableFuture<Void> watch(Process child, List<String> output, Predicate<String> when) {
    CompletableFuture<Void> seen = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  output.add(line);
                  if (when.test(line)) {
                    seen.complete(null);
                  }
                }
              } catch (IOException e) {
                // the child was killed
              }
              seen.completeExceptionally(
                  new IllegalStateException("child ended before the kill point"));
            });
    reader.setDaemon(true);
    reader.start();
    return seen;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** The first column of the first row of {@code sql} as text, or null when there is none. */
  String text(String sql) throws SQLException, IOException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  long count(String sql) throws SQLException, IOException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** First column to a SHA-256 of all the columns' text; fails when the first column repeats. */
  Map<String, String> rows(String sql) throws Exception {
    Map<String, String> rows = new HashMap<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 1; i <= columns; i++) {
          Object value = rs.getObject(i);
          String text =
              value instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(value);
          sha.update((text + "\u0000").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(rows.put(rs.getString(1), HexFormat.of().formatHex(sha.digest())))
            .as(rs.getString(1))
            .isNull();
      }
    }
    return rows;
  }

  /**
   * A connection to the children's database. On the embedded default, the database is first readied
   * as a restarted {@code storyline} would (a corrupt file set aside and salvaged, the ingest
   * journal replayed): what the test reads is what the operator gets back after a kill.
   */
  private Connection connect() throws SQLException, IOException {
    if (url == null) {
      dev.storyline.store.journal.EmbeddedDatabaseStartup.prepare(
          jdbcUrl(), user, password, new String[] {"classpath:db/migration"}, true);
    }
    return DriverManager.getConnection(jdbcUrl(), user, password);
  }
}
