package dev.storyline.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.feeds.FetchProperties;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Servers that misbehave below HTTP's surface (floods of informational answers, a TLS handshake
 * that trickles, answers that never end across redirects): every fetch ends with a {@link
 * FetchException} of the right kind, within its deadline, on both clients.
 */
class HostileServerTest {
  private static final AddressPolicy LOOPBACK =
      AddressPolicy.allowing(AddressPolicy.Category.LOOPBACK);

  private static SafeFetcher fetcher(Clients client, Duration total) {
    return client.fetcher(
        FetchProperties.defaults()
            .settings()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), total),
        LOOPBACK);
  }

  @ParameterizedTest
  @EnumSource(Clients.class)
  void aFloodOfInformationalAnswersIsRefusedNotAStackOverflow(Clients client) throws Exception {
    try (RawServer server =
        new RawServer(
            s -> {
              RawServer.requestHead(s);
              String hundred = "HTTP/1.1 100 Continue\r\n\r\n".repeat(1000);
              for (int i = 0; i < 50; i++) { // 50,000 answers of "100 Continue"
                RawServer.write(s, hundred);
              }
              RawServer.write(s, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            })) {
      assertThatThrownBy(
              () -> fetcher(client, Duration.ofSeconds(20)).fetch(server.url("http", "/feed")))
          .isInstanceOf(FetchException.class)
          .extracting(e -> ((FetchException) e).kind())
          .isIn(FetchException.Kind.PROTOCOL, FetchException.Kind.TOO_LARGE);
    }
  }

  @ParameterizedTest
  @EnumSource(Clients.class)
  void aFewInformationalAnswersBeforeTheRealOneAreSkipped(Clients client) throws Exception {
    try (RawServer server =
        new RawServer(
            s -> {
              RawServer.requestHead(s);
              RawServer.write(
                  s,
                  "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n"
                      + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            })) {
      assertThat(fetcher(client, Duration.ofSeconds(10)).fetch(server.url("http", "/")).text())
          .isEqualTo("ok");
    }
  }

  @ParameterizedTest
  @EnumSource(Clients.class)
  void aTrickledTlsHandshakeEndsAtTheDeadline(Clients client) throws Exception {
    try (RawServer server =
        new RawServer(
            s -> {
              for (int i = 0; i < 300; i++) { // one byte of a TLS record every 100 ms, for 30 s
                s.getOutputStream().write(i == 0 ? 0x16 : 0x03);
                s.getOutputStream().flush();
                RawServer.sleep(100);
              }
            })) {
      long start = System.nanoTime();
      assertThatThrownBy(
              () -> fetcher(client, Duration.ofMillis(1500)).fetch(server.url("https", "/feed")))
          .isInstanceOf(FetchException.class)
          .extracting(e -> ((FetchException) e).kind())
          .isEqualTo(FetchException.Kind.TIMEOUT);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
  }

  @ParameterizedTest
  @EnumSource(Clients.class)
  void oneDeadlineCoversEveryRedirect(Clients client) throws Exception {
    try (RawServer server =
        new RawServer(
            s -> {
              String head = RawServer.requestHead(s);
              int hop = Integer.parseInt(head.substring(head.indexOf("/hop") + 4).split(" ")[0]);
              RawServer.sleep(400); // each answer comes after 400 ms, well within the read timeout
              RawServer.write(
                  s,
                  "HTTP/1.1 302 Found\r\nLocation: /hop"
                      + (hop + 1)
                      + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            })) {
      SafeFetcher f = fetcher(client, Duration.ofMillis(1000));
      assertThatThrownBy(() -> f.fetch(server.url("http", "/hop0")))
          .isInstanceOf(FetchException.class)
          .extracting(e -> ((FetchException) e).kind())
          .isEqualTo(FetchException.Kind.TIMEOUT);
      assertThat(server.connections()).isLessThanOrEqualTo(3);
    }
  }
}
