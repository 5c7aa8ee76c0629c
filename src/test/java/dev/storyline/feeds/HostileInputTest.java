package dev.storyline.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.http.FetchSettings;
import dev.storyline.ingest.http.LoopbackServer;
import dev.storyline.store.Source;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each hostile or broken input gets a clear error recorded on its source (or, for encodings, is
 * read correctly), and whatever was stored before stays exactly as it was.
 */
class HostileInputTest {
  private FeedFixture f;
  private Source source;
  private List<String> before;

  private void setUp(FetchSettings settings) throws Exception {
    f = new FeedFixture(settings, 0);
    source = f.addFeed();
    f.serve("application/rss+xml", Feeds.good().getBytes(StandardCharsets.UTF_8));
    assertThat(f.poller.poll(source.id()).stored()).isEqualTo(1);
    before = f.snapshot();
  }

  private void setUp() throws Exception {
    setUp(FetchProperties.defaults().settings().withLimits(1 << 20, 4 << 20));
  }

  @AfterEach
  void stop() {
    f.close();
  }

  /** Polls the hostile answer; asserts the error is recorded and nothing stored changed. */
  private void assertRefused(String... words) throws Exception {
    FeedPoller.Report r = f.poller.poll(source.id());
    assertThat(r.error()).as("error of the poll").isNotNull();
    Source after = f.reload(source);
    for (String w : words) {
      assertThat(after.lastError()).contains(w);
    }
    assertThat(after.errorCount()).isEqualTo(1);
    assertThat(f.snapshot()).isEqualTo(before);
  }

  /** Polls an answer that must be read; returns the newest stored title + body. */
  private String assertRead() throws Exception {
    FeedPoller.Report r = f.poller.poll(source.id());
    assertThat(r.error()).isNull();
    assertThat(r.stored()).isEqualTo(1);
    assertThat(f.snapshot()).containsAll(before);
    return f.jdbc.queryForObject(
        "select title || ' ' || body from article where title <> ?",
        String.class,
        "Council approves the harbour budget");
  }

  private void serve(String xml) {
    f.serve("application/rss+xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void xmlExternalEntitiesAndDtdFetching() throws Exception {
    setUp();
    serve(
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">"
            + "<!ENTITY % dtd SYSTEM \""
            + f.server.url("/evil.dtd")
            + "\"> %dtd;]>"
            + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>");
    assertRefused("declares XML entities");
    assertThat(f.server.hits("/evil.dtd")).isZero();
  }

  @Test
  void billionLaughs() throws Exception {
    setUp();
    StringBuilder dtd = new StringBuilder("<!ENTITY a0 \"ha\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY a")
          .append(i)
          .append(" \"")
          .append(("&a" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    serve(
        "<?xml version=\"1.0\"?><!DOCTYPE rss ["
            + dtd
            + "]><rss version=\"2.0\"><channel><title>&a10;"
            + "</title></channel></rss>");
    assertRefused("entity");
  }

  @Test
  void quadraticEntityExpansion() throws Exception {
    setUp();
    String big = "x".repeat(50_000);
    serve(
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY big \""
            + big
            + "\">]><rss version=\"2.0\"><channel>"
            + "<title>"
            + "&big;".repeat(10_000)
            + "</title></channel></rss>");
    assertRefused("entity");
  }

  @Test
  void gzipBomb() throws Exception {
    setUp();
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bos)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 100; i++) {
        out.write(zeros);
      }
    }
    byte[] bomb = bos.toByteArray();
    f.feed.set(
        ex -> {
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          LoopbackServer.send(ex, 200, "application/rss+xml", bomb);
        });
    assertRefused("decompressed body exceeds");
  }

  @Test
  void bodyLargerThanTheConfiguredLimit() throws Exception {
    setUp();
    f.feed.set(
        ex -> {
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            out.write("<rss version=\"2.0\"><channel><title>".getBytes());
            byte[] block = new byte[64 * 1024];
            java.util.Arrays.fill(block, (byte) 'x');
            for (int i = 0; i < 10_000; i++) {
              out.write(block);
            }
          }
        });
    assertRefused("larger than the limit");
  }

  @Test
  void pageThatNeverEndsHitsTheReadDeadline() throws Exception {
    setUp(
        FetchProperties.defaults()
            .settings()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(800)));
    f.feed.set(
        ex -> {
          ex.sendResponseHeaders(200, 0);
          OutputStream out = ex.getResponseBody();
          out.write("<rss version=\"2.0\"><channel>".getBytes());
          for (int i = 0; i < 300; i++) {
            out.write(' ');
            out.flush();
            try {
              Thread.sleep(50);
            } catch (InterruptedException e) {
              return;
            }
          }
        });
    assertRefused("did not finish sending in time");
  }

  @Test
  void invalidUtf8IsReadWithReplacementCharacters() throws Exception {
    setUp();
    byte[] head =
        Feeds.rss(Feeds.item("bad", "Caf", "<p>Menu "))
            .split("Caf")[0]
            .getBytes(StandardCharsets.UTF_8);
    String tail =
        "</title><link>https://news.example/bad</link><description>Valid text.</description></item>"
            + "</channel></rss>";
    byte[] body =
        concat(
            concat(head, new byte[] {'C', 'a', 'f', (byte) 0xc3, (byte) 0x28, ' ', 'o', 'k'}),
            tail.getBytes(StandardCharsets.UTF_8));
    f.serve("application/rss+xml; charset=utf-8", body);
    assertThat(assertRead()).contains("Caf\uFFFD( ok");
  }

  @Test
  void charsetDeclaredWronglyInTheHeader() throws Exception {
    setUp();
    f.serve(
        "application/rss+xml; charset=iso-8859-1",
        Feeds.rss(Feeds.item("z", "Zürich café reopens", "<p>Prices in €.</p>"))
            .getBytes(StandardCharsets.UTF_8));
    assertThat(assertRead()).contains("Zürich café reopens").contains("Prices in €.");
  }

  @Test
  void utf16WithBom() throws Exception {
    setUp();
    String xml =
        Feeds.rss(Feeds.item("u16", "Ærøskøbing ferry", "<p>Crossing resumes.</p>"))
            .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    f.serve(
        "application/xml",
        concat(new byte[] {(byte) 0xfe, (byte) 0xff}, xml.getBytes(StandardCharsets.UTF_16BE)));
    assertThat(assertRead()).contains("Ærøskøbing ferry");
  }

  @Test
  void windows1252SmartQuotes() throws Exception {
    setUp();
    String xml =
        Feeds.rss(
                Feeds.item(
                    "q",
                    "Mayor\u2019s \u201cbold\u201d plan",
                    "<p>It\u2019s done \u2014 finally.</p>"))
            .replace("encoding=\"UTF-8\"", "encoding=\"windows-1252\"");
    f.serve("application/rss+xml", xml.getBytes(Charset.forName("windows-1252")));
    assertThat(assertRead())
        .contains("Mayor\u2019s \u201cbold\u201d plan")
        .contains("It\u2019s done \u2014 finally.");
  }

  @Test
  void nulBytes() throws Exception {
    setUp();
    serve(Feeds.rss(Feeds.item("nul", "Night\u0000 market", "<p>Stalls\u0000 open late.</p>")));
    assertThat(assertRead())
        .contains("Night market")
        .contains("Stalls open late.")
        .doesNotContain("\u0000");
  }

  @Test
  void htmlNested100000LevelsDeep() throws Exception {
    setUp(FetchProperties.defaults().settings());
    String deep = "<div>".repeat(100_000) + "Deep text." + "</div>".repeat(100_000);
    serve(Feeds.rss(Feeds.item("deep", "Deep page", "<p>Top.</p>" + deep)));
    assertThat(assertRead()).contains("Deep page").contains("Top.");
  }

  @Test
  void enormousAttribute() throws Exception {
    setUp();
    String attr = "a".repeat(500_000);
    serve(
        Feeds.rss(Feeds.item("attr", "Wide page", "<p data-x=\"" + attr + "\">Plain words.</p>")));
    assertThat(assertRead()).contains("Plain words.").doesNotContain("aaaa");
  }

  @Test
  void redirectLoop() throws Exception {
    setUp();
    f.feed.set(
        ex -> {
          ex.getResponseHeaders().set("Location", "/feed?again");
          ex.sendResponseHeaders(302, -1);
        });
    assertRefused("redirect");
  }

  @Test
  void feedThatIsReallyAnHtmlPage() throws Exception {
    setUp();
    f.serve(
        "text/html",
        "<!doctype html><html><head><title>Home</title></head><body><p>Hi</p></body></html>"
            .getBytes(StandardCharsets.UTF_8));
    assertRefused("HTML page, not a feed");
  }

  @Test
  void feedWith100000Entries() throws Exception {
    setUp(FetchProperties.defaults().settings());
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      items
          .append("<item><guid>n")
          .append(i)
          .append("</guid><title>Note ")
          .append(i)
          .append("</title></item>");
    }
    serve(Feeds.rss(items.toString()));
    FeedPoller.Report r = f.poller.poll(source.id());
    assertThat(r.error()).isNull();
    assertThat(r.entries()).isEqualTo(500);
    assertThat(f.snapshot()).hasSize(501).containsAll(before);
  }

  @Test
  void cloudMetadataAddressBehindARedirectIsRefused() throws Exception {
    setUp();
    f.feed.set(
        ex -> {
          ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
          ex.sendResponseHeaders(301, -1);
        });
    assertRefused("169.254.169.254", "link-local");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
