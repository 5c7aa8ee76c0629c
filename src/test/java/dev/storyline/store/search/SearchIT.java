package dev.storyline.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.TestDatabases;
import dev.storyline.app.StorylineApplication;
import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Search and outlet pages over the small test corpus (two stories, six articles). */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    classes = StorylineApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "storyline.sample.import-on-start=false")
class SearchIT {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @Autowired PipelineRunner runner;
  @Autowired JdbcTemplate jdbc;
  @Autowired SearchIndex index;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void corpus() throws Exception {
    if (jdbc.queryForObject("select count(*) from article", Integer.class) == 0) {
      runner.importFiles(
          List.of(Path.of("src/test/resources/pipeline/small.jsonl")), Progress.silent());
    }
    index.refresh(); // the index has taken in the corpus (freshness: newArticlesAreFound...)
  }

  List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(h -> h.kind() + ":" + h.id()).toList();
  }

  @Test
  void wordsFindTheStoryAndItsArticlesButNotTheOtherStory() {
    String tram =
        jdbc.queryForObject("select story_id from article where id = 't-a1'", String.class);
    List<String> found = ids(index.search("tram", null, null, null, 20));
    assertThat(found)
        .contains("story:" + tram, "article:t-a1", "article:t-a2", "article:t-a3")
        .noneMatch(id -> id.startsWith("article:t-b"));
  }

  @Test
  void phrasesMustMatchInOrder() {
    assertThat(ids(index.search("\"eastern tram extension\"", null, null, null, 20)))
        .contains("article:t-a1");
    assertThat(index.search("\"extension tram eastern\"", null, null, null, 20)).isEmpty();
  }

  @Test
  void outletAndDateFiltersNarrowTheResults() {
    assertThat(ids(index.search("tram", null, null, "civic wire", 20)))
        .contains("article:t-a2")
        .doesNotContain("article:t-a1", "article:t-a3");
    assertThat(index.search("tram", null, LocalDate.parse("2026-05-09"), null, 20)).isEmpty();
    assertThat(
            index.search(
                "tram", LocalDate.parse("2026-05-10"), LocalDate.parse("2026-05-10"), null, 20))
        .isNotEmpty();
  }

  @Test
  void snippetsMarkTheMatchedWords() {
    SearchHit hit = index.search("reservoirs", null, null, null, 5).get(0);
    assertThat(hit.snippet()).anyMatch(p -> p.match() && p.text().equalsIgnoreCase("reservoirs"));
  }

  @Test
  void newArticlesAreFoundAfterTheyArrive() throws Exception {
    assertThat(index.search("builder", null, null, null, 5)).isEmpty();
    runner.importFiles(
        List.of(Path.of("src/test/resources/readers/update.jsonl")), Progress.silent());
    // a search waits briefly for the index to catch up, else reads it as it stands: the new
    // article is found within a few searches at most
    List<String> found = List.of();
    for (int i = 0; i < 100 && !found.contains("article:t-a4"); i++) {
      found = ids(index.search("builder", null, null, null, 5));
    }
    assertThat(found).contains("article:t-a4");
  }

  @Test
  void searchAndOutletPagesRenderWithoutSignIn() {
    Document results = Jsoup.parse(http.getForObject("/search?q=reservoirs", String.class));
    assertThat(results.select(".search-results li")).isNotEmpty();
    assertThat(results.select(".snippet mark").eachText())
        .allMatch(t -> t.equalsIgnoreCase("reservoirs"));
    Document garbled = Jsoup.parse(http.getForObject("/search?q=\"unclosed AND (", String.class));
    assertThat(garbled.select("h1").text()).isEqualTo("Search");
    Document outlet = Jsoup.parse(http.getForObject("/outlets/Civic Wire", String.class));
    assertThat(outlet.select("h1").text()).isEqualTo("Civic Wire");
    assertThat(outlet.select(".outlet-articles li").text())
        .contains("Tram extension wins council vote in Varnholt")
        .contains("Drought forces water limits across Kessel Valley");
    assertThat(outlet.select(".outlet-stories li")).hasSize(2);
  }

  @Test
  void queriesLuceneCannotRunGetA400PageSayingWhyAndNoErrorInTheLog(CapturedOutput log) {
    ResponseEntity<String> regex =
        http.getForEntity("/search?q={q}", String.class, "/(a|b)*a(a|b){30}/");
    assertThat(regex.getStatusCode().value()).isEqualTo(400);
    assertThat(Jsoup.parse(regex.getBody()).select(".problem").text())
        .contains("regular expression is too complex");
    ResponseEntity<String> date =
        http.getForEntity("/search?q=tram&from={d}", String.class, "last tuesday");
    assertThat(date.getStatusCode().value()).isEqualTo(400);
    assertThat(Jsoup.parse(date.getBody()).select(".problem").text()).contains("2026-05-10");

    String many = String.join(" OR ", words(1100));
    assertThatThrownBy(() -> index.search(many, null, null, null, 10))
        .isInstanceOf(SearchIndex.UnsearchableQueryException.class)
        .hasMessageContaining("too many parts");
    assertThat(
            http.getForEntity("/search?q={q}", String.class, "/colou?r/").getStatusCode().value())
        .isEqualTo(200);
    assertThat(log.getOut() + log.getErr())
        .doesNotContain("request failed")
        .doesNotContain(" ERROR ");
  }

  private static List<String> words(int n) {
    return java.util.stream.IntStream.range(0, n).mapToObj(i -> "word" + i).toList();
  }
}
