package dev.storyline.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import dev.storyline.app.StorylineApplication;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Readers do not notice which process answers: two applications on one PostgreSQL schema (skipped
 * without it), one with both roles and one web-only, as two processes behind a load balancer. A
 * reader signed in through one is signed in on the other (sessions in the database); a comment or a
 * follow made through one shows on the other's pages, and an article imported by the worker is
 * found by the other's search, within a few seconds (the page cache polls page versions every
 * second; search catches up with the database before each query). Prints how long each took.
 */
class ReadersAcrossProcessesIT {
  private static ConfigurableApplicationContext worker;
  private static ConfigurableApplicationContext web;
  private static int workerPort;
  private static int webPort;
  private static String storyId;

  @BeforeAll
  static void start() throws Exception {
    TestDatabases.assumePostgres();
    String url = System.getenv("STORYLINE_TEST_PG_URL");
    String user = System.getenv().getOrDefault("STORYLINE_TEST_PG_USER", "storyline");
    String password = System.getenv().getOrDefault("STORYLINE_TEST_PG_PASSWORD", "");
    String schema = "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    }
    String[] common = {
      "--server.port=0",
      "--spring.datasource.url="
          + url
          + (url.contains("?") ? "&" : "?")
          + "currentSchema="
          + schema,
      "--spring.datasource.username=" + user,
      "--spring.datasource.password=" + password,
      "--storyline.sample.import-on-start=false",
      "--storyline.feeds.poll-enabled=false",
      "--storyline.work.reorder-delay=0s"
    };
    worker = app(common, "--storyline.roles=web,worker");
    web = app(common, "--storyline.roles=web");
    workerPort = port(worker);
    webPort = port(web);
    worker.getBean(PipelineRunner.class).importFiles(List.of(ReadersIT.SMALL), Progress.silent());
    storyId =
        worker
            .getBean(JdbcTemplate.class)
            .queryForObject("select story_id from article where id = 't-a1'", String.class);
  }

  private static ConfigurableApplicationContext app(String[] common, String roles) {
    String[] args = java.util.Arrays.copyOf(common, common.length + 1);
    args[common.length] = roles;
    return new SpringApplicationBuilder(StorylineApplication.class).run(args);
  }

  private static int port(ConfigurableApplicationContext ctx) {
    return ((WebServerApplicationContext) ctx).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
    if (worker != null) {
      worker.close();
    }
  }

  @Test
  void aWebOnlyProcessLoadsNoModelAndRunsNoPipeline() {
    assertThat(web.getBeanNamesForType(PipelineRunner.class)).isEmpty();
    assertThat(web.getBeanNamesForType(dev.storyline.analyze.embed.MiniLmEmbedder.class)).isEmpty();
  }

  @Test
  void aReaderSignedInOnOneProcessIsSignedInOnTheOther() throws Exception {
    Browser onWorker = new Browser(workerPort);
    String email = "both-" + System.nanoTime() + "@example.org";
    String pw = ReadersIT.PASSWORD;
    onWorker.submit(
        "/signup",
        "/signup",
        Map.of("email", email, "displayName", "Both", "password", pw, "confirm", pw));
    assertThat(ReadersIT.signIn(onWorker, email, pw).location()).doesNotContain("error");
    assertThat(onWorker.get("/account").status()).isEqualTo(200);

    Browser onWeb = new Browser(webPort);
    onWeb.cookies.putAll(onWorker.cookies);
    assertThat(onWeb.get("/account").status())
        .as("same session on the other process")
        .isEqualTo(200);

    Browser stranger = new Browser(webPort);
    assertThat(stranger.get("/account").location()).endsWith("/login");
  }

  @Test
  void aCommentPostedThroughOneProcessShowsOnTheOthersPageWithinSeconds() throws Exception {
    Browser ana = new Browser(webPort);
    String email = "ana-" + System.nanoTime() + "@example.org";
    String pw = ReadersIT.PASSWORD;
    ana.submit(
        "/signup",
        "/signup",
        Map.of("email", email, "displayName", "Ana", "password", pw, "confirm", pw));
    ReadersIT.signIn(ana, email, pw);
    String storyPath = new Browser(workerPort).get("/stories/" + storyId).location();
    Browser anonymous = new Browser(workerPort);
    assertThat(anonymous.get(storyPath).body()).doesNotContain("seen on the other side");

    ana.submit(
        storyPath, "/stories/" + storyId + "/comments", Map.of("body", "seen on the other side"));
    long t0 = System.nanoTime();
    double seconds =
        within(30, () -> anonymous.get(storyPath).body().contains("seen on the other side"));
    report("comment through web, story page on worker", seconds, t0);
  }

  @Test
  void anArticleImportedByTheWorkerIsFoundByTheOtherProcessesSearch() throws Exception {
    Browser reader = new Browser(webPort);
    assertThat(reader.get("/search?q=builder").body()).doesNotContain("city picks builder");
    long t0 = System.nanoTime();
    worker
        .getBean(PipelineRunner.class)
        .importFiles(
            List.of(Path.of("src/test/resources/readers/update.jsonl")), Progress.silent());
    double seconds =
        within(30, () -> reader.get("/search?q=builder").body().contains("city picks builder"));
    report("import on worker (incl. its pipeline), search on web", seconds, t0);
  }

  private static double within(int limitSeconds, Callable<Boolean> seen) throws Exception {
    long t0 = System.nanoTime();
    while (!seen.call()) {
      assertThat(System.nanoTime() - t0)
          .as("seen within %d s", limitSeconds)
          .isLessThan(limitSeconds * 1_000_000_000L);
      Thread.sleep(50);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void report(String what, double seconds, long t0) {
    System.out.printf(
        Locale.ROOT,
        "ReadersAcrossProcessesIT: %s: seen %.2f s after the write returned%n",
        what,
        seconds);
  }
}
