package dev.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code storyline bench processes}: imports a gold-labelled stream with N {@code storyline import}
 * processes at once on a fresh schema of a PostgreSQL database, process i taking lines i, i+N, …
 * (odd and even lines for two), and prints for each N the time from the first article stored to the
 * last brief written, articles per second, and the clustering's quality against the gold labels.
 * With {@code --kill-writer}, the process holding the clustering role is killed (SIGKILL) once a
 * third of the articles have a story, and the time until another process holds the role is printed.
 * Credentials come from {@code SPRING_DATASOURCE_USERNAME} / {@code _PASSWORD}.
 */
final class ProcessesBench {
  static final String USAGE =
      """
        processes --input STREAM.jsonl[.gz] --db jdbc:postgresql://HOST/DB [--processes 1,2]
                  [--kill-writer] [--keep] [-- IMPORT-OPTIONS...]
            Imports the stream with N storyline import processes at once (process i takes lines
            i, i+N, ...) on a fresh schema, for each N: seconds from the first article stored to
            the last brief written, articles/s, and BCubed/pairwise F1 against the gold labels.
            --kill-writer kills the clustering writer when a third of the articles have a story and
            prints how long until another process holds the role. Credentials from
            SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.
      """;

  private final PrintStream out;
  private final ObjectMapper json;

  ProcessesBench(PrintStream out, ObjectMapper json) {
    this.out = out;
    this.json = json;
  }

  int run(Map<String, String> opts, List<String> importOptions)
      throws IOException, InterruptedException, SQLException {
    Path input = Path.of(Options.require(opts, "input"));
    String db = Options.require(opts, "db");
    if (!db.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--db must be a PostgreSQL URL (jdbc:postgresql://...)");
    }
    List<String> lines = lines(input);
    out.printf(
        Locale.ROOT,
        "%-9s %8s %10s %11s %10s %8s %22s %9s %s%n",
        "processes",
        "articles",
        "wall s",
        "pipeline s",
        "articles/s",
        "stories",
        "BCubed P / R / F1",
        "pair F1",
        opts.containsKey("kill-writer") ? "take-over s" : "");
    for (String n : opts.getOrDefault("processes", "1,2").split(",")) {
      runOnce(Integer.parseInt(n.strip()), lines, db, opts, importOptions);
    }
    return 0;
  }

  private void runOnce(
      int n, List<String> lines, String db, Map<String, String> opts, List<String> importOptions)
      throws IOException, InterruptedException, SQLException {
    String schema = "bench_p" + n + "_" + Long.toHexString(System.currentTimeMillis());
    String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "storyline");
    String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
    try (Connection c = DriverManager.getConnection(db, user, password);
        Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    }
    String url = db + (db.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    Path work = Files.createTempDirectory("storyline-bench-processes");
    List<Process> children = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      List<String> part = new ArrayList<>();
      for (int k = i; k < lines.size(); k += n) {
        part.add(lines.get(k));
      }
      Path file = work.resolve("part" + i + ".jsonl");
      Files.write(file, part, StandardCharsets.UTF_8);
      List<String> args = new ArrayList<>(List.of("import", file.toString()));
      args.add("--spring.datasource.url=" + url);
      args.addAll(importOptions);
      children.add(Children.start(args, work, work.resolve("import" + i + ".log")));
    }
    String takeover = "";
    if (opts.containsKey("kill-writer")) {
      takeover = killWriter(url, user, password, lines.size(), children);
    }
    for (Process p : children) {
      if (!p.waitFor(60, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("an import did not finish within an hour (logs: " + work);
      }
      if (p.exitValue() != 0 && !takeover.isEmpty() && p.exitValue() == 137) {
        continue; // the killed writer
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException("an import failed (logs in " + work + ")");
      }
    }
    double wall = (System.nanoTime() - start) / 1e9;
    report(n, url, user, password, wall, takeover);
    if (!opts.containsKey("keep")) {
      try (Connection c = DriverManager.getConnection(db, user, password);
          Statement s = c.createStatement()) {
        s.execute("drop schema " + schema + " cascade");
      }
    }
  }

  private String killWriter(
      String url, String user, String password, int total, List<Process> children)
      throws SQLException, InterruptedException {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      while (true) {
        long assigned = scalar(c, "select count(*) from article where story_id is not null");
        if (assigned >= total / 3) {
          break;
        }
        if (children.stream().noneMatch(Process::isAlive)) {
          return "(ended first)";
        }
        Thread.sleep(20);
      }
      String holder = text(c, "select holder from role_lease where name = 'cluster'");
      Process writer =
          children.stream()
              .filter(p -> holder != null && holder.endsWith("/" + p.pid()))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no child holds the role: " + holder));
      writer.destroyForcibly();
      long killed = System.nanoTime();
      String next = holder;
      while (holder.equals(next)) {
        if (System.nanoTime() - killed > TimeUnit.MINUTES.toNanos(5)) {
          return "none in 5 min";
        }
        Thread.sleep(20);
        next = text(c, "select holder from role_lease where name = 'cluster'");
      }
      return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - killed) / 1e9);
    }
  }

  private void report(int n, String url, String user, String password, double wall, String takeover)
      throws SQLException, IOException {
    List<String> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select story_id, meta from article order by id")) {
        while (rs.next()) {
          predicted.add(rs.getString(1) == null ? "none" : rs.getString(1));
          Map<?, ?> meta = json.readValue(rs.getString(2), Map.class);
          Object story = meta == null ? null : meta.get("story");
          gold.add(story == null ? "" : story.toString());
        }
      }
      Timestamp first = stamp(c, "select min(ingested_at) from article");
      Timestamp last = stamp(c, "select max(updated_at) from story");
      double pipeline =
          first == null || last == null ? 0 : (last.getTime() - first.getTime()) / 1000.0;
      ClusterMetrics m = ClusterMetrics.score(predicted, gold);
      out.printf(
          Locale.ROOT,
          "%-9d %8d %10.1f %11.1f %10.1f %8d %22s %9.3f %s%n",
          n,
          predicted.size(),
          wall,
          pipeline,
          pipeline > 0 ? predicted.size() / pipeline : 0,
          m.predictedClusters(),
          String.format(
              Locale.ROOT,
              "%.3f / %.3f / %.3f",
              m.bcubedPrecision(),
              m.bcubedRecall(),
              m.bcubedF1()),
          m.pairF1(),
          takeover);
    }
  }

  private List<String> lines(Path input) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = dev.storyline.ingest.JsonLinesReader.open(input)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
    }
    return out;
  }

  private static long scalar(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static Timestamp stamp(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getTimestamp(1) : null;
    }
  }

  /** Child processes of this same program (the packaged jar, or the class path in development). */
  static final class Children {
    private Children() {}

    static Process start(List<String> args, Path dir, Path log) throws IOException {
      String cp = System.getProperty("java.class.path", "");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(
          java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
              .filter(a -> a.startsWith("-X") || a.startsWith("-XX"))
              .toList());
      if (cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator)) {
        command.addAll(List.of("-jar", Path.of(cp).toAbsolutePath().toString()));
      } else {
        command.addAll(List.of("-cp", cp, "dev.storyline.cli.CommandLine"));
      }
      command.addAll(args);
      return new ProcessBuilder(command)
          .directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
    }
  }
}
