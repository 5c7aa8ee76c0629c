package dev.storyline.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.app.StorylineApplication;
import dev.storyline.discussion.Browser;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts and sessions as an outsider probes them, over real HTTP on loopback with the real
 * security rules and database: revocation on the next request, abuse limits that answer 429 and
 * cannot lock an owner out, forwarded addresses believed only from the named proxy, and passwords
 * too long for bcrypt. The test client is a trusted proxy (127.0.0.1), so {@code X-Forwarded-For}
 * plays readers on different networks. Runs on H2; {@link PostgresAccountSecurityIT} on PostgreSQL.
 */
@SpringBootTest(
    classes = StorylineApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "storyline.sample.import-on-start=false",
      "storyline.readers.failures-per-account=3",
      "storyline.readers.failures-per-address=8",
      "storyline.readers.forms-per-address=3",
      "storyline.readers.mails-per-account=2",
      "storyline.readers.trusted-proxies=127.0.0.1",
      dev.storyline.TestDatabases.H2_URL
          + "account-security-it"
          + dev.storyline.TestDatabases.H2_OPTIONS
    })
class AccountSecurityIT {
  static final String PASSWORD = "correct horse battery";
  private static int networks;

  @LocalServerPort int port;
  @Autowired AccountRepository accounts;
  @Autowired AdminAccounts admins;
  @Autowired PasswordEncoder encoder;

  /** A browser on a network of its own (as the trusted proxy reports it). */
  Browser fromNewNetwork() {
    Browser b = new Browser(port);
    b.headers.put("X-Forwarded-For", "198.51.100." + (++networks % 250 + 1));
    return b;
  }

  String newAccount(Role role) {
    String email = "acct-" + System.nanoTime() + "@example.org";
    accounts.create(email, "Someone", encoder.encode(PASSWORD), role, Instant.now());
    return email;
  }

  static Browser.Answer signIn(Browser b, String email, String password) throws Exception {
    return b.submit("/login", "/login", Map.of("username", email, "password", password));
  }

  Browser signedIn(String email) throws Exception {
    Browser b = fromNewNetwork();
    assertThat(signIn(b, email, PASSWORD).location()).doesNotContain("error");
    assertThat(b.get("/account").status()).isEqualTo(200);
    return b;
  }

  long id(String email) {
    return accounts.byEmail(email).orElseThrow().id();
  }

  // --- revocation -------------------------------------------------------------------------------

  @Test
  void aDemotedAdminLosesTheOperatorPagesAndApiOnTheNextRequest() throws Exception {
    String email = newAccount(Role.ADMIN);
    Browser admin = signedIn(email);
    assertThat(admin.get("/sources").status()).isEqualTo(200);
    assertThat(admin.get("/api/sources").status()).isEqualTo(200);
    assertThat(admin.get("/actuator/metrics").status()).isEqualTo(200);

    accounts.setRole(id(email), Role.READER); // as another admin or `storyline admin role` does

    assertThat(admin.get("/sources").status()).isEqualTo(403);
    assertThat(admin.get("/api/sources").status()).isEqualTo(403);
    assertThat(admin.get("/actuator/metrics").status()).isEqualTo(403);
    assertThat(admin.get("/account").status()).as("still signed in, as a reader").isEqualTo(200);
    accounts.setRole(id(email), Role.ADMIN);
    assertThat(admin.get("/sources").status()).isEqualTo(200);
  }

  @Test
  void aBannedAdminIsSignedOutOnTheNextRequest() throws Exception {
    String email = newAccount(Role.ADMIN);
    Browser admin = signedIn(email);
    accounts.setBanned(id(email), true);
    assertThat(admin.get("/api/sources").status()).isNotEqualTo(200);
    assertThat(admin.get("/account").location()).endsWith("/login");
  }

  @Test
  void aPasswordChangeEndsEveryOtherSessionButNotThisOne() throws Exception {
    String email = newAccount(Role.READER);
    Browser here = signedIn(email);
    Browser elsewhere = signedIn(email);
    String newPassword = "a brand new passphrase";
    Browser.Answer changed =
        here.submit(
            "/account",
            "/account/password",
            Map.of("current", PASSWORD, "password", newPassword, "confirm", newPassword));
    assertThat(changed.location()).endsWith("/account?changed");
    assertThat(here.get("/account").status()).isEqualTo(200);
    assertThat(elsewhere.get("/account").location()).endsWith("/login");
  }

  @Test
  void aPasswordResetEndsEverySession() throws Exception {
    String email = newAccount(Role.READER);
    Browser session = signedIn(email);
    String token = "reset-token-" + System.nanoTime();
    accounts.addResetToken(PasswordResets.hash(token), id(email), Instant.now().plusSeconds(600));
    Browser someone = fromNewNetwork();
    String newPassword = "another new passphrase";
    Browser.Answer reset =
        someone.submit(
            "/password/reset?token=" + token,
            "/password/reset",
            Map.of("token", token, "password", newPassword, "confirm", newPassword));
    assertThat(reset.location()).endsWith("/login?reset");
    assertThat(session.get("/account").location()).endsWith("/login");
  }

  // --- long passwords ---------------------------------------------------------------------------

  @Test
  void aPasswordTooLongForBcryptGetsAPlainMessageAndNeverSpendsTheToken() throws Exception {
    String email = newAccount(Role.READER);
    String token = "long-token-" + System.nanoTime();
    accounts.addResetToken(PasswordResets.hash(token), id(email), Instant.now().plusSeconds(600));
    String tooLong = "x".repeat(100); // within the form's old 128, past bcrypt's 72 bytes
    Browser someone = fromNewNetwork();
    Browser.Answer refused =
        someone.submit(
            "/password/reset?token=" + token,
            "/password/reset",
            Map.of("token", token, "password", tooLong, "confirm", tooLong));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.html().select(".problem").text()).contains("at most 72 bytes");
    assertThat(accounts.resetTokenValid(PasswordResets.hash(token), Instant.now())).isTrue();
    String accented = "é".repeat(40); // 40 characters, 80 bytes
    assertThat(
            someone
                .submit(
                    "/password/reset?token=" + token,
                    "/password/reset",
                    Map.of("token", token, "password", accented, "confirm", accented))
                .html()
                .select(".problem")
                .text())
        .contains("at most 72 bytes");
    assertThat(accounts.resetTokenValid(PasswordResets.hash(token), Instant.now())).isTrue();

    Browser.Answer signup =
        fromNewNetwork()
            .submit(
                "/signup",
                "/signup",
                Map.of(
                    "email",
                    "long-" + System.nanoTime() + "@example.org",
                    "displayName",
                    "Long",
                    "password",
                    tooLong,
                    "confirm",
                    tooLong));
    assertThat(signup.status()).isEqualTo(200);
    assertThat(signup.html().select(".problem").text()).contains("at most 72 bytes");

    Browser guesser = fromNewNetwork();
    assertThat(signIn(guesser, email, tooLong).location()).endsWith("/login?error");
    Browser owner = signedIn(email);
    Browser.Answer change =
        owner.submit(
            "/account",
            "/account/password",
            Map.of("current", tooLong, "password", tooLong, "confirm", tooLong));
    assertThat(change.status()).isEqualTo(200);
    assertThat(change.html().select(".problem").text()).contains("current password is wrong");
  }

  // --- abuse limits -----------------------------------------------------------------------------

  @Test
  void guessingSlowsTheGuessersNetworkButNeverLocksTheOwnerOut() throws Exception {
    String email = newAccount(Role.READER);
    Browser attacker = fromNewNetwork();
    for (int i = 0; i < 3; i++) {
      assertThat(signIn(attacker, email, "wrong guess " + i).location()).endsWith("/login?error");
    }
    Browser.Answer waited = signIn(attacker, email, PASSWORD);
    assertThat(waited.status()).isEqualTo(429);
    assertThat(waited.raw().headers().firstValue("Retry-After")).isPresent();
    assertThat(waited.html().select("main").text()).contains("please wait");

    Browser owner = fromNewNetwork();
    assertThat(signIn(owner, email, PASSWORD).location()).doesNotContain("error");
    assertThat(owner.get("/account").status()).isEqualTo(200);
  }

  @Test
  void anIpv6ClientIsCountedByItsSlash64() throws Exception {
    Browser rotating = new Browser(port);
    int refused = 0;
    for (int i = 1; i <= 10; i++) {
      rotating.headers.put("X-Forwarded-For", "2001:db8:77:1::" + Integer.toHexString(i));
      Browser.Answer a = signIn(rotating, "nobody" + i + "@example.org", "wrong guess");
      refused += a.status() == 429 ? 1 : 0;
    }
    assertThat(refused).as("attempts past the limit of 8 from one /64").isEqualTo(2);
    Browser neighbour = new Browser(port);
    neighbour.headers.put("X-Forwarded-For", "2001:db8:77:2::1"); // the next /64
    assertThat(signIn(neighbour, "nobody@example.org", "wrong").status()).isEqualTo(302);
  }

  @Test
  void resetRequestsAreLimitedPerTargetAndPerNetwork() throws Exception {
    String email = newAccount(Role.READER);
    for (int i = 0; i < 2; i++) {
      assertThat(forgot(fromNewNetwork(), email).status()).isEqualTo(200);
    }
    Browser.Answer third = forgot(fromNewNetwork(), email);
    assertThat(third.status()).isEqualTo(429);
    assertThat(third.html().select("main").text()).contains("for this address");

    Browser one = fromNewNetwork();
    for (int i = 0; i < 3; i++) {
      assertThat(forgot(one, "someone" + i + "-" + System.nanoTime() + "@example.org").status())
          .isEqualTo(200);
    }
    Browser.Answer fourth = forgot(one, "someone-else@example.org");
    assertThat(fourth.status()).isEqualTo(429);
    assertThat(fourth.html().select("main").text()).contains("from your network");
  }

  @Test
  void signUpsAreLimitedPerNetwork() throws Exception {
    Browser one = fromNewNetwork();
    for (int i = 0; i < 3; i++) {
      assertThat(signUp(one, "new" + i + "-" + System.nanoTime() + "@example.org").location())
          .contains("/login?registered");
    }
    Browser.Answer fourth = signUp(one, "new-" + System.nanoTime() + "@example.org");
    assertThat(fourth.status()).isEqualTo(429);
    assertThat(signUp(fromNewNetwork(), "other-" + System.nanoTime() + "@example.org").location())
        .contains("/login?registered");
  }

  @Test
  void forwardedForFromAPeerThatIsNotATrustedProxyIsIgnored() throws Exception {
    // 127.0.0.2 is loopback too, but not the named proxy: its X-Forwarded-For must not count
    int accepted = 0;
    for (int i = 0; i < 5; i++) {
      int status =
          rawFormPost(
              "/password/forgot", "email=spoof" + i + "%40example.org", "203.0.113." + (i + 1));
      accepted += status == 200 ? 1 : 0;
    }
    assertThat(accepted).as("3 an hour from one network, whatever the header says").isEqualTo(3);
  }

  Browser.Answer forgot(Browser b, String email) throws Exception {
    return b.submit("/password/forgot", "/password/forgot", Map.of("email", email));
  }

  Browser.Answer signUp(Browser b, String email) throws Exception {
    return b.submit(
        "/signup",
        "/signup",
        Map.of(
            "email", email, "displayName", "Newcomer", "password", PASSWORD, "confirm", PASSWORD));
  }

  /**
   * Gets the form's page and posts {@code body} with its CSRF token from 127.0.0.2 (the JDK client
   * cannot choose its local address), with a forged {@code X-Forwarded-For}; returns the status.
   */
  int rawFormPost(String path, String body, String forged) throws Exception {
    String page = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n", forged, null);
    Matcher cookie = Pattern.compile("(?i)Set-Cookie: (JSESSIONID=[^;]+)").matcher(page);
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(cookie.find() && csrf.find()).as(page).isTrue();
    String form = body + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    String answer =
        raw(
            "POST "
                + path
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: "
                + cookie.group(1)
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\n",
            forged,
            form);
    return Integer.parseInt(answer.substring(9, 12));
  }

  private String raw(String head, String forged, String body) throws Exception {
    try (Socket s = new Socket()) {
      s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
      s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
      s.setSoTimeout(10_000);
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      String request =
          head
              + "X-Forwarded-For: "
              + forged
              + "\r\nContent-Length: "
              + content.length
              + "\r\nConnection: close\r\n\r\n";
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toString(StandardCharsets.UTF_8);
    }
  }
}
