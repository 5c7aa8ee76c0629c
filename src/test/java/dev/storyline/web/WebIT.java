package dev.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.storyline.app.StorylineApplication;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The running service over real HTTP on loopback, after the sample corpus was imported on start:
 * front page, story pages, storyline timeline, JSON API, Atom feed, error answers and a second
 * start on the same database. Runs on H2; {@link PostgresWebIT} runs it on PostgreSQL.
 */
class WebIT extends SampleSite {
  /** The seed page's sections in its order, then the source list. */
  static final List<String> PAGE_SECTIONS =
      List.of(
          "headline",
          "why_it_matters",
          "key_points",
          "summary",
          "explainer",
          "sides",
          "noise",
          "forecast",
          "timeline",
          "discussion",
          "sources");

  static final String DISCLAIMER = "Based on current signals. Events may develop differently.";

  @Autowired JdbcTemplate jdbc;
  @Autowired Environment environment;
  @Autowired SiteUrl site;

  @Test
  void frontPageListsTheNewestDaysStoriesLoudestFirst() {
    Map<String, JsonNode> cards = allCards();
    LocalDate newestDay = SampleCorpus.newestDay();
    Set<String> expected =
        cards.values().stream()
            .filter(c -> day(c.path("last_published").asText()).equals(newestDay))
            .map(c -> c.path("url").asText())
            .collect(Collectors.toSet());
    assertThat(expected).as("stories updated on %s", newestDay).hasSizeGreaterThan(1);

    List<Element> links = page("/").select("section.cards article.card h3 a");
    List<String> shown = links.stream().map(a -> a.attr("href")).toList();
    assertThat(shown).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);

    Map<String, Integer> scoreByUrl =
        cards.values().stream()
            .collect(
                Collectors.toMap(
                    c -> c.path("url").asText(), c -> c.path("noise").path("score").asInt()));
    List<Integer> scores = shown.stream().map(scoreByUrl::get).toList();
    assertThat(scores).as("noise scores in front page order").isSortedAccordingTo((a, b) -> b - a);
  }

  @Test
  void everyFrontPageCardLinksToItsStoryPage() {
    Document front = page("/");
    for (Element card : front.select("section.cards article.card")) {
      Element link = card.selectFirst("h3 a");
      assertThat(card.select(".card-noise .gauge-score").text()).matches("\\d{1,3}");
      assertThat(card.select(".outlets").text()).isNotBlank();
      Document story = page(link.attr("href"));
      assertThat(story.location()).endsWith(link.attr("href"));
      assertThat(story.selectFirst("section[data-section=headline] h1 .line-text").text())
          .isEqualTo(link.text());
    }
  }

  @Test
  void everyStoryPageHasEverySectionInSeedOrderAndEveryLineCitesAListedSource() {
    for (JsonNode card : allCards().values()) {
      String url = card.path("url").asText();
      Document doc = page(url);
      Element brief = doc.selectFirst("article.brief");
      List<String> sections = brief.select("section[data-section]").eachAttr("data-section");
      assertThat(sections).as(url).containsExactlyElementsOf(PAGE_SECTIONS);
      JsonNode gaps = json(card.path("api_url").asText()).path("gaps");
      for (Element section : brief.select("section[data-section]")) {
        assertSectionHasContentOrGap(url, section, gaps);
      }
      assertEveryLineCitesAListedSource(url, brief);
      Element forecast = brief.selectFirst("section[data-section=forecast]");
      assertThat(forecast.children().last().text()).as(url).isEqualTo(DISCLAIMER);
      assertThat(forecast.text()).as(url).endsWith(DISCLAIMER);
      assertThat(milestoneDates(doc))
          .as("timeline of %s, newest first", url)
          .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }
  }

  @Test
  void theHalvardLumenTimelineRunsNewestFirstBackToTheFirstYearOfTheSaga() {
    List<SampleCorpus.Entry> saga = SampleCorpus.storyline("halvard-lumen");
    String newestArticle = saga.get(saga.size() - 1).id();
    int firstYear = saga.get(0).published().atOffset(ZoneOffset.UTC).getYear();
    int lastYear = saga.get(saga.size() - 1).published().atOffset(ZoneOffset.UTC).getYear();
    assertThat(lastYear - firstYear).as("the sample saga spans years").isGreaterThanOrEqualTo(3);

    JsonNode story = storyCiting(newestArticle);
    List<LocalDate> dates = milestoneDates(page(story.path("url").asText()));
    assertThat(dates).hasSizeGreaterThanOrEqualTo(3).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(dates.get(0).getYear()).isEqualTo(lastYear);
    assertThat(dates.get(dates.size() - 1).getYear()).isLessThanOrEqualTo(firstYear);

    List<LocalDate> apiDates = new ArrayList<>();
    story.path("timeline").forEach(m -> apiDates.add(LocalDate.parse(m.path("date").asText())));
    assertThat(apiDates).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void storyListApiHasTheDocumentedShape() {
    JsonNode list = json("/api/stories");
    assertThat(list.path("limit").asInt()).isEqualTo(50);
    assertThat(list.path("count").asInt()).isEqualTo(list.path("stories").size()).isPositive();
    List<Instant> updated = new ArrayList<>();
    for (JsonNode card : list.path("stories")) {
      String id = card.path("id").asText();
      assertThat(id).isNotBlank();
      assertThat(card.path("headline").asText()).isNotBlank();
      assertThat(card.path("url").asText()).startsWith("/stories/" + id);
      assertThat(card.path("api_url").asText()).isEqualTo("/api/stories/" + id);
      assertThat(card.path("articles").asInt()).isPositive();
      assertThat(card.path("outlets").size()).isBetween(1, card.path("articles").asInt());
      assertThat(card.path("noise").path("score").asInt()).isBetween(0, 100);
      assertThat(card.path("noise").path("basis").asText()).isNotBlank();
      Instant first = Instant.parse(card.path("first_published").asText());
      Instant last = Instant.parse(card.path("last_published").asText());
      assertThat(first).isBeforeOrEqualTo(last);
      updated.add(last);
    }
    assertThat(updated)
        .as("most recently updated first")
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(json("/api/stories?limit=3").path("stories").size()).isEqualTo(3);
  }

  @Test
  void storyApiCarriesEverySectionWithSourceReferences() {
    for (JsonNode card : allCards().values()) {
      String id = card.path("id").asText();
      JsonNode story = json("/api/stories/" + id);
      assertThat(story.path("id").asText()).isEqualTo(id);
      assertThat(story.path("card").path("headline").asText())
          .isEqualTo(card.path("headline").asText());
      assertThat(story.path("storyline").path("url").asText()).startsWith("/storylines/");
      List<String> sections = new ArrayList<>();
      story.path("sections").forEach(s -> sections.add(s.asText()));
      assertThat(sections).containsExactlyElementsOf(PAGE_SECTIONS.subList(0, 9));
      Set<String> sourceIds = new java.util.HashSet<>();
      story.path("sources").forEach(s -> sourceIds.add(s.path("article").asText()));
      assertThat(sourceIds).as(id).isNotEmpty();
      for (JsonNode line : ownLines(story)) {
        assertThat(line.path("text").asText()).as(id).isNotBlank();
        assertThat(line.path("refs").size()).as("refs of %s", line.path("text")).isPositive();
        line.path("refs")
            .forEach(r -> assertThat(sourceIds).as(id).contains(r.path("article").asText()));
      }
      story
          .path("timeline")
          .forEach(m -> assertThat(m.path("line").path("refs").size()).isPositive());
      assertThat(story.path("forecast").path("disclaimer").asText()).isEqualTo(DISCLAIMER);
      for (String section :
          List.of("why_it_matters", "key_points", "summary", "sides", "timeline")) {
        if (story.path(section).isEmpty()) {
          assertThat(story.path("gaps").path(section).asText())
              .as("%s gap of %s", section, id)
              .isNotBlank();
        }
      }
    }
  }

  @Test
  void atomFeedParsesAndLinksTheLatestStories() throws Exception {
    HttpResponse<String> response = get("/feed.atom");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    // The feed links to the site's configured public address, never the request's Host.
    List<String> expected = new ArrayList<>();
    json("/api/stories")
        .path("stories")
        .forEach(c -> expected.add(site.base() + c.path("url").asText()));
    assertThat(feed.getEntries())
        .extracting(SyndEntry::getLink)
        .containsExactlyElementsOf(expected);
    for (SyndEntry entry : feed.getEntries()) {
      assertThat(entry.getTitle()).isNotBlank();
      assertThat(entry.getUpdatedDate() != null || entry.getPublishedDate() != null).isTrue();
    }
    String first = feed.getEntries().get(0).getLink().substring(site.base().length());
    assertThat(get(first).statusCode()).isEqualTo(200);
  }

  @Test
  void unknownStoryIsAHelpful404Page() {
    HttpResponse<String> response = get("/stories/no-such-story-42");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    Document doc = org.jsoup.Jsoup.parse(response.body(), base() + "/stories/no-such-story-42");
    assertThat(doc.select("main a[href=/]")).isNotEmpty();
    assertThat(doc.select("main").text()).contains("no-such-story-42");
    List<String> latest = doc.select("main .story-list a").eachAttr("href");
    assertThat(latest)
        .isNotEmpty()
        .allSatisfy(href -> assertThat(get(href).statusCode()).isEqualTo(200));
  }

  @Test
  void unknownStoryInTheApiIsA404Problem() {
    HttpResponse<String> response = get("/api/stories/nope");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = parse(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(404);
    assertThat(problem.path("detail").asText()).contains("nope");
    assertThat(problem.path("instance").asText()).isEqualTo("/api/stories/nope");
  }

  @Test
  void aLimitOutOfRangeIsA400Problem() {
    HttpResponse<String> response = get("/api/stories?limit=0");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(parse(response.body()).path("detail").asText()).contains("limit");
    assertThat(get("/api/stories?limit=abc").statusCode()).isEqualTo(400);
  }

  @Test
  void aSecondStartOnTheSameDatabaseImportsNothingTwice() {
    String imported =
        jdbc.queryForObject(
            "select state_value from app_state where state_key = 'sample_imported'", String.class);
    Map<String, Object> before = counts();
    assertThat((Number) before.get("articles"))
        .satisfies(n -> assertThat(n.intValue()).isBetween(1, SampleCorpus.entries().size()));
    long started = System.nanoTime();
    try (ConfigurableApplicationContext again =
        new SpringApplicationBuilder(StorylineApplication.class)
            .web(WebApplicationType.NONE)
            .run(sameDatabaseArgs())) {
      System.out.printf(
          "[storyline-it] second start on the same database: %.1f s%n",
          (System.nanoTime() - started) / 1e9);
    }
    assertThat(counts()).isEqualTo(before);
    assertThat(
            jdbc.queryForObject(
                "select state_value from app_state where state_key = 'sample_imported'",
                String.class))
        .isEqualTo(imported);
  }

  // --- helpers ------------------------------------------------------------------------------

  /** Every story of the site by URL, read from the API (all fit under its maximum limit). */
  Map<String, JsonNode> allCards() {
    JsonNode list = json("/api/stories?limit=200");
    assertThat(list.path("count").asInt()).as("all stories fit in one page").isLessThan(200);
    Map<String, JsonNode> cards = new java.util.LinkedHashMap<>();
    list.path("stories").forEach(c -> cards.put(c.path("url").asText(), c));
    return cards;
  }

  private JsonNode storyCiting(String articleId) {
    for (JsonNode card : allCards().values()) {
      JsonNode story = json(card.path("api_url").asText());
      for (JsonNode source : story.path("sources")) {
        if (source.path("article").asText().equals(articleId)) {
          return story;
        }
      }
    }
    throw new AssertionError("no story lists article " + articleId + " among its sources");
  }

  private static void assertSectionHasContentOrGap(String url, Element section, JsonNode gaps) {
    String key = section.attr("data-section");
    Element gap = section.selectFirst(".gap");
    String body =
        section.children().stream()
            .filter(e -> !e.tagName().matches("h[1-3]"))
            .map(Element::text)
            .collect(Collectors.joining(" "))
            .strip();
    assertThat(body).as("%s of %s", key, url).isNotBlank();
    if (gap != null) {
      assertThat(gap.text()).as("gap of %s in %s", key, url).isNotBlank();
      assertThat(gaps.path(key).asText()).as("API gap of %s in %s", key, url).isEqualTo(gap.text());
    }
  }

  /** Every sentence of the brief is followed by links, each to an entry of the Sources list. */
  private static void assertEveryLineCitesAListedSource(String url, Element brief) {
    Set<String> anchors =
        new java.util.HashSet<>(
            brief.select("section[data-section=sources] ol.sources > li[id]").eachAttr("id"));
    assertThat(anchors).as("sources of %s", url).isNotEmpty();
    List<Element> lines = brief.select("span.line-text");
    assertThat(lines).as("lines of %s", url).isNotEmpty();
    for (Element line : lines) {
      Element refs = line.nextElementSibling();
      assertThat(refs).as("refs after '%s'", line.text()).isNotNull();
      assertThat(refs.is("sup.refs")).isTrue();
      List<String> hrefs = refs.select("a.src").eachAttr("href");
      assertThat(hrefs)
          .as("links of '%s' on %s", line.text(), url)
          .isNotEmpty()
          .allSatisfy(
              h ->
                  assertThat(h)
                      .startsWith("#")
                      .satisfies(x -> assertThat(anchors).contains(x.substring(1))));
    }
  }

  static List<LocalDate> milestoneDates(Document doc) {
    return doc
        .select("section[data-section=timeline] time.milestone-date")
        .eachAttr("datetime")
        .stream()
        .map(WebIT::firstDay)
        .toList();
  }

  /** {@code 2022}, {@code 2022-03} or {@code 2022-03-15} as the first day it covers. */
  static LocalDate firstDay(String iso) {
    return switch (iso.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
      case 7 -> LocalDate.parse(iso + "-01");
      default -> LocalDate.parse(iso);
    };
  }

  private static LocalDate day(String instant) {
    return Instant.parse(instant).atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /** The lines of the story's own sections (the timeline may cite other stories). */
  private static List<JsonNode> ownLines(JsonNode story) {
    List<JsonNode> lines = new ArrayList<>();
    lines.add(story.path("headline"));
    for (String list : List.of("why_it_matters", "key_points", "summary")) {
      story.path(list).forEach(lines::add);
    }
    story.path("explainer").path("lines").forEach(lines::add);
    story.path("explainer").path("glosses").forEach(g -> lines.add(g.path("line")));
    story.path("sides").forEach(c -> c.path("stances").forEach(s -> lines.add(s.path("line"))));
    story.path("forecast").path("items").forEach(f -> lines.add(f.path("line")));
    return lines;
  }

  private Map<String, Object> counts() {
    Map<String, Object> counts = new HashMap<>();
    for (String table : List.of("article", "article_analysis", "story", "storyline", "app_state")) {
      counts.put(
          table.equals("article") ? "articles" : table,
          jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    counts.put(
        "last_brief",
        String.valueOf(jdbc.queryForObject("select max(brief_written) from story", Object.class)));
    return counts;
  }

  /** Command-line options that point a second application at this test's database. */
  private String[] sameDatabaseArgs() {
    List<String> args = new ArrayList<>();
    for (String key :
        List.of(
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "spring.flyway.schemas",
            "spring.flyway.create-schemas")) {
      String value = environment.getProperty(key);
      if (value != null) {
        args.add("--" + key + "=" + value);
      }
    }
    args.add("--spring.main.web-application-type=none");
    return args.toArray(String[]::new);
  }
}
