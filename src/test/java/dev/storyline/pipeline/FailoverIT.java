package dev.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fail-over of the clustering writer between real processes on the test PostgreSQL (skipped without
 * it): two {@code storyline import} children, each with half of a stream (odd and even lines),
 * share the work; the one holding the clustering role is killed with SIGKILL while it assigns
 * articles. The other takes the role over, rebuilds its state from the store and finishes: no
 * article is lost, none is given a second story, no story is made twice, every story has its brief,
 * and the stories are the ones a single uninterrupted process makes of the whole stream. The repair
 * pass is off here, so that an article's story can only be the one first given to it.
 */
class FailoverIT {
  private static final int TOPICS = 24;
  private static final int PER_TOPIC = 8;
  private static final int ARTICLES = TOPICS * PER_TOPIC;

  @TempDir Path dir;

  @Test
  void anotherProcessTakesOverTheClusteringWriterKilledMidImportAndLosesNothing() throws Exception {
    List<String> lines = corpus();
    Path odd = dir.resolve("odd.jsonl");
    Path even = dir.resolve("even.jsonl");
    Path all = dir.resolve("all.jsonl");
    List<String> odds = new ArrayList<>();
    List<String> evens = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      (i % 2 == 0 ? evens : odds).add(lines.get(i));
    }
    Files.write(odd, odds, StandardCharsets.UTF_8);
    Files.write(even, evens, StandardCharsets.UTF_8);
    Files.write(all, lines, StandardCharsets.UTF_8);

    StorylineChild db = StorylineChild.onFreshPostgresSchema(dir, "failover");
    String[] opts = {"--storyline.repair.enabled=false", "--storyline.work.takeover-after=10s"};
    List<String> outA = Collections.synchronizedList(new ArrayList<>());
    List<String> outB = Collections.synchronizedList(new ArrayList<>());
    Process a = db.start(args("import", odd.toString(), opts));
    Process b = db.start(args("import", even.toString(), opts));
    StorylineChild.watch(a, outA, l -> false);
    StorylineChild.watch(b, outB, l -> false);
    try {
      killTheWriterAndCheck(db, a, b, outA, outB, all, opts);
    } finally {
      a.destroyForcibly();
      b.destroyForcibly();
    }
  }

  private void killTheWriterAndCheck(
      StorylineChild db,
      Process a,
      Process b,
      List<String> outA,
      List<String> outB,
      Path all,
      String[] opts)
      throws Exception {

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    String holder = null;
    while (System.nanoTime() < deadline) {
      long assigned = assigned(db);
      if (assigned > 0 && assigned < ARTICLES / 2) {
        holder = db.text("select holder from role_lease where name = 'cluster'");
        break;
      }
      assertThat(assigned).as("killed before the writer finished").isLessThan(ARTICLES);
      Thread.sleep(10);
    }
    assertThat(holder).as("some articles assigned within the deadline").isNotNull();
    Process killed = holder.endsWith("/" + a.pid()) ? a : b;
    Process survivor = killed == a ? b : a;
    StorylineChild.kill(killed);
    long killedAt = System.nanoTime();
    Map<String, String> before = assignments(db);

    String next = holder;
    while (next.equals(holder) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      next = db.text("select holder from role_lease where name = 'cluster'");
    }
    double takeover = (System.nanoTime() - killedAt) / 1e9;
    System.out.printf(
        Locale.ROOT, "FailoverIT: clustering role taken over %.1f s after the kill%n", takeover);
    assertThat(next).as("the survivor holds the role").endsWith("/" + survivor.pid());
    assertThat(survivor.waitFor(300, TimeUnit.SECONDS)).as("survivor finishes").isTrue();
    assertThat(survivor.exitValue()).as(String.join("\n", survivor == a ? outA : outB)).isZero();

    Map<String, String> after = assignments(db);
    assertThat(after).as("every article in a story").hasSize(ARTICLES);
    assertThat(after).as("no article given a second story").containsAllEntriesOf(before);
    assertThat(db.count("select count(*) from story"))
        .isEqualTo(new HashSet<>(after.values()).size());
    assertThat(db.count("select count(*) from story where brief is null")).isZero();
    assertThat(db.count("select count(*) from brief_request")).isZero();

    StorylineChild single = StorylineChild.onFreshPostgresSchema(dir.resolve("single"), "single");
    Files.createDirectories(dir.resolve("single"));
    single.run(args("import", all.toString(), opts));
    assertThat(partition(after))
        .as("the stories one process makes")
        .isEqualTo(partition(assignments(single)));
  }

  /** Articles with a story so far; 0 while the children are still creating the tables. */
  private static long assigned(StorylineChild db) throws Exception {
    try {
      return db.count("select count(*) from article where story_id is not null");
    } catch (java.sql.SQLException e) {
      return 0;
    }
  }

  private static String[] args(String command, String file, String[] opts) {
    List<String> out = new ArrayList<>(List.of(command, file));
    out.addAll(List.of(opts));
    return out.toArray(String[]::new);
  }

  private static Map<String, String> assignments(StorylineChild db) throws Exception {
    Map<String, String> out = new HashMap<>();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select id, story_id from article where story_id is not null")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  /** The stories as sets of article ids, whatever their ids. */
  private static Set<Set<String>> partition(Map<String, String> storyOf) {
    Map<String, Set<String>> byStory = new HashMap<>();
    storyOf.forEach(
        (article, story) -> byStory.computeIfAbsent(story, k -> new HashSet<>()).add(article));
    return new HashSet<>(byStory.values());
  }

  /** {@value #TOPICS} made-up events with {@value #PER_TOPIC} differently worded reports each. */
  private static List<String> corpus() {
    String[] towns = {
      "Orvik", "Telmar", "Brask", "Holleby", "Quenton", "Marsk", "Ilvers", "Dunmore"
    };
    String[] works = {"bridge", "library", "water plant", "tram depot", "ferry pier", "school"};
    List<String> out = new ArrayList<>();
    for (int t = 0; t < TOPICS; t++) {
      String town = towns[t % towns.length];
      String work = works[t % works.length];
      int cost = 20 + 7 * t;
      for (int k = 0; k < PER_TOPIC; k++) {
        String id = String.format(Locale.ROOT, "fo-%02d-%02d", t, k);
        String day = String.format(Locale.ROOT, "2026-04-%02dT%02d:%02d:00Z", 1 + t % 28, 6 + k, t);
        String title =
            String.format(
                Locale.ROOT, "%s approves %d million %s plan, report %d", town, cost, work, k + 1);
        String text =
            String.format(
                Locale.ROOT,
                "The %s council approved a new %s costing %d million crowns on %s, outlet %d"
                    + " reported.\\n\\nMayor Ada Lind of %s said work on the %s would start in the"
                    + " spring and take %d months.\\n\\nThis is report %d on the %s %s.",
                town,
                work,
                cost,
                day.substring(0, 10),
                k,
                town,
                work,
                12 + k,
                k + 1,
                town,
                work);
        out.add(
            String.format(
                Locale.ROOT,
                "{\"id\": \"%s\", \"source\": \"Outlet %d\", \"url\": \"https://o%d.example/%s\","
                    + " \"published\": \"%s\", \"title\": \"%s\", \"text\": \"%s\"}",
                id,
                k,
                k,
                id,
                day,
                title,
                text));
      }
    }
    out.sort(java.util.Comparator.comparing(l -> l.substring(l.indexOf("\"published\""))));
    return out;
  }
}
