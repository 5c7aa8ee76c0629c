package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Nothing lost": runs {@code storyline import} as a real child process, kills it with SIGKILL
 * while it stores articles and again while it analyzes them, then lets a third run finish. Rows
 * stored before each kill survive unchanged, nothing is stored twice, and the finished run leaves
 * every article of the file in a story with a brief. It runs on the embedded default database (the
 * H2 file URL of {@code application.yml}) and on PostgreSQL (the {@code STORYLINE_TEST_PG_URL}
 * database that {@code .ci/run} starts, in a fresh schema; skipped without it).
 *
 * <p>What survives a kill is what the database had written: the test therefore captures the rows
 * after each kill, and the restart stores whatever was missing.
 */
class KillMidImportIT {
  private static final int TOPICS = 30;
  private static final int PER_TOPIC = 10;
  private static final int ARTICLES = TOPICS * PER_TOPIC;

  /** Syndicated copies (same title and text elsewhere) after each article: duplicates to skip. */
  private static final int COPIES = 4;

  private static final Pattern ANALYZE = Pattern.compile("^analyze: (\\d+)/(\\d+)");

  @TempDir Path dir;

  @Test
  void killedImportOnTheEmbeddedDefaultLosesNothingAndFinishesWithoutDuplicatesOnRestart()
      throws Exception {
    killTwiceAndFinish(StorylineChild.embeddedDefault(dir));
  }

  @Test
  void killedImportOnPostgresLosesNothingAndFinishesWithoutDuplicatesOnRestart() throws Exception {
    killTwiceAndFinish(StorylineChild.onFreshPostgresSchema(dir, "kill"));
  }

  private void killTwiceAndFinish(StorylineChild db) throws Exception {
    Path file = dir.resolve("articles.jsonl");
    Set<String> ids = writeCorpus(file);

    runAndKill(db, file, line -> line.contains("rejected input"));
    Map<String, String> storedAtFirstKill = db.rows(ARTICLE_ROWS);
    assertThat(storedAtFirstKill).as("killed while storing").isNotEmpty().hasSizeLessThan(ARTICLES);
    assertThat(ids).containsAll(storedAtFirstKill.keySet());
    assertIntactAndUnique(db);

    runAndKill(db, file, KillMidImportIT::halfAnalyzed);
    Map<String, String> storedAtSecondKill = db.rows(ARTICLE_ROWS);
    Map<String, String> analyzedAtSecondKill = db.rows(ANALYSIS_ROWS);
    assertThat(storedAtSecondKill).containsAllEntriesOf(storedAtFirstKill);
    assertThat(analyzedAtSecondKill)
        .as("killed while analyzing")
        .isNotEmpty()
        .hasSizeLessThan(ARTICLES);
    assertIntactAndUnique(db);

    db.run("import", file.toString()); // import turns feed polling off itself

    assertThat(db.rows(ARTICLE_ROWS).keySet()).isEqualTo(ids);
    assertThat(db.rows(ARTICLE_ROWS)).containsAllEntriesOf(storedAtSecondKill);
    assertThat(db.rows(ANALYSIS_ROWS)).containsAllEntriesOf(analyzedAtSecondKill).hasSize(ARTICLES);
    assertIntactAndUnique(db);
    assertThat(
            db.count(
                "select count(*) from article where story_id is null"
                    + " or story_id not in (select id from story)"))
        .as("articles without a story")
        .isZero();
    assertThat(db.count("select count(*) from story where brief is null"))
        .as("stories without a brief")
        .isZero();
    assertThat(db.count("select count(*) from story"))
        .isBetween((long) TOPICS / 3, (long) ARTICLES / 2);
  }

  /** Article rows as stored (story assignment excluded: it is set later): id to a checksum. */
  private static final String ARTICLE_ROWS =
      "select id, source, url, canonical_url, published, title,"
          + " body, text_hash, meta, ingested_at from article";

  private static final String ANALYSIS_ROWS =
      "select article_id, sentences, title_entities, embedding,"
          + " sentence_embeddings from article_analysis";

  private static void runAndKill(StorylineChild db, Path file, Predicate<String> when)
      throws Exception {
    Process child = db.start("import", file.toString());
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Void> seen = StorylineChild.watch(child, output, when);
    try {
      seen.get(300, TimeUnit.SECONDS); // a deadline for slow start-ups, not a timing check
    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
      throw new AssertionError(
          "child never reached the kill point:\n" + String.join("\n", output), e);
    }
    StorylineChild.kill(child);
  }

  /** A progress line saying that at least half of the pending articles are analyzed. */
  private static boolean halfAnalyzed(String line) {
    Matcher m = ANALYZE.matcher(line);
    return m.find()
        && Integer.parseInt(m.group(2)) > 0
        && 2 * Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2));
  }

  /** Every stored article has all its fields, and no text or address is stored twice. */
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
                "select count(*) from article_analysis where article_id not in"
                    + " (select id from article)"))
        .isZero();
  }

  /**
   * {@value #TOPICS} made-up events with {@value #PER_TOPIC} differently worded reports each (three
   * sentences of {@link #SENTENCES} each, no two reports sharing more than one, each event in a
   * town of its own, so no report is a near duplicate of another), each report followed by {@value
   * #COPIES} copies at other addresses, and one malformed line 60 % of the way into the file (its
   * logged rejection tells the test that storing is under way).
   */
  private static Set<String> writeCorpus(Path file) throws IOException {
    // a town of its own per event: reports of two events never read alike
    String[] stems = {
      "Orv", "Tel", "Brask", "Holl", "Quent", "Marsk", "Ilv", "Dunm", "Kestr", "Pellw"
    };
    String[] endings = {"ik", "by", "mouth"};
    String[] works = {"bridge", "library", "water plant", "tram depot", "ferry pier", "school"};
    String[] places = {"harbour", "old mill", "station", "river", "market"};
    Set<String> ids = new LinkedHashSet<>();
    List<String> lines = new ArrayList<>();
    for (int t = 0; t < TOPICS; t++) {
      String town = stems[t % stems.length] + endings[t / stems.length % endings.length];
      String work = works[t % works.length];
      int cost = 20 + 7 * t;
      for (int k = 0; k < PER_TOPIC; k++) {
        String id = String.format(Locale.ROOT, "kill-%02d-%02d", t, k);
        ids.add(id);
        String day = String.format(Locale.ROOT, "2026-03-%02dT%02d:%02d:00Z", 1 + t % 27, 6 + k, t);
        String title =
            String.format(
                Locale.ROOT, "%s approves %d million %s plan, report %d", town, cost, work, k + 1);
        String text = report(k, town, work + " by the " + places[t % places.length], cost);
        lines.add(
            line(id, "Outlet " + k, "https://outlet" + k + ".example/" + id, day, title, text));
        for (int c = 0; c < COPIES; c++) {
          lines.add(
              line(
                  id + "-copy" + c,
                  "Wire copy " + c,
                  "https://copy" + c + ".example/" + id,
                  day,
                  title,
                  text));
        }
      }
    }
    lines.add(lines.size() * 6 / 10, "{\"id\": broken");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return ids;
  }

  private static final int[] OFFSETS = {0, 1, 3};

  /** Ways to tell of one event; a report takes three of them. */
  private static final String[] SENTENCES = {
    "The %1$s council approved a new %2$s costing %3$d million crowns on Monday after a long debate.",
    "Mayor Ada Lind of %1$s said work on the %2$s would start in the spring and end within two years.",
    "Critics on the council called the %3$d million crown budget for the %2$s far too high for a town"
        + " the size of %1$s.",
    "Residents of %1$s have waited almost a decade for the %2$s, according to a local survey.",
    "Builders will bid for the contract over the summer, and the cheapest serious offer is expected"
        + " to win the %2$s job in %1$s.",
    "Opposition members in %1$s asked for a public hearing before any money is spent on the %2$s.",
    "The regional government has promised to pay a third of the %3$d million crowns if the %2$s in"
        + " %1$s opens on time.",
    "Shop owners near the planned %2$s site in %1$s fear months of noise, dust and closed streets.",
    "Engineers hired by %1$s say the old %2$s can no longer be repaired at a sensible cost.",
    "A vote on the final design of the %2$s is planned for the autumn, the %1$s town clerk said."
  };

  /**
   * Report {@code k} on an event: sentences k, k+1 and k+3 of {@link #SENTENCES} (mod 10, a
   * difference set: two reports share at most one sentence).
   */
  private static String report(int k, String town, String work, int cost) {
    List<String> parts = new ArrayList<>();
    for (int j = 0; j < 3; j++) {
      parts.add(
          String.format(
              Locale.ROOT, SENTENCES[(k + OFFSETS[j]) % SENTENCES.length], town, work, cost));
    }
    return String.join("\\n\\n", parts);
  }

  private static String line(
      String id, String source, String url, String published, String title, String text) {
    return String.format(
        Locale.ROOT,
        "{\"id\": \"%s\", \"source\": \"%s\", \"url\": \"%s\","
            + " \"published\": \"%s\", \"title\": \"%s\", \"text\": \"%s\"}",
        id,
        source,
        url,
        published,
        title,
        text);
  }
}
