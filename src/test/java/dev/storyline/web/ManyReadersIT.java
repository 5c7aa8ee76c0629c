package dev.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.storyline.TestDatabases;
import dev.storyline.app.StorylineApplication;
import dev.storyline.discussion.Browser;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import dev.storyline.store.search.SearchIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A crowd of readers on every public path at once, over real HTTP on loopback, on a real database:
 * anonymous readers and two signed-in readers interleaved, a few hundred requests per path in
 * flight together. Every answer must be complete and correct: anonymous readers all get the same
 * page (kept and served again), each signed-in reader gets their own page ({@code private}, their
 * name, never the other's), nothing fails, times out or is logged at ERROR. Not a timed test: it
 * checks that nothing fails, deadlocks or mixes two readers' pages.
 *
 * <p>It would have caught the pool starvation of the storyline query (a query run inside another's
 * row mapper: every request thread held one pooled connection and waited for a second).
 */
@SpringBootTest(
    classes = StorylineApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "storyline.sample.import-on-start=false",
      "storyline.feeds.poll-enabled=false",
      // Two pooled connections (Flyway needs two at start-up) and many request threads: requests
      // that hold a connection while they ask for a second (the cause of the old starvation) block
      // each other at once and fail here.
      "spring.datasource.hikari.maximum-pool-size=2",
      "spring.datasource.hikari.connection-timeout=10000",
      "server.tomcat.threads.max=64",
      TestDatabases.H2_URL + "many-readers-it" + TestDatabases.H2_OPTIONS
    })
class ManyReadersIT {
  static final Path SMALL = Path.of("src/test/resources/pipeline/small.jsonl");
  static final Path UPDATE = Path.of("src/test/resources/readers/update.jsonl");
  static final String PASSWORD = "correct horse battery";
  static final int REQUESTS_PER_PATH = 240;
  static final int IN_FLIGHT = 48;

  @LocalServerPort int port;
  @Autowired PipelineRunner runner;
  @Autowired JdbcTemplate jdbc;
  @Autowired SearchIndex searchIndex;

  final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  final ListAppender<ILoggingEvent> log = new ListAppender<>();
  String storyPath;
  String storylineId;

  @BeforeEach
  void setUp() throws Exception {
    if (jdbc.queryForObject("select count(*) from article", Integer.class) == 0) {
      runner.importFiles(List.of(SMALL), Progress.silent());
    }
    // every reader must get the same search page: let the index take in the corpus first (how
    // soon a search sees new articles is SearchIndexRefreshTest's business, not this test's)
    searchIndex.refresh();
    String storyId =
        jdbc.queryForObject("select story_id from article where id = 't-a1'", String.class);
    storylineId =
        jdbc.queryForObject("select storyline_id from story where id = ?", String.class, storyId);
    storyPath = new Browser(port).get("/stories/" + storyId).location();
    log.start();
    ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(log);
  }

  @AfterEach
  void detachLog() {
    ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
  }

  /** A reader who signed up and signed in: their display name and session cookie header. */
  record Reader(String name, String cookie) {}

  Reader signedIn(String name) throws Exception {
    Browser b = new Browser(port);
    String email = name.toLowerCase() + "-" + System.nanoTime() + "@example.org";
    b.submit(
        "/signup",
        "/signup",
        Map.of("email", email, "displayName", name, "password", PASSWORD, "confirm", PASSWORD));
    Browser.Answer in =
        b.submit("/login", "/login", Map.of("username", email, "password", PASSWORD));
    assertThat(in.location()).doesNotContain("error");
    return new Reader(
        name,
        b.cookies.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; ")));
  }

  HttpResponse<String> get(String path, Reader reader) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(180))
            .GET();
    if (reader != null) {
      r.header("Cookie", reader.cookie());
    }
    return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  List<String> paths() {
    return List.of(
        storyPath,
        "/storylines/" + storylineId,
        "/",
        "/search?q=tram",
        "/api/stories",
        "/api/stories/" + storyPath.split("/")[2],
        "/feed.atom");
  }

  @Test
  void crowdsOfReadersGetCompleteCorrectPagesAndNeverAnotherReadersPage() throws Exception {
    Reader ada = signedIn("Adalind");
    Reader bo = signedIn("Bohumil");
    ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
    try {
      for (String path : paths()) {
        String expected = get(path, null).body();
        boolean html = !path.startsWith("/api") && !path.endsWith(".atom");
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_PATH; i++) {
          Reader who = i % 6 == 1 ? ada : i % 6 == 4 ? bo : null;
          answers.add(pool.submit(check(path, who, expected, html, ada, bo)));
        }
        for (Future<String> answer : answers) {
          assertThat(answer.get(600, TimeUnit.SECONDS)).isEqualTo("ok");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)))
        .as("nothing logged at ERROR under load")
        .isEmpty();
  }

  private Callable<String> check(
      String path, Reader who, String expected, boolean html, Reader ada, Reader bo) {
    return () -> {
      HttpResponse<String> r = get(path, who);
      assertThat(r.statusCode()).as("%s for %s", path, who).isEqualTo(200);
      String cache = r.headers().firstValue("Cache-Control").orElse("");
      assertThat(r.headers().firstValue("ETag")).as("validator on %s", path).isPresent();
      if (who == null) {
        assertThat(r.body())
            .as("anonymous %s complete and the same for all", path)
            .isEqualTo(expected);
        assertThat(cache).startsWith("public");
        assertThat(r.body()).doesNotContain(ada.name()).doesNotContain(bo.name());
      } else {
        assertThat(cache).startsWith("private");
        if (html) {
          Reader other = who == ada ? bo : ada;
          assertThat(r.body()).contains(who.name()).doesNotContain(other.name());
          assertThat(r.body()).contains("</html>");
        }
      }
      return "ok";
    };
  }

  @Test
  void conditionalRequestsGet304AndChangesShowAtOnce() throws Exception {
    HttpResponse<String> first = get(storyPath, null);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + storyPath))
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    // a comment is a change of the story page: anonymous readers see it on their next request
    Browser writer = new Browser(port);
    Reader cy = signedIn("Cyprian");
    writer.cookies.putAll(cookies(cy));
    Browser.Answer posted =
        writer.submit(
            storyPath,
            storyPath.replaceAll("^(/stories/[^/]+).*", "$1") + "/comments",
            Map.of("body", "A crowd-proof remark"));
    assertThat(posted.status()).isEqualTo(302);
    HttpResponse<String> after = get(storyPath, null);
    assertThat(after.body()).contains("A crowd-proof remark");
    assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    HttpResponse<String> stale =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + storyPath))
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(stale.statusCode()).isEqualTo(200);

    // a new article rewrites briefs: the front page and the feed are rendered again
    String front = get("/", null).headers().firstValue("ETag").orElseThrow();
    String feed = get("/feed.atom", null).body();
    runner.importFiles(List.of(UPDATE), Progress.silent());
    assertThat(get("/", null).headers().firstValue("ETag").orElseThrow()).isNotEqualTo(front);
    assertThat(get("/feed.atom", null).body()).isNotEqualTo(feed);
  }

  private static Map<String, String> cookies(Reader r) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String pair : r.cookie().split("; ")) {
      int eq = pair.indexOf('=');
      out.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return out;
  }
}
