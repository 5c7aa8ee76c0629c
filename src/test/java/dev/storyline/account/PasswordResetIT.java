package dev.storyline.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.storyline.TestDatabases;
import dev.storyline.app.StorylineApplication;
import dev.storyline.discussion.Browser;
import dev.storyline.discussion.Discussion;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mailed links through a real SMTP server on loopback (GreenMail): a password-reset link works
 * once; a new account confirms its address with its link before it may comment.
 */
@SpringBootTest(
    classes = StorylineApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "storyline.sample.import-on-start=false",
      "storyline.readers.base-url=http://reset.example"
    })
class PasswordResetIT {
  /**
   * Started before the Spring context so that its port can be passed in; stopped after the class.
   */
  static final GreenMail SMTP = start();

  static GreenMail start() {
    GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  @AfterAll
  static void stop() {
    SMTP.stop();
  }

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @Autowired PasswordResets resets;
  @Autowired AccountRepository accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Discussion discussion;
  @LocalServerPort int port;

  @Test
  void aMailedLinkSetsANewPasswordOnceAndUnknownAddressesGetNothing() throws Exception {
    accounts.create(
        "reset@example.org",
        "Resetter",
        encoder.encode("old password 123"),
        Role.READER,
        Instant.now());
    resets.request("nobody@example.org");
    resets.request("Reset@Example.org");
    MimeMessage[] mails =
        java.util.Arrays.stream(SMTP.getReceivedMessages())
            .filter(m -> !recipient(m).startsWith("newcomer-"))
            .toArray(MimeMessage[]::new);
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("reset@example.org");
    String body = text(mails[0]);
    Matcher link =
        Pattern.compile("http://reset\\.example/password/reset\\?token=([A-Za-z0-9_-]{43})")
            .matcher(body);
    assertThat(link.find()).as(body).isTrue();
    String token = link.group(1);
    String stored = accounts.byEmail("reset@example.org").orElseThrow().passwordHash();

    assertThat(resets.valid(token)).isTrue();
    assertThat(resets.reset(token, "brand new password")).isTrue();
    String changed = accounts.byEmail("reset@example.org").orElseThrow().passwordHash();
    assertThat(changed).isNotEqualTo(stored);
    assertThat(encoder.matches("brand new password", changed)).isTrue();
    assertThat(resets.reset(token, "a third password!")).isFalse();
    assertThat(resets.reset(token.substring(1) + "A", "a third password!")).isFalse();
  }

  @Test
  void aNewAccountConfirmsItsAddressByTheMailedLinkBeforeItMayComment() throws Exception {
    String email = "newcomer-" + System.nanoTime() + "@example.org";
    Browser b = new Browser(port);
    String password = "a good long password";
    Browser.Answer signup =
        b.submit(
            "/signup",
            "/signup",
            Map.of(
                "email",
                email,
                "displayName",
                "Newcomer",
                "password",
                password,
                "confirm",
                password));
    assertThat(signup.location()).contains("/login?registered&confirm");
    long id = accounts.byEmail(email).orElseThrow().id();
    assertThat(discussion.whyNot(id, "any-story")).contains("Confirm your e-mail address");

    MimeMessage mail =
        java.util.Arrays.stream(SMTP.getReceivedMessages())
            .filter(m -> recipient(m).equals(email))
            .findFirst()
            .orElseThrow();
    String body = text(mail);
    Matcher link =
        Pattern.compile("http://reset\\.example(/confirm-email\\?token=[A-Za-z0-9_-]{43})")
            .matcher(body);
    assertThat(link.find()).as(body).isTrue();
    Browser.Answer confirmed =
        b.submit(link.group(1), "/confirm-email", Map.of("token", token(link.group(1))));
    assertThat(confirmed.html().select(".flash").text()).contains("Your address is confirmed");
    assertThat(discussion.whyNot(id, "any-story")).isNull();
    Browser.Answer again =
        b.submit(link.group(1), "/confirm-email", Map.of("token", token(link.group(1))));
    assertThat(again.html().select(".problem").text()).contains("no longer valid");
  }

  private static String token(String path) {
    return path.substring(path.indexOf("token=") + 6);
  }

  /**
   * The message's text with its transfer encoding (quoted-printable here) decoded by the mail
   * library.
   */
  private static String text(MimeMessage m) {
    try {
      return (String) m.getContent();
    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theResetPageRefusesAnUnknownToken() throws Exception {
    // the page must not offer the form for a made-up token
    assertThat(resets.valid("made-up-token")).isFalse();
  }
}
