package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  private final FeedParser parser = new FeedParser(new ObjectMapper(), 500);

  static final String RSS20 =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
           xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Harbour Gazette</title>
          <link>https://gazette.example/</link>
          <item>
            <title>Ferry timetable changes &amp; new pier</title>
            <link>/news/ferry</link>
            <guid isPermaLink="false">gazette-101</guid>
            <pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
            <dc:creator>Ada Quill</dc:creator>
            <description>Short teaser.</description>
            <content:encoded><![CDATA[<p>The ferry will run hourly.</p><p>The pier opens in May.</p>]]></content:encoded>
          </item>
          <item><title>Second</title><link>https://gazette.example/news/second</link></item>
        </channel>
      </rss>
      """;

  @Test
  void rss20EntriesKeepTheirFields() throws Exception {
    ParsedFeed f = parser.parse(RSS20, "https://gazette.example/feed.xml");
    assertThat(f.format()).isEqualTo("rss_2.0");
    assertThat(f.title()).isEqualTo("Harbour Gazette");
    FeedEntry e = f.entries().get(0);
    assertThat(e.title()).isEqualTo("Ferry timetable changes & new pier");
    assertThat(e.link()).isEqualTo("https://gazette.example/news/ferry");
    assertThat(e.id()).isEqualTo("gazette-101");
    assertThat(e.published()).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
    assertThat(e.authors()).containsExactly("Ada Quill");
    assertThat(e.content()).contains("The pier opens in May.");
    assertThat(e.summary()).isEqualTo("Short teaser.");
    assertThat(f.entries()).hasSize(2);
  }

  @Test
  void atom10() throws Exception {
    String atom =
        """
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="html">Valley &lt;b&gt;Notes&lt;/b&gt;</title>
          <link href="https://valley.example/"/>
          <entry>
            <id>tag:valley.example,2024:1</id>
            <title>Bridge reopens</title>
            <link rel="alternate" href="https://valley.example/bridge"/>
            <published>2024-04-01T08:00:00+02:00</published>
            <updated>2024-04-02T08:00:00Z</updated>
            <author><name>Bo Tern</name></author>
            <content type="html">&lt;p&gt;Traffic resumes.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;
    ParsedFeed f = parser.parse(atom, null);
    assertThat(f.format()).isEqualTo("atom_1.0");
    assertThat(f.title()).isEqualTo("Valley Notes");
    FeedEntry e = f.entries().get(0);
    assertThat(e.id()).isEqualTo("tag:valley.example,2024:1");
    assertThat(e.link()).isEqualTo("https://valley.example/bridge");
    assertThat(e.published()).isEqualTo(Instant.parse("2024-04-01T06:00:00Z"));
    assertThat(e.authors()).containsExactly("Bo Tern");
    assertThat(e.content()).isEqualTo("<p>Traffic resumes.</p>");
  }

  @Test
  void rss091WithNetscapeDoctypeAndHtmlEntities() throws Exception {
    String rss =
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
          "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Caf&eacute; news</title><link>http://c.example/</link>
        <description>d</description><language>en</language>
        <item><title>Menu&nbsp;update</title><link>http://c.example/menu</link></item>
        </channel></rss>
        """;
    ParsedFeed f = parser.parse(rss, null);
    assertThat(f.format()).startsWith("rss_0.9");
    assertThat(f.title()).isEqualTo("Café news");
    assertThat(f.entries().get(0).title()).isEqualTo("Menu\u00a0update");
  }

  @Test
  void rss10Rdf() throws Exception {
    String rdf =
        """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link>
            <description>x</description></channel>
          <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link>
            <dc:date>2024-01-02T03:04:05Z</dc:date></item>
        </rdf:RDF>
        """;
    ParsedFeed f = parser.parse(rdf, null);
    assertThat(f.format()).isEqualTo("rss_1.0");
    assertThat(f.entries().get(0).published()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
  }

  @Test
  void jsonFeed11And10() throws Exception {
    String v11 =
        """
        {"version":"https://jsonfeed.org/version/1.1","title":"J","home_page_url":"https://j.example/",
         "authors":[{"name":"Feed Author"}],
         "items":[{"id":"1","url":"https://j.example/a","title":"A","content_text":"Para one.\\n\\nPara two.",
                   "date_published":"2024-05-06T07:08:09-01:00"}]}
        """;
    ParsedFeed f = parser.parse(v11, null);
    assertThat(f.format()).isEqualTo("json_1.1");
    FeedEntry e = f.entries().get(0);
    assertThat(e.published()).isEqualTo(Instant.parse("2024-05-06T08:08:09Z"));
    assertThat(e.authors()).containsExactly("Feed Author");
    assertThat(e.content()).isEqualTo("<p>Para one.</p><p>Para two.</p>");
    String v10 =
        """
        {"version":"https://jsonfeed.org/version/1","title":"J","items":[
          {"id":"x","url":"https://j.example/x","content_html":"<p>Hi</p>","author":{"name":"Old Style"}}]}
        """;
    assertThat(parser.parse(v10, null).entries().get(0).authors()).containsExactly("Old Style");
  }

  @Test
  void truncatedFeedIsRecoveredWithAWarning() throws Exception {
    String cut = RSS20.substring(0, RSS20.indexOf("<item><title>Second") + 40);
    ParsedFeed f = parser.parse(cut, "https://gazette.example/feed.xml");
    assertThat(f.format()).isEqualTo("recovered");
    assertThat(f.warnings().get(0)).contains("not well-formed");
    assertThat(f.entries())
        .extracting(FeedEntry::title)
        .containsExactly("Ferry timetable changes & new pier", "Second");
    assertThat(f.entries().get(0).published()).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
  }

  @Test
  void xmlExternalEntitiesAreRefused() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <rss version="2.0"><channel><title>&xxe;</title></channel></rss>
        """;
    assertThatThrownBy(() -> parser.parse(xxe, null))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("declares XML entities");
  }

  @Test
  void billionLaughsIsRefused() {
    StringBuilder sb =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i < 10; i++) {
      sb.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">");
    }
    sb.append("]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
    assertThatThrownBy(() -> parser.parse(sb.toString(), null)).hasMessageContaining("entity");
  }

  @Test
  void htmlPageIsNotAFeedAndTheErrorNamesTheRealFeed() {
    String html =
        """
        <!DOCTYPE html><html><head><title>Home</title>
        <link rel="alternate" type="application/rss+xml" href="https://site.example/rss"></head>
        <body><p>Welcome</p></body></html>
        """;
    assertThatThrownBy(() -> parser.parse(html, null))
        .hasMessageContaining("HTML page, not a feed")
        .hasMessageContaining("https://site.example/rss");
  }

  @Test
  void feedWith100000EntriesIsCappedAndCounted() throws Exception {
    StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel><title>Big</title>");
    for (int i = 0; i < 100_000; i++) {
      sb.append("<item><title>t")
          .append(i)
          .append("</title><guid>g")
          .append(i)
          .append("</guid></item>");
    }
    sb.append("</channel></rss>");
    ParsedFeed f = parser.parse(sb.toString(), null);
    assertThat(f.entries()).hasSize(500);
    assertThat(f.totalEntries()).isEqualTo(100_000);
    assertThat(f.entries().get(0).id()).isEqualTo("g0");
    assertThat(f.warnings().get(0)).contains("100000 entries");
  }

  @Test
  void nulBytesAndControlCharactersDoNotBreakParsing() throws Exception {
    String withNul = RSS20.replace("Harbour Gazette", "Harbour\u0000 Gaz\u0007ette");
    assertThat(parser.parse(withNul, null).title()).isEqualTo("Harbour Gazette");
  }

  @Test
  void notAFeedAtAll() {
    assertThatThrownBy(() -> parser.parse("<note><to>x</to></note>", null))
        .isInstanceOf(FeedParseException.class);
    assertThatThrownBy(() -> parser.parse("{\"a\":1}", null))
        .hasMessageContaining("not a JSON Feed");
    assertThatThrownBy(() -> parser.parse("   ", null)).hasMessageContaining("empty");
  }

  @Test
  void opmlRoundTrip() throws Exception {
    List<Opml.Outline> list =
        List.of(
            new Opml.Outline(
                "Harbour \"Gazette\" & Co",
                "https://gazette.example/feed.xml",
                "https://gazette.example/"),
            new Opml.Outline("Valley", "https://valley.example/atom", null));
    String xml = Opml.write("My sources", list);
    assertThat(Opml.read(xml)).isEqualTo(list);
  }

  @Test
  void opmlNestedOutlinesAreFlattened() throws Exception {
    String opml =
        """
        <opml version="1.0"><body><outline text="News">
          <outline text="A" xmlUrl="https://a.example/rss"/>
          <outline text="Dup" xmlUrl="https://a.example/rss"/>
        </outline><outline text="no feed"/></body></opml>
        """;
    assertThat(Opml.read(opml))
        .containsExactly(new Opml.Outline("A", "https://a.example/rss", null));
  }
}
