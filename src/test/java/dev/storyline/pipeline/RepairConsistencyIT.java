package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.TestDatabases;
import dev.storyline.app.StorylineApplication;
import dev.storyline.store.search.SearchIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A merge seen by every part of the service. The first import holds one report of a ferry strike
 * (its story is briefed, linked into a storyline and found by search) and an unrelated story; the
 * second brings an earlier report of the same strike, which founds a story online (no article may
 * join online here) that the repair pass merges with the first one, keeping the older story's id.
 * After that, search, the storyline, the survivor's brief, Atom feed and JSON API know only the
 * survivor, and it holds both reports.
 */
@SpringBootTest(
    classes = StorylineApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "storyline.sample.import-on-start=false",
      "storyline.feeds.poll-enabled=false",
      "server.servlet.session.cookie.secure=false",
      // No article joins a story online, so the second report founds its own and only the
      // repair pass can put the two together, whatever the scorer's weights are.
      "storyline.cluster.story-threshold=1.0",
      TestDatabases.H2_URL + "repair-consistency-it" + TestDatabases.H2_OPTIONS
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepairConsistencyIT {
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  static final Path FIRST = Path.of("src/test/resources/pipeline/repair-linked-first.jsonl");
  static final Path LATER = Path.of("src/test/resources/pipeline/repair-linked-later.jsonl");
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A word only the absorbed story's report has (in its title). */
  static final String QUERY = "harbour";

  @Autowired PipelineRunner runner;
  @Autowired JdbcTemplate jdbc;
  @Autowired SearchIndex searchIndex;

  String absorbed;
  String absorbedLine;
  List<String> storyLinksBefore;
  String survivor;
  Instant merged;

  @BeforeAll
  void importBothBatches() throws Exception {
    runner.importFiles(List.of(FIRST), Progress.silent());
    searchIndex.refresh(); // the index has taken in the import before the search below
    absorbed = storyOf("rl-x2");
    absorbedLine =
        jdbc.queryForObject("select storyline_id from story where id = ?", String.class, absorbed);
    storyLinksBefore = storyLinks(search(QUERY));
    jdbc.update(
        "insert into account (email, display_name, password_hash, role, created_at)"
            + " values ('reader@example.test', 'Reader', 'x', 'READER', current_timestamp)");
    jdbc.update(
        "insert into follow (account_id, kind, item_id, created_at) select id, 'storyline', ?,"
            + " current_timestamp from account where email = 'reader@example.test'",
        absorbedLine);
    merged = Instant.now();
    runner.importFiles(List.of(LATER), Progress.silent());
    searchIndex.refresh();
    survivor = storyOf("rl-x1");
  }

  @Test
  void theLaterImportMergedTheLinkedStoryIntoTheOlderReportsStory() {
    assertThat(storyLinksBefore)
        .as("search knew the first story before the merge")
        .contains(absorbed);
    assertThat(absorbedLine).isNotNull();
    assertThat(survivor).isNotEqualTo(absorbed);
    assertThat(storyOf("rl-x2")).isEqualTo(survivor);
    assertThat(
            jdbc.queryForList(
                "select to_id from story_redirect where from_id = ?", String.class, absorbed))
        .containsExactly(survivor);
  }

  @Test
  void searchFindsTheAbsorbedStorysTextUnderTheSurvivorOnly() throws Exception {
    Document page = search(QUERY);
    assertThat(page.select("ol.search-results li")).isNotEmpty();
    assertThat(storyLinks(page)).isNotEmpty().containsOnly(survivor);
  }

  @Test
  void noStorylineListsTheAbsorbedStory() throws Exception {
    assertThat(
            jdbc.queryForObject("select count(*) from story where id = ?", Integer.class, absorbed))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from storyline l where story_count <>"
                    + " (select count(*) from story s where s.storyline_id = l.id)",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from storyline l where not exists"
                    + " (select 1 from story s where s.storyline_id = l.id)",
                Integer.class))
        .isZero();
    String line =
        jdbc.queryForObject("select storyline_id from story where id = ?", String.class, survivor);
    HttpResponse<String> api = get("/api/storylines/" + line);
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains(survivor).doesNotContain(absorbed);
    HttpResponse<String> html = get("/storylines/" + line);
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains(survivor).doesNotContain(absorbed);
  }

  @Test
  void theStorylineTheMergeEmptiedRedirectsToTheSurvivorsAndKeepsItsFollower() throws Exception {
    String line =
        jdbc.queryForObject("select storyline_id from story where id = ?", String.class, survivor);
    assertThat(line).as("the survivor founded its own storyline").isNotEqualTo(absorbedLine);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from storyline where id = ?", Integer.class, absorbedLine))
        .isZero();

    HttpResponse<String> api = get("/api/storylines/" + absorbedLine);
    assertThat(api.statusCode()).isEqualTo(308);
    assertThat(api.headers().firstValue("Location")).hasValue("/api/storylines/" + line);
    assertThat(new ObjectMapper().readTree(api.body()).get("mergedInto").asText()).isEqualTo(line);
    HttpResponse<String> page = get("/storylines/" + absorbedLine);
    assertThat(page.statusCode()).isEqualTo(301);
    assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/storylines/" + line);
    HttpResponse<String> feed = get("/storylines/" + absorbedLine + "/feed.atom");
    assertThat(feed.statusCode()).isEqualTo(301);
    assertThat(feed.headers().firstValue("Location").orElseThrow())
        .endsWith("/storylines/" + line + "/feed.atom");
    assertThat(get("/storylines/no-such-line").statusCode()).isEqualTo(404);

    assertThat(
            jdbc.queryForList("select item_id from follow where kind = 'storyline'", String.class))
        .as("the reader who followed the emptied storyline follows the one that carries it on")
        .containsExactly(line);
  }

  @Test
  void theSurvivorsBriefFeedAndApiHoldBothReports() throws Exception {
    assertThat(
            jdbc.queryForObject(
                "select article_count from story where id = ?", Integer.class, survivor))
        .isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                    "select brief_written from story where id = ?",
                    java.sql.Timestamp.class,
                    survivor)
                .toInstant())
        .isAfter(merged);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from story where brief like ?",
                Integer.class,
                "%" + absorbed + "%"))
        .as("no brief names the absorbed story")
        .isZero();

    JsonNode api = new ObjectMapper().readTree(get("/api/stories/" + survivor).body());
    List<String> sources = new ArrayList<>();
    api.get("sources").forEach(n -> sources.add(n.get("article").asText()));
    assertThat(sources).contains("rl-x1", "rl-x2");

    HttpResponse<String> feed = get("/stories/" + survivor + "/feed.atom");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.body()).contains("#source-rl-x1", "#source-rl-x2");
  }

  private String storyOf(String articleId) {
    return jdbc.queryForObject(
        "select story_id from article where id = ?", String.class, articleId);
  }

  /** Story ids the links of a page point to ("/stories/{id}" or "/stories/{id}/{slug}"). */
  private static List<String> storyLinks(Document page) {
    List<String> ids = new ArrayList<>();
    page.select("main a[href*=/stories/]")
        .forEach(
            a -> {
              String rest = a.attr("href").replaceFirst("^.*?/stories/", "");
              ids.add(rest.split("[/?#]")[0]);
            });
    return ids;
  }

  private Document search(String q) throws Exception {
    HttpResponse<String> r = get("/search?q=" + q);
    assertThat(r.statusCode()).isEqualTo(200);
    return Jsoup.parse(r.body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
