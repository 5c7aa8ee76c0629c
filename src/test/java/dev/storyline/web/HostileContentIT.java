package dev.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.TestDatabases;
import dev.storyline.app.StorylineApplication;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile text and URLs in the input reach no output: a title with control characters, a lone
 * surrogate and U+FFFF is cleaned at ingest (stored, HTML, JSON and Atom all stay valid), an
 * article URL with a {@code javascript:} scheme never leaves through the JSON API, and feeds build
 * their absolute links from the configured base URL, whatever {@code Host} a client sends.
 */
@SpringBootTest(
    classes = StorylineApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "storyline.sample.import-on-start=false",
      "storyline.readers.base-url=https://news.example/",
      TestDatabases.H2_URL + "hostile-content-it" + TestDatabases.H2_OPTIONS
    })
class HostileContentIT {
  static final String TITLE = "Council\\u0001 votes\\u0007 on the \\ud800harbour\\uffff budget";

  @TempDir static Path dir;
  @LocalServerPort int port;
  @Autowired PipelineRunner runner;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  String storyId;

  @BeforeEach
  void imported() throws Exception {
    if (jdbc.queryForObject("select count(*) from article", Integer.class) == 0) {
      Path file = dir.resolve("hostile.jsonl");
      Files.writeString(
          file,
          "{\"id\":\"h-1\",\"source\":\"Harbour\\u0002 Post\",\"url\":\"javascript:alert(1)\","
              + "\"published\":\"2026-05-10T08:00:00Z\",\"title\":\""
              + TITLE
              + "\",\"text\":\"The harbour board approved the budget\\u0000 on Friday after two"
              + " years of debate. Fishermen welcomed the decision.\\n\\nThe work will last"
              + " eighteen months and cost about twelve million.\"}\n",
          StandardCharsets.UTF_8);
      runner.importFiles(List.of(file), Progress.silent());
    }
    storyId = jdbc.queryForObject("select story_id from article where id = 'h-1'", String.class);
  }

  @Test
  void controlCharactersAreCleanedAtIngestAndEveryOutputStaysValid() throws Exception {
    String title = jdbc.queryForObject("select title from article where id = 'h-1'", String.class);
    assertThat(title).isEqualTo("Council votes on the harbour budget");
    assertThat(jdbc.queryForObject("select source from article where id = 'h-1'", String.class))
        .isEqualTo("Harbour Post");

    String atom = http.getForObject("/feed.atom", String.class);
    assertThat(parsesAsXml(atom)).isTrue();
    assertThat(atom).contains("Council votes on the harbour budget");
    String storyAtom = http.getForObject("/stories/" + storyId + "/feed.atom", String.class);
    assertThat(parsesAsXml(storyAtom)).isTrue();

    String json = http.getForObject("/api/stories/" + storyId, String.class);
    new ObjectMapper().readTree(json); // throws on invalid JSON
    String page = http.getForObject("/stories/" + storyId, String.class);
    for (String out : List.of(atom, storyAtom, json, page)) {
      assertThat(out.chars()).noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
      assertThat(out).doesNotContain("\uffff");
    }
  }

  @Test
  void onlyHttpUrlsLeaveThroughTheApi() {
    String json = http.getForObject("/api/stories/" + storyId, String.class);
    assertThat(json).doesNotContainIgnoringCase("javascript:");
    String page = http.getForObject("/stories/" + storyId, String.class);
    assertThat(page).doesNotContainIgnoringCase("javascript:");
  }

  @Test
  void feedLinksUseTheConfiguredBaseUrlWhateverTheHostHeaderSays() throws Exception {
    for (String path : List.of("/feed.atom", "/stories/" + storyId + "/feed.atom")) {
      String atom = withHost(path, "evil.example");
      assertThat(atom).doesNotContain("evil.example").contains("href=\"https://news.example/");
    }
  }

  private String withHost(String path, String host) throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(20_000);
      s.getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      InputStream in = s.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 200");
      return answer;
    }
  }

  private static boolean parsesAsXml(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return true;
  }
}
