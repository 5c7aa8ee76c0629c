package dev.storyline.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.storyline.TestDatabases;
import dev.storyline.app.StorylineApplication;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Password reset through a real SMTP server on loopback (GreenMail): the link works once. */
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
    MimeMessage[] mails = SMTP.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("reset@example.org");
    String body = GreenMailUtil.getBody(mails[0]).replace("=\r\n", "").replace("=3D", "=");
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
  void theResetPageRefusesAnUnknownToken() throws Exception {
    // the page must not offer the form for a made-up token
    assertThat(resets.valid("made-up-token")).isFalse();
  }
}
