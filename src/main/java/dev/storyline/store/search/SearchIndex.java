package dev.storyline.store.search;

import dev.storyline.store.StoryQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * BM25 full-text search over stories (headline and brief) and articles (title and body). The index
 * lives in memory, in each web process, and catches up with the database in the background:
 * articles ingested and stories updated since the last refresh (by any process: each refresh reads
 * back {@link #OVERLAP} before its mark, so a row committed late is not missed) are (re)indexed,
 * and stories a repair merged into another since then leave the index (their survivor is reindexed,
 * as its brief was rewritten). An article's story is read from the database when it is found, so a
 * hit follows its article across merges and splits. Query syntax is Lucene's classic one: words,
 * "exact phrases", AND/OR/NOT, title:word.
 *
 * <p>A search asks for a refresh and waits for it at most {@link #freshWait}: a quiet database is
 * caught up in milliseconds, so a reader finds what was just written; while a long import is being
 * taken in, searches do not queue behind it but read the index as it stands, and {@link #onChange}
 * tells the page cache when the refresh brought something new. Only the very first search of a
 * process waits for the whole index to be built. Searches never block each other (Lucene's {@link
 * SearcherManager}). Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {

  private final JdbcTemplate jdbc;
  private final StoryQueries stories;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Duration freshWait;
  private final ReentrantLock refreshing = new ReentrantLock();
  private final ExecutorService refresher =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "search-index");
            t.setDaemon(true);
            return t;
          });
  private Future<Boolean> pending; // guarded by this
  private volatile boolean built;
  private final IndexFeed feed; // guarded by refreshing
  private volatile Runnable onChange = () -> {};

  /** How long a search waits for the index to catch up by default. */
  public static final Duration FRESH_WAIT = Duration.ofMillis(250);

  /**
   * How far back each refresh reads again before the newest change it has seen: covers rows that
   * other processes committed after later-stamped ones (slow transactions, clocks a little apart).
   */
  public static final Duration OVERLAP = Duration.ofSeconds(60);

  public SearchIndex(JdbcTemplate jdbc, StoryQueries stories) {
    this(jdbc, stories, FRESH_WAIT);
  }

  /**
   * @param freshWait how long a search waits for the index to catch up with the database before it
   *     reads the index as it stands
   */
  public SearchIndex(JdbcTemplate jdbc, StoryQueries stories, Duration freshWait) {
    this.jdbc = jdbc;
    this.stories = stories;
    this.freshWait = freshWait;
    try {
      this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
      this.searchers = new SearcherManager(writer, null);
      this.feed = new IndexFeed(jdbc, stories, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the background refresh (the index itself is memory). */
  @Override
  public void close() {
    refresher.shutdownNow();
  }

  /** Called (on the refreshing thread) after a refresh brought anything new into the index. */
  public void onChange(Runnable listener) {
    this.onChange = listener;
  }

  /**
   * Indexes what changed in the database since the last call, and waits for it. Returns whether
   * anything changed.
   */
  public boolean refresh() {
    refreshing.lock();
    try {
      boolean changed = feed.catchUp() > 0;
      if (changed) {
        searchers.maybeRefreshBlocking(); // near-real-time: no commit needed in memory
      }
      built = true;
      if (changed) {
        onChange.run();
      }
      return changed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      refreshing.unlock();
    }
  }

  /**
   * Starts a refresh on the index's own thread unless one is waiting to start or running; returns
   * it.
   */
  public synchronized Future<Boolean> refreshSoon() {
    if (pending == null || pending.isDone()) {
      pending = refresher.submit(this::refresh);
    }
    return pending;
  }

  /** Brings the index up to date before a search, waiting at most {@link #freshWait}. */
  private void catchUp() {
    if (!built) {
      refresh(); // the first search of the process: nothing to read yet
      return;
    }
    try {
      refreshSoon().get(freshWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException stillRunning) {
      // read the index as it stands; onChange tells the page cache when the refresh is done
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Most CPU a search may use, scoring included; a costlier one is refused as too costly. */
  static final long TIME_LIMIT_MILLIS = 1000;

  /** A query Lucene cannot run (too complex, too many clauses, too slow): a reader's mistake. */
  public static final class UnsearchableQueryException extends IllegalArgumentException {
    UnsearchableQueryException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Searches; {@code from}, {@code to} (inclusive, UTC days) and {@code outlet} may be {@code
   * null}. Throws IllegalArgumentException for a blank query, and {@link
   * UnsearchableQueryException} with a plain explanation for a query Lucene cannot run within its
   * limits.
   */
  public List<SearchHit> search(
      String query, LocalDate from, LocalDate to, String outlet, int limit) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("empty query");
    }
    catchUp();
    BooleanQuery.Builder q =
        new BooleanQuery.Builder()
            .add(SearchQuery.parse(query, analyzer), BooleanClause.Occur.MUST);
    if (from != null || to != null) {
      long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
      long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
      q.add(LongPoint.newRangeQuery("day", lo, hi), BooleanClause.Occur.FILTER);
    }
    if (outlet != null && !outlet.isBlank()) {
      q.add(
          new TermQuery(new Term("outlet", outlet.strip().toLowerCase(Locale.ROOT))),
          BooleanClause.Occur.FILTER);
    }
    IndexSearcher shared;
    try {
      shared = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      // a searcher of its own over the shared reader: the time limit and its flag are per search
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader()); // BM25 by default
      searcher.setTimeout(new CpuTimeLimit(TIME_LIMIT_MILLIS));
      List<SearchHit> hits = new ArrayList<>();
      Set<String> words = SearchQuery.words(query);
      ScoreDoc[] found = searcher.search(q.build(), limit).scoreDocs;
      if (searcher.timedOut()) {
        throw new UnsearchableQueryException(
            "This search would take too long to run (more than a second). Use plainer words:"
                + " fewer wildcards, fuzzy (~) terms or regular expressions.",
            null);
      }
      for (ScoreDoc sd : found) {
        hits.add(FoundHits.hit(searcher.storedFields().document(sd.doc), words));
      }
      return FoundHits.current(jdbc, hits);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new UnsearchableQueryException(
          "This search has too many parts once its wildcards and words are expanded (at most "
              + IndexSearcher.getMaxClauseCount()
              + "). Use fewer words, or fewer and longer wildcard prefixes.",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(shared);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
