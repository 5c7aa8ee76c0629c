package dev.storyline.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Candidate stories for an article: the stories of its nearest articles by embedding, among the
 * articles published within the time window, from a Lucene HNSW index held in memory. Additions
 * become searchable in batches (the reader is reopened at the first search after {@code
 * refreshEvery} additions); until then they are searched exhaustively from a small buffer, so every
 * article already assigned is always a possible neighbour. Not thread-safe.
 */
final class CandidateIndex implements AutoCloseable {
  private static final String VECTOR = "v";
  private static final String TIME = "t";
  private static final String STORY = "s";

  /**
   * HNSW with 16 links per node and a narrower build beam than the default 100: ~2× faster to
   * build.
   */
  private static final KnnVectorsFormat VECTORS = new Lucene99HnswVectorsFormat(16, 48);

  private record Pending(String storyId, float[] vector, long epochSecond) {}

  static final int EVICT_EVERY = 16_384;

  private final int neighbours;
  private final int refreshEvery;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final List<Pending> pending = new ArrayList<>();
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private long added;
  private long addedAtEviction;

  CandidateIndex(int neighbours, int refreshEvery) {
    this.neighbours = neighbours;
    this.refreshEvery = refreshEvery;
    try {
      IndexWriterConfig config =
          new IndexWriterConfig()
              .setRAMBufferSizeMB(256)
              .setCodec(
                  new Lucene912Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                      return VECTORS;
                    }
                  });
      this.writer = new IndexWriter(directory, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void add(String storyId, float[] vector, Instant published) {
    if (vector.length == 0) {
      return;
    }
    long t = published.getEpochSecond();
    Document doc = new Document();
    doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
    doc.add(new LongPoint(TIME, t));
    doc.add(new StringField(STORY, storyId, Field.Store.YES));
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pending.add(new Pending(storyId, vector, t));
    added++;
  }

  /**
   * Stories of the nearest articles published within {@code window} of {@code published}, each with
   * the cosine similarity of its nearest article to {@code vector}.
   */
  Map<String, Double> candidates(float[] vector, Instant published, Duration window) {
    Map<String, Double> out = new HashMap<>();
    if (vector.length == 0) {
      return out;
    }
    if (pending.size() >= refreshEvery) {
      refresh();
    }
    long lo = published.minus(window).getEpochSecond();
    long hi = published.plus(window).getEpochSecond();
    if (searcher != null) {
      Query filter = LongPoint.newRangeQuery(TIME, lo, hi);
      try {
        ScoreDoc[] hits =
            searcher.search(new KnnFloatVectorQuery(VECTOR, vector, neighbours, filter), neighbours)
                .scoreDocs;
        StoredFields fields = searcher.storedFields();
        for (ScoreDoc hit : hits) {
          // Lucene scores cosine as (1 + cos) / 2
          out.merge(fields.document(hit.doc).get(STORY), 2.0 * hit.score - 1.0, Math::max);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Pending p : pending) {
      if (p.epochSecond() >= lo && p.epochSecond() <= hi) {
        out.merge(p.storyId(), Vectors.cosine(vector, p.vector()), Math::max);
      }
    }
    return out;
  }

  /** Removes every entry of a story (visible to searches after the next refresh). */
  void removeStory(String storyId) {
    delete(new TermQuery(new Term(STORY, storyId)));
    pending.removeIf(p -> p.storyId().equals(storyId));
  }

  /**
   * Removes every entry published before {@code epochSecond}, at most once every {@value
   * #EVICT_EVERY} additions: searches filter by time anyway, and rarer deletions mean fewer segment
   * merges (each rebuilds an HNSW graph).
   */
  void evictBefore(long epochSecond) {
    if (added - addedAtEviction < EVICT_EVERY) {
      return;
    }
    addedAtEviction = added;
    delete(LongPoint.newRangeQuery(TIME, Long.MIN_VALUE, epochSecond - 1));
    pending.removeIf(p -> p.epochSecond() < epochSecond);
  }

  private void delete(Query query) {
    try {
      writer.deleteDocuments(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return writer.getDocStats().numDocs;
  }

  /** Makes every addition and removal so far visible to searches. */
  void refresh() {
    try {
      DirectoryReader next =
          reader == null
              ? DirectoryReader.open(writer)
              : DirectoryReader.openIfChanged(reader, writer);
      if (next != null) {
        if (reader != null) {
          reader.close();
        }
        reader = next;
        searcher = new IndexSearcher(reader);
      }
      pending.clear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
      }
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
