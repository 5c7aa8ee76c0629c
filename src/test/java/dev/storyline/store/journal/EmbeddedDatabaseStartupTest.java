package dev.storyline.store.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.Article;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.SightingRepository;
import dev.storyline.store.SourceRepository;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Startup of the embedded H2 file: a file made unreadable on purpose is set aside (never deleted)
 * and every journaled article comes back; a file H2's recovery tool can read keeps its accounts and
 * comments too; an article journaled but never stored (killed in between) is stored at the next
 * start; a half-done migration on the scratch copy is thrown away.
 */
class EmbeddedDatabaseStartupTest {
  private static final String[] MIGRATIONS = {"classpath:db/migration"};
  private static final String OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  @TempDir Path dir;

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("data/storyline") + OPTIONS;
  }

  private Path dbFile() {
    return dir.resolve("data/storyline.mv.db");
  }

  @Test
  void aFileWithBrokenHeadersIsKeptAsideAndEveryJournaledArticleComesBack() throws Exception {
    prepare();
    Set<String> ids = storeArticlesAndReaders(40);
    smash(0, 8192); // both store headers: H2 reports the file as corrupt (90030)

    prepare();

    assertThat(corruptCopies()).hasSize(1);
    assertThat(Files.size(corruptCopies().get(0))).as("kept whole").isGreaterThan(8192);
    assertThat(
        query(
            j ->
                assertThat(new TreeSet<>(j.queryForList("select id from article", String.class)))
                    .isEqualTo(ids)));
    query(
        j -> {
          assertThat(j.queryForObject("select count(*) from source", Long.class)).isEqualTo(1);
          assertThat(j.queryForObject("select count(*) from source_entry", Long.class))
              .isEqualTo(40);
          assertThat(j.queryForObject("select count(*) from article_sighting", Long.class))
              .isEqualTo(1);
          assertThat(j.queryForObject("select count(*) from article_simhash", Long.class))
              .isEqualTo(40);
        });
  }

  @Test
  void whatTheRecoveryToolCanReadIsSalvagedWithAccountsAndComments() throws Exception {
    prepare();
    Set<String> ids = storeArticlesAndReaders(25);
    EmbeddedH2 db = EmbeddedH2.of(url()).orElseThrow();

    EmbeddedDatabaseRecovery.Outcome outcome =
        EmbeddedDatabaseRecovery.recover(
            db,
            "sa",
            "",
            new SQLException(
                "File corrupted while reading record (made up for the test)", "XX000", 90030),
            Clock.systemUTC());

    assertThat(outcome.problem()).isNull();
    assertThat(outcome.salvaged())
        .containsEntry("account", 2L)
        .containsEntry("story_comment", 1L)
        .containsEntry("article", 25L);
    assertThat(corruptCopies()).hasSize(1);
    prepare();
    query(
        j -> {
          assertThat(new TreeSet<>(j.queryForList("select id from article", String.class)))
              .isEqualTo(ids);
          assertThat(j.queryForList("select email from account order by email", String.class))
              .containsExactly("ada@example.org", "bo@example.org");
          assertThat(j.queryForObject("select body from story_comment", String.class))
              .isEqualTo("First!");
        });
  }

  @Test
  void anArticleJournaledButNeverStoredIsStoredAtTheNextStart() throws Exception {
    prepare();
    storeArticlesAndReaders(3);
    try (FileIngestJournal journal = new FileIngestJournal(dir.resolve("data/journal"))) {
      journal.append(
          new JournalRecord.ArticleRow(
              "late",
              "Outlet",
              "https://o.example/late",
              "https://o.example/late",
              T0.toString(),
              "Late title",
              "Late body.",
              "hash-late",
              "{}",
              T0.toString()));
    }

    prepare();
    prepare(); // a second start changes nothing

    query(
        j -> {
          assertThat(j.queryForList("select id from article order by id", String.class))
              .contains("late")
              .hasSize(4);
          assertThat(
                  j.queryForObject(
                          "select ingested_at from article where id = 'late'",
                          java.time.OffsetDateTime.class)
                      .toInstant())
              .isEqualTo(T0);
        });
  }

  @Test
  void aScratchCopyLeftByAKillDuringMigrationIsDiscarded() throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Path scratch = dir.resolve("data/storyline-migrating.mv.db");
    Files.write(scratch, new byte[] {1, 2, 3}); // half-written, as a killed migration leaves it

    prepare();

    assertThat(scratch).doesNotExist();
    query(
        j ->
            assertThat(
                    j.queryForObject(
                        "select count(*) from flyway_schema_history where success", Long.class))
                .isGreaterThanOrEqualTo(7));
  }

  private void prepare() {
    EmbeddedDatabaseStartup.prepare(url(), "sa", "", MIGRATIONS, true);
  }

  /**
   * Articles (with SimHash and handled entries), a source, one sighting, two accounts, one comment.
   */
  private Set<String> storeArticlesAndReaders(int n) throws Exception {
    Set<String> ids = new TreeSet<>();
    try (FileIngestJournal journal = new FileIngestJournal(dir.resolve("data/journal"))) {
      query(
          j -> {
            ArticleRepository articles = new ArticleRepository(j, new ObjectMapper(), journal);
            SourceRepository sources = new SourceRepository(j, journal);
            SightingRepository sightings = new SightingRepository(j, journal);
            String source =
                sources.add("https://feeds.example/rss", "Feed", Duration.ofMinutes(30), T0).id();
            List<ArticleRepository.NewArticle> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
              String id = "a" + i;
              ids.add(id);
              Article a =
                  new Article(
                      id,
                      "Outlet " + i,
                      "https://o.example/" + i,
                      T0.plusSeconds(60L * i),
                      "Harbour report " + i,
                      "The harbour board met for the " + i + "th time.",
                      Map.of("feed", source));
              batch.add(new ArticleRepository.NewArticle(a, a.url(), "h" + i, T0));
            }
            assertThat(articles.insertAll(batch)).containsOnly(true);
            for (ArticleRepository.NewArticle a : batch) {
              sightings.saveHash(
                  a.article().id(), a.article().id().hashCode(), a.article().published());
              sources.markSeen(source, "entry-" + a.article().id(), a.article().id(), T0);
            }
            sightings.add("a0", "https://copy.example/0", "Copy", "exact", T0);
            j.update(
                "insert into account (email, display_name, password_hash, role, created_at) values"
                    + " ('ada@example.org', 'Ada', 'x', 'READER', ?), ('bo@example.org', 'Bo', 'x', 'READER', ?)",
                java.sql.Timestamp.from(T0),
                java.sql.Timestamp.from(T0));
            j.update(
                "insert into story_comment (story_id, body, status, created_at) values ('s1', 'First!',"
                    + " 'visible', ?)",
                java.sql.Timestamp.from(T0));
          });
    }
    return ids;
  }

  private boolean query(Consumer<JdbcTemplate> body) {
    SingleConnectionDataSource ds = new SingleConnectionDataSource(url(), "sa", "", true);
    try {
      body.accept(new JdbcTemplate(ds));
    } finally {
      ds.destroy();
    }
    return true;
  }

  private void smash(long at, int length) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(dbFile().toFile(), "rw")) {
      f.seek(at);
      f.write(new byte[length]);
    }
  }

  private List<Path> corruptCopies() throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("data"))) {
      return files
          .filter(
              p ->
                  p.getFileName().toString().startsWith("storyline.mv.db.corrupt-")
                      && !p.getFileName().toString().endsWith(".sql"))
          .toList();
    }
  }
}
