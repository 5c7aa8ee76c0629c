package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.storyline.ingest.JsonLinesReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code bench saga --stream}: a real saga imported in two parts on a fresh embedded database, as
 * an operator and then a feed bring it (issue 18). The stream's articles of the chosen collections
 * ({@code meta.collection}, a glob such as {@code bpoil_*}) are sorted by publication time; all but
 * the newest {@code --late} are imported at once through the whole pipeline (store, analyze,
 * cluster, repair, link, briefs, scorecard); then a restarted process (new model, new runner on the
 * same database: nothing kept in memory; with {@code --restart false} the same process) takes the
 * late articles one at a time as a feed brings them. For each part it prints the analysis time (the
 * analyzer alone) and everything else (storing the articles and their analysis, clustering, briefs,
 * scorecard), so the goals of issue 18 can be read off: the first part's rest at most half its
 * analysis, the late articles' whole cost at most three times their analysis plus start-up. Wall
 * times; the pipeline is what {@code storyline import} runs, without the ingest journal and the
 * search index of the service.
 */
final class RealSagaBench {
  static final String USAGE =
      """
        saga --stream STREAM.jsonl[.gz] [--collections GLOB] [--late 20] [--restart false]
            A real saga in two parts on a fresh embedded database: the stream's articles of the
            collections matching GLOB (meta.collection, e.g. 'bpoil_*'), all but the newest --late
            imported at once, then the --late ones one at a time by a restarted process, as a feed
            brings them: analysis time and everything after it (storing, clustering, briefs,
            scorecard) per part, and per late article with the size of the storyline it joined.
            --restart false: the late articles come to the first part's process instead.
      """;

  private static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

  private final PrintStream out;
  private final Toolkit toolkit;
  private final ObjectMapper json;

  RealSagaBench(PrintStream out, Toolkit toolkit) {
    this.out = out;
    this.toolkit = toolkit;
    this.json = toolkit.json();
  }

  int run(Map<String, String> opts) throws IOException {
    Path stream = Path.of(Options.require(opts, "stream"));
    String glob = opts.getOrDefault("collections", "*");
    int late = Integer.parseInt(opts.getOrDefault("late", "20"));
    List<String> lines = select(stream, glob);
    if (lines.size() <= late) {
      throw new IllegalArgumentException(
          lines.size() + " articles match --collections " + glob + ": need more than --late");
    }
    List<String> first = lines.subList(0, lines.size() - late);
    List<String> last = lines.subList(lines.size() - late, lines.size());
    out.printf(
        Locale.ROOT,
        "%s, collections %s: %d articles; first part %d, then %d late%n",
        stream.getFileName(),
        glob,
        lines.size(),
        first.size(),
        late);
    Path dir = Files.createTempDirectory("storyline-bench-saga");
    String url = "jdbc:h2:file:" + dir.resolve("storyline").toAbsolutePath() + H2_OPTIONS;
    try (HikariDataSource ds = dataSource(url)) {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
      JdbcTemplate jdbc = new JdbcTemplate(ds);

      SagaPipeline one = new SagaPipeline(jdbc, toolkit, json);
      out.printf(Locale.ROOT, "start-up (embedding model): %.1f s%n", one.model / 1e9);
      SagaPart part1 = one.importAll(first);
      boolean restart = !opts.getOrDefault("restart", "true").equals("false");
      if (restart) {
        one.close();
      }
      jdbc.query(
          "select count(*) stories, sum(s.article_count) articles from story s group by"
              + " s.storyline_id order by stories desc fetch first 1 rows only",
          rs -> {
            out.printf(
                Locale.ROOT,
                "after the first part: %d stories, %d storylines; the longest: %d stories, %d"
                    + " articles%n",
                jdbc.queryForObject("select count(*) from story", Integer.class),
                jdbc.queryForObject("select count(*) from storyline", Integer.class),
                rs.getInt(1),
                rs.getInt(2));
          });
      header();
      row("first part, one import", first.size(), part1);

      SagaPipeline two = restart ? new SagaPipeline(jdbc, toolkit, json) : one;
      List<SagaPart> each = new ArrayList<>();
      List<String> perArticle = new ArrayList<>();
      for (String line : last) {
        SagaPart p = two.importAll(List.of(line));
        each.add(p);
        JsonNode n = json.readTree(line);
        perArticle.add(
            String.format(
                Locale.ROOT,
                "  %-38s %8s %9.0f %9.0f %9.0f %9.0f %9.0f %9.0f %7d %7d %s",
                n.path("id").asText(),
                storylineStories(jdbc, n.path("id").asText()),
                p.analysis() / 1e6,
                p.rest() / 1e6,
                p.cluster() / 1e6,
                p.brief() / 1e6,
                (p.scorecard() - p.restore()) / 1e6,
                p.restore() / 1e6,
                p.briefs(),
                p.repairs(),
                p.stored() == 0 ? "(duplicate)" : ""));
      }
      two.close();
      SagaPart lateSum = SagaPart.sum(each);
      row("late, one at a time", late, lateSum);
      long startup = restart ? two.startup : 0;
      if (restart) {
        out.printf(
            Locale.ROOT,
            "start-up of the restarted process: %.1f s (embedding model %.1f s; pending work on"
                + " start, as the service's StartupTasks: %.1f s: the clusterer's state restored,"
                + " a repair pass, %d stories repaired, %d briefs written (%.1f s of writing on"
                + " both cores), scorecard and reading storylines back %.1f s)%n",
            startup / 1e9,
            two.model / 1e9,
            two.resume / 1e9,
            two.resumed.repairs(),
            two.resumed.briefs(),
            two.resumed.brief() / 1e9,
            two.resumed.scorecard() / 1e9);
      } else {
        out.println("no restart: the late articles came to the process of the first part");
      }
      out.printf(
          Locale.ROOT,
          "goals: first part, rest / analysis = %.2f (goal <= 0.5); late articles, all / (3 x"
              + " analysis + start-up) = %.2f (goal <= 1)%n",
          part1.rest() / (double) part1.analysis(),
          lateSum.all() / (3.0 * lateSum.analysis() + startup));
      out.printf(
          Locale.ROOT,
          "%n  %-38s %8s %9s %9s %9s %9s %9s %9s %7s %7s%n",
          "late article",
          "line has",
          "analysis",
          "rest ms",
          "cluster",
          "write",
          "score",
          "read",
          "briefs",
          "repairs");
      perArticle.forEach(out::println);
    } finally {
      deleteTree(dir);
    }
    return 0;
  }

  private void header() {
    out.printf(
        Locale.ROOT,
        "%n%-24s %8s %8s %10s %11s %8s | %9s %9s %12s %7s %7s%n",
        "part",
        "articles",
        "store s",
        "analysis s",
        "articles/s",
        "rest s",
        "cluster s",
        "write s",
        "score+read s",
        "briefs",
        "repairs");
  }

  private void row(String name, int articles, SagaPart p) {
    out.printf(
        Locale.ROOT,
        "%-24s %8d %8.1f %10.1f %11.1f %8.1f | %9.1f %9.1f %12.1f %7d %7d%n",
        name,
        articles,
        p.store() / 1e9,
        p.analysis() / 1e9,
        articles / (p.analysis() / 1e9),
        p.rest() / 1e9,
        p.cluster() / 1e9,
        p.brief() / 1e9,
        p.scorecard() / 1e9,
        p.briefs(),
        p.repairs());
  }

  /** How many stories the storyline of the article's story holds now. */
  private static String storylineStories(JdbcTemplate jdbc, String articleId) {
    List<Integer> n =
        jdbc.queryForList(
            "select count(*) from story_link o where o.storyline_id = (select l.storyline_id from"
                + " story_link l join article a on a.story_id = l.story_id where a.id = ?)",
            Integer.class,
            articleId);
    return n.isEmpty() ? "-" : String.valueOf(n.get(0));
  }

  /** The stream's lines of the matching collections, oldest first (stream order among equals). */
  private List<String> select(Path stream, String glob) throws IOException {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    record Dated(String published, String line) {}
    List<Dated> out = new ArrayList<>();
    try (InputStream in = JsonLinesReader.open(stream);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String collection = n.path("meta").path("collection").asText("");
        if (matcher.matches(Path.of(collection.isEmpty() ? "-" : collection))) {
          out.add(new Dated(n.path("published").asText(""), line));
        }
      }
    }
    out.sort(Comparator.comparing(Dated::published));
    return out.stream().map(Dated::line).toList();
  }

  private static HikariDataSource dataSource(String url) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(url);
    ds.setUsername("sa");
    ds.setPassword("");
    ds.setMaximumPoolSize(8);
    ds.setPoolName("bench-saga");
    return ds;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
