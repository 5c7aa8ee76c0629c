package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.http.LoopbackServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Nothing lost" for feed polls: {@code storyline sources poll} runs as a real child process
 * against a loopback feed of {@value #ENTRIES} teaser entries (each one's article page is fetched
 * and extracted) and is killed with SIGKILL while it fetches and stores them. Everything stored
 * before the kill survives unchanged, the next poll finishes the feed without storing anything
 * twice (syndicated copies become sightings, as without the kill) and the pipeline gives every
 * article a story with a brief; a further poll stores nothing and changes no article, and removes
 * no story but by a logged repair merge that redirects.
 */
class KillMidPollIT {
  private static final int ENTRIES = 60;

  /** Every {@value #COPY_EVERY}th entry republishes the previous story at another address. */
  private static final int COPY_EVERY = 6;

  private static final int COPIES = ENTRIES / COPY_EVERY;
  private static final int STORIES = ENTRIES - COPIES;
  private static final int KILL_AFTER_PAGES = 20;
  private static final Pattern ADDED = Pattern.compile("^added (\\S+)");

  private static final String ARTICLE_ROWS =
      "select id, source, url, canonical_url, published, title, body,"
          + " text_hash, meta, ingested_at from article";
  private static final String SEEN_ROWS =
      "select entry_key, source_id, article_id, seen_at from source_entry";
  private static final String SIGHTING_ROWS =
      "select article_id || ' ' || url_hash, url, outlet, kind, seen_at" + " from article_sighting";

  @TempDir Path dir;

  @Test
  void killedPollOnTheEmbeddedDefaultLosesNothingAndFinishesOnRestart() throws Exception {
    killAndRestart(StorylineChild.embeddedDefault(dir));
  }

  @Test
  void killedPollOnPostgresLosesNothingAndFinishesOnRestart() throws Exception {
    killAndRestart(StorylineChild.onFreshPostgresSchema(dir, "pollkill"));
  }

  private void killAndRestart(StorylineChild db) throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      AtomicInteger pages = new AtomicInteger();
      CompletableFuture<Void> midPoll = new CompletableFuture<>();
      serve(server, pages, midPoll);
      String[] options = {
        "--storyline.fetch.allow-private-addresses=true", "--storyline.feeds.host-gap=0s"
      };
      String id =
          sourceId(
              db.run(
                  args(options, "sources", "add", server.url("/feed.xml"), "--interval", "30m")));

      Process poll = db.start(args(options, "sources", "poll"));
      List<String> output = Collections.synchronizedList(new ArrayList<>());
      StorylineChild.watch(poll, output, line -> false);
      try {
        midPoll.get(300, TimeUnit.SECONDS); // a deadline for a loaded machine
      } catch (java.util.concurrent.TimeoutException e) {
        throw new AssertionError(
            "the poll never fetched the pages:\n" + String.join("\n", output), e);
      }
      StorylineChild.kill(poll);

      Map<String, String> articles = db.rows(ARTICLE_ROWS);
      Map<String, String> seen = db.rows(SEEN_ROWS);
      Map<String, String> sightings = db.rows(SIGHTING_ROWS);
      assertThat(articles).as("stored before the kill").isNotEmpty().hasSizeLessThan(STORIES);
      assertIntactAndUnique(db);

      db.run(args(options, "sources", "poll"));
      assertThat(db.rows(ARTICLE_ROWS)).hasSize(STORIES).containsAllEntriesOf(articles);
      assertThat(db.rows(SEEN_ROWS)).hasSize(ENTRIES).containsAllEntriesOf(seen);
      assertThat(db.rows(SIGHTING_ROWS)).hasSize(COPIES).containsAllEntriesOf(sightings);
      assertIntactAndUnique(db);
      assertFinished(db, id);

      Map<String, String> before = db.rows(ARTICLE_ROWS);
      long stories = db.count("select count(*) from story");
      List<String> again = db.run(args(options, "sources", "poll", id));
      assertThat(String.join("\n", again))
          .contains(ENTRIES + " entries {ALREADY_SEEN=" + ENTRIES + "}");
      assertThat(db.rows(ARTICLE_ROWS)).isEqualTo(before);
      // the further poll stores nothing, but it is a restart: its first repair pass examines every
      // story held, and (rarely) finds a merge the passes after each batch did not see. Each
      // story it removes is a logged merge that redirects to the story it went to.
      List<String> merged = repairs(again, MERGED);
      long splits = repairs(again, SPLIT).size();
      assertThat(db.count("select count(*) from story"))
          .as("stories after a poll that stored nothing:\n%s", String.join("\n", again))
          .isEqualTo(stories - merged.size() + splits);
      for (String absorbed : merged) {
        assertThat(db.text("select to_id from story_redirect where from_id = '" + absorbed + "'"))
            .as("%s redirects", absorbed)
            .isNotNull();
      }
      assertIntactAndUnique(db);
      assertFinished(db, id);
    }
  }

  private static final Pattern MERGED = Pattern.compile("story repair: merged (\\S+) into");
  private static final Pattern SPLIT =
      Pattern.compile("story repair: split \\d+ articles of (\\S+)");

  /** The stories named by the repair log lines of a child's output that match {@code pattern}. */
  private static List<String> repairs(List<String> output, Pattern pattern) {
    List<String> ids = new ArrayList<>();
    for (String line : output) {
      Matcher m = pattern.matcher(line);
      if (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  private static String[] args(String[] options, String... words) {
    List<String> all = new ArrayList<>(List.of(words));
    all.addAll(List.of(options));
    return all.toArray(String[]::new);
  }

  private static String sourceId(List<String> output) {
    for (String line : output) {
      Matcher m = ADDED.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("no source added:\n" + String.join("\n", output));
  }

  /**
   * No article stored twice, every stored article's entry recorded, every sighting of a stored
   * article.
   */
  private static void assertIntactAndUnique(StorylineChild db) throws Exception {
    assertThat(
            db.count(
                "select count(*) from article where title is null or body is null"
                    + " or text_hash is null or published is null or meta is null"))
        .isZero();
    assertThat(db.count("select count(*) - count(distinct text_hash) from article")).isZero();
    assertThat(db.count("select count(*) - count(distinct canonical_url) from article")).isZero();
    assertThat(
            db.count(
                "select count(*) from article_sighting where article_id not in (select id from article)"))
        .isZero();
    assertThat(
            db.count(
                "select count(*) from source_entry where article_id is not null"
                    + " and article_id not in (select id from article)"))
        .isZero();
  }

  /**
   * The source is healthy and released, and the pipeline gave every article a story with a brief.
   */
  private static void assertFinished(StorylineChild db, String id) throws Exception {
    assertThat(
            db.count(
                "select count(*) from source where id = '"
                    + id
                    + "' and error_count = 0"
                    + " and claimed_until is null and last_success_at is not null"))
        .isEqualTo(1);
    assertThat(db.count("select count(*) from article_analysis")).isEqualTo(STORIES);
    assertThat(
            db.count(
                "select count(*) from article where story_id is null"
                    + " or story_id not in (select id from story)"))
        .as("articles without a story")
        .isZero();
    assertThat(db.count("select count(*) from story where brief is null"))
        .as("stories without a brief")
        .isZero();
  }

  /** The feed, and one article page per entry; the page fetches tell when the poll is half-way. */
  private static void serve(
      LoopbackServer server, AtomicInteger pages, CompletableFuture<Void> midPoll) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < ENTRIES; i++) {
      int story = i % COPY_EVERY == COPY_EVERY - 1 ? i - 1 : i;
      String link = server.url("/page/" + i);
      String published =
          java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
              java.time.ZonedDateTime.of(
                  2026, 3, 1 + story % 28, story % 24, 0, 0, 0, java.time.ZoneOffset.UTC));
      items.append(
          String.format(
              Locale.ROOT,
              "<item><guid isPermaLink=\"false\">quay-%d</guid><title>%s</title>"
                  + "<link>%s</link><pubDate>%s</pubDate><description>%s</description></item>",
              i,
              title(story),
              link,
              published,
              "A short teaser about " + TOWNS[story % TOWNS.length] + "."));
    }
    server.text(
        "/feed.xml",
        "application/rss+xml; charset=utf-8",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<rss version=\"2.0\"><channel><title>Quayside Courier</title><link>"
            + server.url("/")
            + "</link>"
            + items
            + "</channel></rss>");
    server.on(
        "/page/",
        ex -> {
          int i = Integer.parseInt(ex.getRequestURI().getPath().substring("/page/".length()));
          int story = i % COPY_EVERY == COPY_EVERY - 1 ? i - 1 : i;
          LoopbackServer.send(
              ex,
              200,
              "text/html; charset=utf-8",
              page(story).getBytes(java.nio.charset.StandardCharsets.UTF_8));
          if (pages.incrementAndGet() == KILL_AFTER_PAGES) {
            midPoll.complete(null);
          }
        });
  }

  private static final String[] TOWNS = {
    "Orvik",
    "Telmar",
    "Brask",
    "Holleby",
    "Quenton",
    "Marsk",
    "Ilvers",
    "Dunmore",
    "Pellworth",
    "Kestrel"
  };
  private static final String[] SUBJECTS = {
    "harbour crane",
    "ferry timetable",
    "fish market",
    "lighthouse",
    "sea wall",
    "dry dock",
    "pilot boat",
    "customs shed",
    "tide gauge",
    "marina"
  };
  private static final String[] ACTORS = {
    "the port authority",
    "the fishermen's union",
    "the town council",
    "a shipping company",
    "the coast guard",
    "local traders"
  };

  private static String title(int story) {
    return String.format(
        Locale.ROOT,
        "%s %s: plan number %d",
        TOWNS[story % TOWNS.length],
        SUBJECTS[(story / TOWNS.length) % SUBJECTS.length],
        story);
  }

  /** An invented article of about 150 words whose wording differs from story to story. */
  private static String page(int story) {
    String town = TOWNS[story % TOWNS.length];
    String subject = SUBJECTS[(story / TOWNS.length + story) % SUBJECTS.length];
    String actor = ACTORS[story % ACTORS.length];
    String other = ACTORS[(story + 3) % ACTORS.length];
    int money = 3 + story * 7 % 90;
    int weeks = 2 + story % 11;
    StringBuilder p = new StringBuilder();
    p.append(
        String.format(
            Locale.ROOT,
            "<p>In %s, %s presented plan %d for the %s on day %d, asking for %d"
                + " million to be spent over %d weeks.</p>",
            town,
            actor,
            story,
            subject,
            story * 13 % 29,
            money,
            weeks));
    p.append(
        String.format(
            Locale.ROOT,
            "<p>%s objected that the %s had been repaired only %d years ago and"
                + " that %d households near the %s quarter would lose access during the works.</p>",
            Character.toUpperCase(other.charAt(0)) + other.substring(1),
            subject,
            2 + story % 9,
            40 + story * 17,
            town));
    for (int k = 0; k < 6; k++) {
      p.append(
          String.format(
              Locale.ROOT,
              "<p>Point %d of plan %d: %s wants item %d reviewed by %s before"
                  + " week %d, at a cost of %d thousand.</p>",
              k + 1,
              story,
              actor,
              story * 31 + k,
              other,
              weeks + k,
              (story + 1) * (k + 2) * 11));
    }
    return "<html><head><title>"
        + title(story)
        + "</title></head><body><nav><a href=\"/\">Home</a></nav>"
        + "<article><h1>"
        + title(story)
        + "</h1>"
        + p
        + "</article><footer>Quayside Courier</footer></body></html>";
  }
}
