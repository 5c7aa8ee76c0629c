package dev.storyline.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.storyline.TestDatabases;
import dev.storyline.app.StorylineApplication;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The daily digest through a real SMTP server on loopback (GreenMail), with readers opting in over
 * HTTP and new articles arriving through the pipeline, on a clock the test moves.
 */
@SpringBootTest(
    classes = StorylineApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "storyline.sample.import-on-start=false",
      "storyline.readers.base-url=http://digest.example/",
      "storyline.readers.digest-time=07:00",
      "storyline.readers.digest-check=PT10H",
      // the test's clock stands still: on PostgreSQL an article would never be older than the
      // default reorder delay and so never clustered
      "storyline.work.reorder-delay=0s",
      TestDatabases.H2_URL + "digest-it" + TestDatabases.H2_OPTIONS
    })
@Import(DigestIT.Clocks.class)
class DigestIT {
  static final String PASSWORD = "correct horse battery";
  static final GreenMail SMTP = start();

  /**
   * Started once before any Spring context (subclasses share it) and stopped when the JVM exits.
   */
  static GreenMail start() {
    GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
    return mail;
  }

  @BeforeEach
  void noMailYet() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
  }

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  /** A clock the test sets by hand. */
  static final class Hand extends Clock {
    volatile Instant now = Instant.parse("2026-05-10T20:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    Hand handClock() {
      return new Hand();
    }
  }

  @LocalServerPort int port;
  @Autowired PipelineRunner runner;
  @Autowired JdbcTemplate jdbc;
  @Autowired DigestSender sender;
  @Autowired DigestRepository digests;
  @Autowired Hand clock;
  @Autowired dev.storyline.store.OutletRepository outlets;

  Browser reader(String name) throws Exception {
    Browser b = new Browser(port);
    String email = name.toLowerCase() + "@example.org";
    assertThat(
            b.submit(
                    "/signup",
                    "/signup",
                    Map.of(
                        "email",
                        email,
                        "displayName",
                        name,
                        "password",
                        PASSWORD,
                        "confirm",
                        PASSWORD))
                .location())
        .contains("/login?registered");
    // with SMTP set, a new address must be confirmed (PasswordResetIT follows the mailed link)
    jdbc.update("update account set email_confirmed = true where email = ?", email);
    b.submit("/login", "/login", Map.of("username", email, "password", PASSWORD));
    return b;
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  long id(String name) {
    return jdbc.queryForObject(
        "select id from account where email = ?", Long.class, name.toLowerCase() + "@example.org");
  }

  @Test
  void anOptedInFollowerGetsOneDigestListingTheNewArticleAndOthersGetNothing() throws Exception {
    runner.importFiles(
        List.of(Path.of("src/test/resources/pipeline/small.jsonl")), Progress.silent());
    String storyId =
        jdbc.queryForObject("select story_id from article where id = 't-a1'", String.class);
    String storyPath = new Browser(port).get("/stories/" + storyId).location();
    for (String name : List.of("Fan", "Quiet", "Leaver")) {
      Browser b = reader(name);
      assertThat(b.submit(storyPath, "/follow", Map.of("kind", "story", "id", storyId)).status())
          .isEqualTo(302);
      assertThat(b.get("/account/following").html().select("input#digest[checked]")).isEmpty();
      assertThat(b.post("/account/digest", Map.of("digest", "true")).status()).isEqualTo(403);
      if (!name.equals("Quiet")) {
        b.submit("/account/following", "/account/digest", Map.of("digest", "true"));
        assertThat(b.get("/account/following").html().select("input#digest[checked]")).hasSize(1);
      }
      if (name.equals("Leaver")) {
        b.submit("/account/following", "/account/digest", Map.of());
      }
    }
    // the operator says the newcomer outlet covers transport: its articles' stories carry the topic
    outlets.save(
        new dev.storyline.store.Outlet(
            "Lakeside Gazette",
            dev.storyline.store.Lean.UNKNOWN,
            null,
            null,
            List.of("transport")));
    Browser topical = reader("Topical");
    assertThat(
            topical
                .submit(storyPath, "/follow", Map.of("kind", "topic", "id", "transport"))
                .status())
        .isEqualTo(302);
    topical.submit("/account/following", "/account/digest", Map.of("digest", "true"));
    assertThat(digests.enabled(id("Fan"))).isTrue();
    assertThat(digests.enabled(id("Quiet"))).isFalse();
    assertThat(digests.enabled(id("Leaver"))).isFalse();

    clock.now = Instant.parse("2026-05-11T07:00:00Z");
    assertThat(sender.runDue()).as("nothing changed since opting in").isZero();

    clock.now = Instant.parse("2026-05-11T09:30:00Z");
    runner.importFiles(
        List.of(Path.of("src/test/resources/readers/update.jsonl")), Progress.silent());
    assertThat(jdbc.queryForObject("select story_id from article where id = 't-a4'", String.class))
        .isEqualTo(storyId);
    assertThat(sender.runDue()).as("today's digest already ran").isZero();

    clock.now = Instant.parse("2026-05-12T07:05:00Z");
    assertThat(sender.runDue()).isEqualTo(2);
    clock.now = Instant.parse("2026-05-12T18:00:00Z");
    assertThat(sender.runDue()).as("a second run the same day").isZero();

    MimeMessage[] mails =
        java.util.Arrays.stream(SMTP.getReceivedMessages())
            .filter(m -> !subject(m).startsWith("Confirm your Storyline address"))
            .toArray(MimeMessage[]::new);
    assertThat(mails).hasSize(2);
    assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("fan@example.org");
    String body = ((String) mails[0].getContent()).replace("\r\n", "\n");
    assertThat(body)
        .contains("Lakeside Gazette: Varnholt tram extension: city picks builder for eastern line")
        .contains("1 new article:")
        .contains("\nhttp://digest.example/stories/" + storyId)
        .contains("http://digest.example/account/following")
        .doesNotContain("Varnholt council approves eastern tram extension");
    assertThat(mails[1].getAllRecipients()[0].toString()).isEqualTo("topical@example.org");
    assertThat(((String) mails[1].getContent()).replace("\r\n", "\n"))
        .as("a followed topic lists its stories' new articles")
        .contains("Topic: Transport\nhttp://digest.example/topics/transport\n")
        .contains("  Story: ")
        .contains("\n  http://digest.example/stories/" + storyId)
        .contains("Lakeside Gazette: Varnholt tram extension: city picks builder for eastern line")
        .doesNotContain("Varnholt council approves eastern tram extension");
    assertThat(digests.lastSent(id("Fan"))).contains(Instant.parse("2026-05-12T07:05:00Z"));
    assertThat(digests.lastSent(id("Leaver"))).isEmpty();

    clock.now = Instant.parse("2026-05-13T07:00:00Z");
    assertThat(sender.runDue()).as("nothing new since the last digest").isZero();
    assertThat(SMTP.getReceivedMessages()).hasSize(mails.length + 4); // + the 4 confirmations
  }
}
