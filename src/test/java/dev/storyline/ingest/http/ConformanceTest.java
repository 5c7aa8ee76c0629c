package dev.storyline.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.feeds.FetchProperties;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** HTTP/1.1 answers that real servers send, odd but lawful (or common): read them right. */
class ConformanceTest {

  private static String fetch(Clients client, String answer) throws Exception {
    try (RawServer server =
        new RawServer(
            s -> {
              RawServer.requestHead(s);
              RawServer.write(s, answer);
            })) {
      return client
          .fetcher(
              FetchProperties.defaults()
                  .settings()
                  .withTimeouts(
                      Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)),
              AddressPolicy.allowing(AddressPolicy.Category.LOOPBACK))
          .fetch(server.url("http", "/"))
          .text();
    }
  }

  @ParameterizedTest
  @EnumSource(Clients.class)
  void chunkExtensionsAndTrailers(Clients c) throws Exception {
    assertThat(
            fetch(
                c,
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: yes\r\n\r\n"))
        .isEqualTo("hello world");
  }

  @ParameterizedTest
  @EnumSource(Clients.class)
  void http10AnswerReadUntilClose(Clients c) throws Exception {
    assertThat(fetch(c, "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nold server"))
        .isEqualTo("old server");
  }

  @ParameterizedTest
  @EnumSource(Clients.class)
  void chunkedWinsOverContentLength(Clients c) throws Exception {
    assertThat(
            fetch(
                c,
                "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n"
                    + "Connection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n"))
        .isEqualTo("hello");
  }

  @ParameterizedTest
  @EnumSource(Clients.class)
  void bareLineFeedsAndNoReasonPhrase(Clients c) throws Exception {
    assertThat(fetch(c, "HTTP/1.1 200\nContent-Length: 2\nConnection: close\n\nok"))
        .isEqualTo("ok");
  }

  @ParameterizedTest
  @EnumSource(Clients.class)
  void gzipInChunks(Clients c) throws Exception {
    byte[] gz = SafeFetcherTest.gzip("zipped".getBytes(), 1);
    String body = new String(gz, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(
            fetch(
                c,
                "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n"
                    + "Connection: close\r\n\r\n"
                    + Integer.toHexString(gz.length)
                    + "\r\n"
                    + body
                    + "\r\n0\r\n\r\n"))
        .isEqualTo("zipped");
  }

  @ParameterizedTest
  @EnumSource(Clients.class)
  void aBodyCutShortOfItsLengthIsAnError(Clients c) {
    assertThatThrownBy(
            () ->
                fetch(c, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\nhalf"))
        .isInstanceOf(FetchException.class);
  }

  @ParameterizedTest
  @EnumSource(Clients.class)
  void aChunkedBodyCutShortIsAnError(Clients c) {
    assertThatThrownBy(
            () ->
                fetch(
                    c,
                    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                        + "10\r\nonly part"))
        .isInstanceOf(FetchException.class);
  }
}
