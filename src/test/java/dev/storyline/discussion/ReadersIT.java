package dev.storyline.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import dev.storyline.account.AdminAccounts;
import dev.storyline.app.StorylineApplication;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Readers over real HTTP on loopback, on a real database: accounts, CSRF, session fixation, login
 * throttling, comments and replies, ownership, moderation, XSS vectors, rate limits, following and
 * what changed since the last visit.
 */
@SpringBootTest(
    classes = StorylineApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "storyline.sample.import-on-start=false",
      "storyline.readers.posts-per-window=8",
      "storyline.readers.failures-per-account=5",
      "storyline.readers.failures-per-address=1000",
      "storyline.readers.forms-per-address=1000",
      TestDatabases.H2_URL + "readers-it" + TestDatabases.H2_OPTIONS
    })
class ReadersIT {
  static final Path SMALL = Path.of("src/test/resources/pipeline/small.jsonl");
  static final Path UPDATE = Path.of("src/test/resources/readers/update.jsonl");
  static final String PASSWORD = "correct horse battery";

  @LocalServerPort int port;
  @Autowired PipelineRunner runner;
  @Autowired JdbcTemplate jdbc;
  @Autowired AdminAccounts admins;

  String storyId;
  String storyPath;

  @BeforeEach
  void storiesExist() throws Exception {
    if (jdbc.queryForObject("select count(*) from article", Integer.class) == 0) {
      runner.importFiles(List.of(SMALL), Progress.silent());
    }
    storyId = jdbc.queryForObject("select story_id from article where id = 't-a1'", String.class);
    storyPath = new Browser(port).get("/stories/" + storyId).location();
  }

  Browser reader(String name) throws Exception {
    Browser b = new Browser(port);
    String email = name + "-" + System.nanoTime() + "@example.org";
    Browser.Answer signup =
        b.submit(
            "/signup",
            "/signup",
            Map.of("email", email, "displayName", name, "password", PASSWORD, "confirm", PASSWORD));
    assertThat(signup.location()).endsWith("/login?registered");
    signIn(b, email, PASSWORD);
    b.cookies.put("email", email);
    return b;
  }

  static Browser.Answer signIn(Browser b, String email, String password) throws Exception {
    return b.submit("/login", "/login", Map.of("username", email, "password", password));
  }

  long comment(Browser b, String body) throws Exception {
    Browser.Answer a =
        b.submit(storyPath, "/stories/" + storyId + "/comments", Map.of("body", body));
    assertThat(a.status()).isEqualTo(302);
    assertThat(a.location()).as("refused: %s", a.location()).contains("#comment-");
    return Long.parseLong(a.location().replaceAll(".*#comment-", ""));
  }

  String stored(long commentId) {
    return jdbc.queryForObject(
        "select body from story_comment where id = ?", String.class, commentId);
  }

  @Test
  void pagesFeedsAndApiStayOpenAndCarrySecurityHeaders() throws Exception {
    Browser anonymous = new Browser(port);
    for (String path :
        List.of(
            "/",
            storyPath,
            "/api/stories",
            "/feed.atom",
            "/stories/" + storyId + "/feed.atom",
            "/login",
            "/signup")) {
      assertThat(anonymous.get(path).status()).as(path).isEqualTo(200);
    }
    var headers = anonymous.get(storyPath).raw().headers();
    String csp = headers.firstValue("Content-Security-Policy").orElse("");
    assertThat(csp)
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(anonymous.get("/account").location()).endsWith("/login");
    assertThat(anonymous.get("/moderation").location()).endsWith("/login");
  }

  @Test
  void signingInChangesTheSessionIdAndCookiesAreHttpOnlySecureLax() throws Exception {
    Browser b = new Browser(port);
    String email = "fixation-" + System.nanoTime() + "@example.org";
    b.submit(
        "/signup",
        "/signup",
        Map.of("email", email, "displayName", "Fixa", "password", PASSWORD, "confirm", PASSWORD));
    b.get("/login");
    String before = b.session();
    assertThat(before).isNotNull();
    Browser.Answer login = signIn(b, email, PASSWORD);
    assertThat(login.location()).doesNotContain("error");
    assertThat(b.session()).isNotNull().isNotEqualTo(before);
    String cookie =
        login.setCookies().stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");
    assertThat(b.get("/account").body()).contains("Fixa");
  }

  @Test
  void formsWithoutCsrfTokenAreRefused() throws Exception {
    Browser b = reader("Nocsrf");
    int before = jdbc.queryForObject("select count(*) from story_comment", Integer.class);
    Browser.Answer a = b.post("/stories/" + storyId + "/comments", Map.of("body", "no token"));
    assertThat(a.status()).isEqualTo(403);
    Browser.Answer wrong =
        b.post("/stories/" + storyId + "/comments", Map.of("body", "bad token", "_csrf", "forged"));
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from story_comment", Integer.class))
        .isEqualTo(before);
    assertThat(b.post("/logout", Map.of()).status()).isEqualTo(403);
  }

  @Test
  void commentsAndOneLevelOfRepliesRenderMarkdown() throws Exception {
    Browser ana = reader("Ana");
    Browser ben = reader("Ben");
    long top = comment(ana, "The vote was **closer** than expected.");
    long reply =
        ben.submit(
                storyPath,
                "/stories/" + storyId + "/comments",
                Map.of("body", "Nine to four is *not* close.", "parentId", String.valueOf(top)))
            .location()
            .transform(l -> Long.parseLong(l.replaceAll(".*#comment-", "")));
    long replyToReply =
        ana.submit(
                storyPath,
                "/stories/" + storyId + "/comments",
                Map.of("body", "Fair point.", "parentId", String.valueOf(reply)))
            .location()
            .transform(l -> Long.parseLong(l.replaceAll(".*#comment-", "")));
    Document page = ana.get(storyPath).html();
    Element thread = page.getElementById("comment-" + top).parent();
    assertThat(page.select("#comment-" + top + " .comment-body strong").text()).isEqualTo("closer");
    assertThat(thread.select(".replies #comment-" + reply + " .comment-body em").text())
        .isEqualTo("not");
    // a reply to a reply joins the same thread, one level deep
    assertThat(thread.select(".replies #comment-" + replyToReply)).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select parent_id from story_comment where id = ?", Long.class, replyToReply))
        .isEqualTo(top);
  }

  @Test
  void oneReaderCannotEditOrDeleteAnothersComment() throws Exception {
    Browser owner = reader("Owner");
    Browser other = reader("Other");
    long id = comment(owner, "Original words.");
    other.submit(storyPath, "/comments/" + id + "/edit", Map.of("body", "Hijacked."));
    other.submit(storyPath, "/comments/" + id + "/delete", Map.of());
    assertThat(stored(id)).isEqualTo("Original words.");
    assertThat(
            jdbc.queryForObject("select status from story_comment where id = ?", String.class, id))
        .isEqualTo("VISIBLE");
    assertThat(other.get(storyPath).html().select("#comment-" + id + " details")).isEmpty();
    owner.submit(storyPath, "/comments/" + id + "/edit", Map.of("body", "Corrected words."));
    assertThat(stored(id)).isEqualTo("Corrected words.");
    owner.submit(storyPath, "/comments/" + id + "/delete", Map.of());
    assertThat(
            jdbc.queryForObject("select status from story_comment where id = ?", String.class, id))
        .isEqualTo("DELETED");
    assertThat(stored(id)).isEmpty();
  }

  @Test
  void onlyModeratorsModerateAndBansTakeEffectAtOnce() throws Exception {
    Browser troll = reader("Troll");
    Browser witness = reader("Witness");
    long id = comment(troll, "Something rude about the councillors.");
    Browser.Answer report =
        witness.submit(storyPath, "/comments/" + id + "/report", Map.of("reason", "rude"));
    assertThat(report.status()).isEqualTo(302);
    assertThat(witness.get("/moderation").status()).isEqualTo(403);
    assertThat(witness.submit(storyPath, "/moderation/comments/" + id + "/hide", Map.of()).status())
        .isEqualTo(403);
    assertThat(
            jdbc.queryForObject("select status from story_comment where id = ?", String.class, id))
        .isEqualTo("VISIBLE");

    String adminEmail = "admin-" + System.nanoTime() + "@example.org";
    admins.createAdmin(adminEmail, "Admin", PASSWORD);
    Browser admin = new Browser(port);
    signIn(admin, adminEmail, PASSWORD);
    Document queue = admin.get("/moderation").html();
    assertThat(queue.getElementById("queued-" + id)).isNotNull();
    admin.submit("/moderation", "/moderation/comments/" + id + "/hide", Map.of());
    assertThat(witness.get(storyPath).body())
        .doesNotContain("Something rude about the councillors.");
    admin.submit("/moderation", "/moderation/comments/" + id + "/restore", Map.of());
    assertThat(witness.get(storyPath).body()).contains("Something rude about the councillors.");

    long trollId =
        jdbc.queryForObject("select author_id from story_comment where id = ?", Long.class, id);
    admin.submit("/moderation", "/moderation/accounts/" + trollId + "/ban", Map.of());
    // the ban ends the troll's session on its next request
    assertThat(troll.get("/account").location()).endsWith("/login");
    int comments = jdbc.queryForObject("select count(*) from story_comment", Integer.class);
    Browser.Answer refused =
        troll.submit(storyPath, "/stories/" + storyId + "/comments", Map.of("body", "again"));
    assertThat(refused.location()).doesNotContain("#comment-");
    assertThat(jdbc.queryForObject("select count(*) from story_comment", Integer.class))
        .isEqualTo(comments);
    Browser again = new Browser(port);
    assertThat(signIn(again, troll.cookies.get("email"), PASSWORD).location()).contains("error");
  }

  @Test
  void onlyAdminsReachTheSourcesOperatorPageAndApi() throws Exception {
    Browser anonymous = new Browser(port);
    assertThat(anonymous.get("/sources").location()).endsWith("/login");
    assertThat(anonymous.get("/api/sources").status()).isIn(302, 401, 403);
    Browser reader = reader("curious");
    assertThat(reader.get("/sources").status()).isEqualTo(403);
    assertThat(reader.get("/api/sources").status()).isEqualTo(403);
    String adminEmail = "ops-" + System.nanoTime() + "@example.org";
    admins.createAdmin(adminEmail, "Ops", PASSWORD);
    Browser admin = new Browser(port);
    signIn(admin, adminEmail, PASSWORD);
    assertThat(admin.get("/sources").status()).isEqualTo(200);
    assertThat(admin.get("/api/sources").status()).isEqualTo(200);
  }

  @Test
  void xssVectorsComeBackInert() throws Exception {
    Browser attacker = reader("Mallory");
    List<Long> ids = new ArrayList<>();
    List<String> vectors = XssVectors.ALL;
    for (int i = 0; i < vectors.size(); i += 8) {
      ids.add(
          comment(
              attacker, String.join("\n\n", vectors.subList(i, Math.min(vectors.size(), i + 8)))));
    }
    assertThat(ids).hasSizeLessThanOrEqualTo(8);
    Document page = attacker.get(storyPath).html();
    // the site's own static script (Listen) is the only script; comment bodies hold only the
    // allowed tags (checked below)
    assertThat(page.select("script").eachAttr("src")).allMatch(src -> src.startsWith("/js/"));
    assertThat(
            page.select(
                "script:not([src^=/js/]), iframe, object, embed, svg[onload], img, style, link[href^=javascript], meta[http-equiv], base"))
        .isEmpty();
    Set<String> allowed =
        Set.of(
            "p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "div");
    for (long id : ids) {
      Elements bodies = page.select("#comment-" + id + " .comment-body");
      assertThat(bodies).hasSize(1);
      for (Element e : bodies.first().getAllElements()) {
        assertThat(allowed).as("element <%s>", e.tagName()).contains(e.tagName());
        for (Attribute a : e.attributes()) {
          assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).isIn("href", "rel", "class");
          if (a.getKey().equals("href")) {
            assertThat(a.getValue().toLowerCase()).startsWith("http");
          }
        }
      }
    }
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey().toLowerCase())
            .as("event handler on <%s>", e.tagName())
            .doesNotStartWith("on");
      }
    }
  }

  @Test
  void postingIsRateLimitedAndARefusedCommentKeepsItsText() throws Exception {
    Browser eager = reader("Eager");
    for (int i = 0; i < 8; i++) {
      comment(eager, "Point number " + i + ".");
    }
    String draft = "A ninth thought that must not be lost.";
    Browser.Answer refused =
        eager.submit(storyPath, "/stories/" + storyId + "/comments", Map.of("body", draft));
    assertThat(refused.location()).endsWith("#comment-form");
    Document page = eager.get(refused.location().replaceAll("#.*", "")).html();
    assertThat(page.select("#comment-problem").text()).contains("8 comments");
    assertThat(page.select("#comment").text()).isEqualTo(draft);

    Browser wordy = reader("Wordy");
    String tooLong = "word ".repeat(900);
    Browser.Answer longOne =
        wordy.submit(storyPath, "/stories/" + storyId + "/comments", Map.of("body", tooLong));
    Document again = wordy.get(longOne.location().replaceAll("#.*", "")).html();
    assertThat(again.select("#comment-problem").text()).contains("at most 4000");
    assertThat(again.select("#comment").text()).isEqualTo(tooLong.strip());
  }

  @Test
  void bruteForceIsSlowedPerAccountAndNetwork() throws Exception {
    Browser target = reader("Target");
    String email = target.cookies.get("email");
    Browser attacker = new Browser(port);
    for (int i = 0; i < 5; i++) {
      assertThat(signIn(attacker, email, "wrong guess " + i).location()).endsWith("/login?error");
    }
    Browser.Answer right = signIn(attacker, email, PASSWORD);
    assertThat(right.status()).isEqualTo(429);
    assertThat(right.raw().headers().firstValue("Retry-After")).isPresent();
    assertThat(right.html().select("main").text()).contains("wrong passwords for this account");
    assertThat(attacker.get("/account").location()).endsWith("/login");
  }

  @Test
  void followersSeeWhatChangedSinceTheirLastVisit() throws Exception {
    Browser fan = reader("Fan");
    fan.submit("/account", "/follow", Map.of("kind", "story", "id", storyId));
    Document first = fan.get(storyPath).html(); // the first visit
    assertThat(first.select(".since-visit")).isEmpty();
    assertThat(
            fan.get("/account/following")
                .html()
                .select("ul.following a[href^=/stories/" + storyId + "]"))
        .isNotEmpty();

    runner.importFiles(List.of(UPDATE), Progress.silent());
    assertThat(jdbc.queryForObject("select story_id from article where id = 't-a4'", String.class))
        .isEqualTo(storyId);
    String path = new Browser(port).get("/stories/" + storyId).location();
    Document second = fan.get(path).html();
    assertThat(second.select(".since-visit .new-sources li").eachText())
        .anyMatch(s -> s.startsWith("Lakeside Gazette:"));
    assertThat(second.select("h2 .updated")).isNotEmpty();
    String feed = fan.get("/stories/" + storyId + "/feed.atom").body();
    assertThat(feed).contains("Lakeside Gazette");
  }

  @Test
  void deletingAnAccountAnonymisesItsComments() throws Exception {
    Browser leaver = reader("Leaver");
    long id = comment(leaver, "My last word.");
    leaver.submit("/account", "/account/delete", Map.of("current", PASSWORD));
    assertThat(
            jdbc.queryForObject("select author_id from story_comment where id = ?", Long.class, id))
        .isNull();
    Document page = new Browser(port).get(storyPath).html();
    assertThat(page.select("#comment-" + id + " .comment-meta strong").text())
        .isEqualTo("Former reader");
  }
}
