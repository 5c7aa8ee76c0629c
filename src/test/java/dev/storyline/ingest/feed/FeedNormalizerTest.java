package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Feed shapes Rome alone does not read, as {@link FeedParser} reads them after normalising. */
class FeedNormalizerTest {
  private final FeedParser parser = new FeedParser(new ObjectMapper(), 100);

  @Test
  void atomUnderAPreStandardNamespaceIsAtom() throws Exception {
    ParsedFeed f =
        parser.parse(
            """
        <feed version="0.3" xmlns="http://purl.org/echo/">
          <title>Quay Notes</title>
          <entry><id>q-1</id><title>Crane repaired</title></entry>
        </feed>""",
            null);
    assertThat(f.format()).isEqualTo("atom_0.3");
    assertThat(f.title()).isEqualTo("Quay Notes");
    assertThat(f.entries())
        .extracting(FeedEntry::id, FeedEntry::title)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("q-1", "Crane repaired"));
  }

  @Test
  void atomWithoutAnyNamespaceIsAtom10() throws Exception {
    ParsedFeed f =
        parser.parse("<feed><title>Bare</title><entry><id>b-1</id></entry></feed>", null);
    assertThat(f.format()).isEqualTo("atom_1.0");
    assertThat(f.entries().get(0).id()).isEqualTo("b-1");
  }

  @Test
  void base64AtomTextIsDecoded() throws Exception {
    String html = "The <em>new</em> lock gates";
    String b64 =
        Base64.getMimeEncoder(20, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(html.getBytes(StandardCharsets.UTF_8));
    ParsedFeed atom10 =
        parser.parse(
            """
        <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id>
          <content type="application/octet-stream">%s</content>
        </entry></feed>"""
                .formatted(b64),
            null);
    assertThat(atom10.entries().get(0).content()).isEqualTo(html);
    ParsedFeed atom03 =
        parser.parse(
            """
        <feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><id>a</id>
          <title mode="base64">%s</title>
        </entry></feed>"""
                .formatted(b64),
            null);
    assertThat(atom03.format()).isEqualTo("atom_0.3");
    assertThat(atom03.entries().get(0).title()).isEqualTo("The new lock gates");
  }

  @Test
  void authorWithAnEmailKeepsBothAsRssWritesThem() throws Exception {
    ParsedFeed f =
        parser.parse(
            """
        <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id>
          <author><name>Rin Holt</name><email>rin@quay.example</email></author>
          <author><email>desk@quay.example</email></author>
        </entry></feed>""",
            null);
    assertThat(f.entries().get(0).authors())
        .containsExactly("Rin Holt (rin@quay.example)", "desk@quay.example");
  }

  @Test
  void rssItemsTakeTitleAuthorDateAndContentFromOtherElementsWhenTheCoreOnesAreMissing()
      throws Exception {
    ParsedFeed f =
        parser.parse(
            """
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
             xmlns:dcterms="http://purl.org/dc/terms/"
             xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
          <channel><TITLE>Canal Radio</TITLE>
            <item><guid>c-1</guid><dc:title>Episode one</dc:title><itunes:author>Mo Reyes</itunes:author>
              <dcterms:issued>2025-06-01T08:00:00Z</dcterms:issued>
              <itunes:summary>About barges.</itunes:summary>
              <body xmlns="http://www.w3.org/1999/xhtml"><p>Barges <b>return</b>.</p></body></item>
            <item><guid>c-2</guid><title>Two</title><fullitem>&lt;p&gt;Full text&lt;/p&gt;</fullitem></item>
          </channel>
        </rss>""",
            null);
    assertThat(f.title()).isEqualTo("Canal Radio");
    FeedEntry first = f.entries().get(0);
    assertThat(first.title()).isEqualTo("Episode one");
    assertThat(first.authors()).containsExactly("Mo Reyes");
    assertThat(first.published()).isEqualTo(Instant.parse("2025-06-01T08:00:00Z"));
    assertThat(first.summary()).isEqualTo("About barges.");
    assertThat(first.content()).isEqualTo("<p>Barges <b>return</b>.</p>");
    assertThat(f.entries().get(1).content()).isEqualTo("<p>Full text</p>");
  }

  @Test
  void coreElementsWinOverStandIns() throws Exception {
    ParsedFeed f =
        parser.parse(
            """
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>
          <item><guid>x</guid><title>Core title</title><dc:title>Other title</dc:title></item>
        </channel></rss>""",
            null);
    assertThat(f.entries().get(0).title()).isEqualTo("Core title");
  }

  @Test
  void doctypeTextInsideAnElementIsKeptAndOnlyTheRealDoctypeIsRemoved() throws Exception {
    ParsedFeed f =
        parser.parse(
            """
        <?xml version="1.0"?>
        <!-- a comment that mentions <!DOCTYPE html> -->
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://example.invalid/rss.dtd">
        <rss version="0.91"><channel><title>T</title><link>https://t.example/</link><description>d</description>
          <item><title>x</title><link>https://t.example/1</link>
            <description><![CDATA[ <!DOCTYPE ]]></description></item>
        </channel></rss>""",
            null);
    assertThat(f.format()).isEqualTo("rss_0.91U");
    assertThat(f.entries().get(0).summary()).isEqualTo(" <!DOCTYPE ");
  }

  @Test
  void rssItemsWithoutAChannelAreRead() throws Exception {
    ParsedFeed f =
        parser.parse("<rss><item><title>Loose</title><guid>l-1</guid></item></rss>", null);
    assertThat(f.format()).startsWith("rss");
    assertThat(f.entries()).extracting(FeedEntry::title).containsExactly("Loose");
  }
}
