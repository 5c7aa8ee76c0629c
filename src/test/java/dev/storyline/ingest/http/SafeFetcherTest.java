package dev.storyline.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.feeds.FetchProperties;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SafeFetcherTest {
  private static final AddressPolicy LOOPBACK_ONLY =
      AddressPolicy.allowing(AddressPolicy.Category.LOOPBACK);
  private LoopbackServer server;
  private SafeFetcher fetcher;

  /** The client under test; {@link SocketClientSafeFetcherTest} runs the same on the baseline. */
  Clients client() {
    return Clients.OKHTTP;
  }

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
    fetcher =
        client()
            .fetcher(
                FetchProperties.defaults().settings().withLimits(64 * 1024, 256 * 1024),
                LOOPBACK_ONLY);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fetchesAPageAndItsHeaders() throws Exception {
    server.text("/a", "text/plain; charset=utf-8", "hello");
    FetchResponse r = fetcher.fetch(server.url("/a"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("hello");
    assertThat(r.header("Content-Type")).startsWith("text/plain");
  }

  @Test
  void conditionalGetSendsValidatorsAndReturns304() throws Exception {
    server.on(
        "/feed",
        ex -> {
          boolean same =
              "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))
                  && "Mon, 01 Jan 2024 00:00:00 GMT"
                      .equals(ex.getRequestHeaders().getFirst("If-Modified-Since"));
          LoopbackServer.send(
              ex, same ? 304 : 200, "text/plain", same ? new byte[0] : "new".getBytes());
        });
    URI uri = URI.create(server.url("/feed"));
    var cond = new SafeFetcher.Conditional("\"v1\"", "Mon, 01 Jan 2024 00:00:00 GMT");
    assertThat(fetcher.fetch(uri, cond).notModified()).isTrue();
    assertThat(fetcher.fetch(uri, SafeFetcher.Conditional.NONE).text()).isEqualTo("new");
  }

  @Test
  void gzipAndDeflateBodiesAreDecompressed() throws Exception {
    byte[] text = "compressed news".getBytes(StandardCharsets.UTF_8);
    server.on(
        "/gz",
        ex -> {
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          LoopbackServer.send(ex, 200, "text/plain", gzip(text, 1));
        });
    server.on(
        "/deflate",
        ex -> {
          ex.getResponseHeaders().set("Content-Encoding", "deflate");
          ByteArrayOutputStream bos = new ByteArrayOutputStream();
          try (OutputStream out = new DeflaterOutputStream(bos)) {
            out.write(text);
          }
          LoopbackServer.send(ex, 200, "text/plain", bos.toByteArray());
        });
    assertThat(fetcher.fetch(server.url("/gz")).text()).isEqualTo("compressed news");
    assertThat(fetcher.fetch(server.url("/deflate")).text()).isEqualTo("compressed news");
  }

  @Test
  void gzipBomb() throws Exception {
    byte[] bomb = gzip(new byte[1 << 20], 64); // 64 MiB of zeros in about 64 KiB
    assertThat(bomb.length).isLessThan(64 * 1024);
    server.on(
        "/bomb",
        ex -> {
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          LoopbackServer.send(ex, 200, "application/xml", bomb);
        });
    assertThatThrownBy(() -> fetcher.fetch(server.url("/bomb")))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("decompressed body exceeds")
        .extracting(e -> ((FetchException) e).kind())
        .isEqualTo(FetchException.Kind.TOO_LARGE);
  }

  @Test
  void bodyLargerThanTheLimitStopsReading() throws Exception {
    server.on(
        "/big",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/plain");
          ex.sendResponseHeaders(200, 0); // chunked, no length announced
          byte[] block = new byte[8192];
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 100_000; i++) { // 800 MB if nobody stops reading
              out.write(block);
            }
          }
        });
    assertThatThrownBy(() -> fetcher.fetch(server.url("/big")))
        .hasMessageContaining("larger than the limit of 65536 bytes");
  }

  @Test
  void announcedLengthAboveTheLimitIsRefusedUpFront() throws Exception {
    server.bytes("/len", "text/plain", new byte[100_000]);
    assertThatThrownBy(() -> fetcher.fetch(server.url("/len")))
        .extracting(e -> ((FetchException) e).kind())
        .isEqualTo(FetchException.Kind.TOO_LARGE);
  }

  @Test
  void slowLorisPageThatNeverEndsHitsTheDeadline() throws Exception {
    server.on(
        "/slow",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          OutputStream out = ex.getResponseBody();
          for (int i = 0; i < 600; i++) { // one byte every 50 ms, for 30 s unless stopped
            out.write('x');
            out.flush();
            sleep(50);
          }
        });
    SafeFetcher quick =
        client()
            .fetcher(
                FetchProperties.defaults()
                    .settings()
                    .withTimeouts(
                        Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(700)),
                LOOPBACK_ONLY);
    assertThatThrownBy(() -> quick.fetch(server.url("/slow")))
        .extracting(e -> ((FetchException) e).kind())
        .isEqualTo(FetchException.Kind.TIMEOUT);
  }

  @Test
  void redirectLoop() throws Exception {
    server.on("/a", ex -> redirect(ex, "/b"));
    server.on("/b", ex -> redirect(ex, server.url("/a")));
    assertThatThrownBy(() -> fetcher.fetch(server.url("/a")))
        .hasMessageContaining("redirect loop")
        .extracting(e -> ((FetchException) e).kind())
        .isEqualTo(FetchException.Kind.TOO_MANY_REDIRECTS);
  }

  @Test
  void fiveRedirectsAreFollowedButNotSix() throws Exception {
    for (int i = 0; i < 5; i++) {
      String next = "/r" + (i + 1);
      server.on("/r" + i, ex -> redirect(ex, next));
    }
    server.text("/r5", "text/plain", "arrived");
    assertThat(fetcher.fetch(server.url("/r0")).text()).isEqualTo("arrived");
    server.on("/s0", ex -> redirect(ex, "/r0"));
    assertThatThrownBy(() -> fetcher.fetch(server.url("/s0")))
        .hasMessageContaining("more than 5 redirects");
  }

  @Test
  void loopbackIsRefusedByDefault() {
    SafeFetcher strict =
        client().fetcher(FetchProperties.defaults().settings(), AddressPolicy.publicOnly());
    server.text("/x", "text/plain", "secret");
    assertThatThrownBy(() -> strict.fetch(server.url("/x")))
        .hasMessageContaining("loopback")
        .extracting(e -> ((FetchException) e).kind())
        .isEqualTo(FetchException.Kind.BLOCKED_ADDRESS);
    assertThat(server.hits("/x")).isZero();
  }

  @Test
  void nameResolvingToAPrivateAddressAmongPublicOnesIsRefused() {
    SafeFetcher.Resolver dns =
        host ->
            new InetAddress[] {
              InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")
            };
    SafeFetcher f =
        client().fetcher(FetchProperties.defaults().settings(), AddressPolicy.publicOnly(), dns);
    assertThatThrownBy(() -> f.fetch("http://news.example/feed"))
        .hasMessageContaining("news.example resolves to 10.0.0.7");
  }

  @Test
  void redirectToCloudMetadataIsRefused() throws Exception {
    server.on("/go", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
    assertThatThrownBy(() -> fetcher.fetch(server.url("/go")))
        .hasMessageContaining("169.254.169.254")
        .extracting(e -> ((FetchException) e).kind())
        .isEqualTo(FetchException.Kind.BLOCKED_ADDRESS);
  }

  @Test
  void redirectToANameThatResolvesToLoopbackIsRefusedUnderTheStrictPolicy() throws Exception {
    // the test's own name "feeds.test" resolves to loopback; the strict policy must refuse it
    SafeFetcher.Resolver dns = host -> new InetAddress[] {InetAddress.getLoopbackAddress()};
    SafeFetcher f =
        client().fetcher(FetchProperties.defaults().settings(), AddressPolicy.publicOnly(), dns);
    assertThatThrownBy(() -> f.fetch("http://feeds.test/rss")).hasMessageContaining("loopback");
  }

  @Test
  void dnsRebindingNeverReachesTheSecondAnswer() throws Exception {
    server.text("/admin", "text/plain", "internal");
    int port = Integer.parseInt(server.url("/").replaceAll(".*:(\\d+)/.*", "$1"));
    AtomicInteger lookups = new AtomicInteger();
    SafeFetcher.Resolver rebinding =
        host ->
            new InetAddress[] {
              lookups.getAndIncrement() == 0
                  ? InetAddress.getByName("93.184.216.34") // public when checked
                  : InetAddress.getLoopbackAddress() // loopback when looked up again
            };
    SafeFetcher f =
        client()
            .fetcher(
                FetchProperties.defaults()
                    .settings()
                    .withTimeouts(
                        Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2)),
                AddressPolicy.publicOnly(),
                rebinding);
    assertThatThrownBy(() -> f.fetch("http://rebind.test:" + port + "/admin"))
        .isInstanceOf(FetchException.class);
    assertThat(server.hits("/admin")).isZero();
  }

  @Test
  void theGuardedSocketsRefuseADisallowedAddressWhoeverAsks() {
    var sockets = new PinnedSockets.Factory(AddressPolicy.publicOnly());
    assertThatThrownBy(() -> sockets.createSocket(InetAddress.getLoopbackAddress(), 80))
        .isInstanceOf(PinnedSockets.RefusedAddress.class)
        .hasMessageContaining("loopback");
  }

  @Test
  void nonHttpSchemesAreRefused() {
    assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd"))
        .hasMessageContaining("only http and https");
  }

  @Test
  void errorStatusesBecomeErrorsInWords() throws Exception {
    server.on("/gone", ex -> LoopbackServer.send(ex, 404, "text/plain", "no".getBytes()));
    assertThatThrownBy(() -> fetcher.fetch(server.url("/gone")))
        .hasMessageContaining("answered 404");
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to)
      throws java.io.IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(302, -1);
  }

  static byte[] gzip(byte[] block, int times) throws java.io.IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bos)) {
      for (int i = 0; i < times; i++) {
        out.write(block);
      }
    }
    return bos.toByteArray();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
