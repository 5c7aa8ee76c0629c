package dev.storyline.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.TestDatabases;
import dev.storyline.app.Stages;
import dev.storyline.domain.Article;
import dev.storyline.store.ArticleRepository;
import dev.storyline.store.JdbcStoryQueries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Searches do not queue behind a refresh that takes long (a big import being taken in): they read
 * the index as it stands, and the refresh says when it brought something new. On a quiet database a
 * search finds what was just written.
 */
class SearchIndexRefreshTest {
  private static final Instant DAY = Instant.parse("2026-05-09T00:00:00Z");

  private final JdbcTemplate plain = TestDatabases.migratedH2();
  private final GatedJdbc gated = new GatedJdbc(plain.getDataSource());
  private final ArticleRepository articles = new ArticleRepository(plain, Stages.json());
  private final SearchIndex index =
      new SearchIndex(gated, new JdbcStoryQueries(plain, Stages.json()), Duration.ofMillis(100));
  private final AtomicInteger changes = new AtomicInteger();
  private int stored;

  @AfterEach
  void close() {
    gated.open();
    index.close();
  }

  @Test
  void aSearchFindsWhatWasJustWrittenAndDoesNotWaitBehindALongRefresh() throws Exception {
    CountDownLatch changed = new CountDownLatch(2);
    index.onChange(
        () -> {
          changes.incrementAndGet();
          changed.countDown();
        });
    store("a1", "Tram extension approved by the council");
    assertThat(ids(index.search("tram", null, null, null, 10))).containsExactly("a1");
    assertThat(changes).hasValue(1);

    gated.close(); // the next refresh stalls while reading the new articles
    store("a2", "Tram drivers strike over the extension");
    List<String> during =
        CompletableFuture.supplyAsync(() -> ids(index.search("tram", null, null, null, 10)))
            .get(30, TimeUnit.SECONDS);
    assertThat(during).as("the index as it stands, not a wait").containsExactly("a1");
    assertThat(changes).as("nothing new taken in yet").hasValue(1);

    gated.open();
    assertThat(changed.await(30, TimeUnit.SECONDS)).as("the refresh reports its change").isTrue();
    assertThat(ids(index.search("tram", null, null, null, 10)))
        .containsExactlyInAnyOrder("a1", "a2");
  }

  @Test
  void theFirstSearchWaitsForTheIndexToBeBuilt() {
    store("b1", "Reservoir levels fall in the dry valley");
    assertThat(ids(index.search("reservoir", null, null, null, 10))).containsExactly("b1");
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).toList();
  }

  private void store(String id, String title) {
    Article a = new Article(id, "Outlet", null, DAY, title, title + ". More follows.", Map.of());
    articles.insert(a, "https://outlet.example/" + id, "hash-" + id, DAY.plusSeconds(stored++));
  }

  /** Holds the reading of article rows (the long part of a refresh) while closed. */
  private static final class GatedJdbc extends JdbcTemplate {
    private volatile CountDownLatch gate = new CountDownLatch(0);

    GatedJdbc(DataSource ds) {
      super(ds);
    }

    void close() {
      gate = new CountDownLatch(1);
    }

    void open() {
      gate.countDown();
    }

    @Override
    public void query(String sql, RowCallbackHandler rch, Object... args)
        throws DataAccessException {
      if (sql.startsWith("select id, source, url")) {
        try {
          gate.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      super.query(sql, rch, args);
    }
  }
}
