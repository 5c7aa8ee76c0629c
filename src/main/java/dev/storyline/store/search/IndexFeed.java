package dev.storyline.store.search;

import dev.storyline.store.StoryDetail;
import dev.storyline.store.StoryQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database changed since the last call, written into the index: articles ingested and
 * stories updated (by any process: each call reads back {@link SearchIndex#OVERLAP} before its
 * mark, so a row committed late is not missed, and skips rows already seen with the same stamp),
 * and stories a repair merged into another deleted. Not thread-safe: {@link SearchIndex} calls it
 * under its refresh lock.
 */
final class IndexFeed {
  private static final java.time.Duration OVERLAP = SearchIndex.OVERLAP;

  private final JdbcTemplate jdbc;
  private final StoryQueries stories;
  private final IndexWriter writer;

  /** Rows read within the overlap, with the time they were stamped: seen ones are not redone. */
  private final Map<String, Instant> seen = new HashMap<>();

  private Instant articlesMark = Instant.EPOCH;
  private Instant storiesMark = Instant.EPOCH;
  private Instant redirectsMark = Instant.EPOCH;
  private int writes;

  IndexFeed(JdbcTemplate jdbc, StoryQueries stories, IndexWriter writer) {
    this.jdbc = jdbc;
    this.stories = stories;
    this.writer = writer;
  }

  /** Indexes what changed since the last call; returns how many documents it wrote or deleted. */
  int catchUp() throws IOException {
    Instant newestArticle = indexArticles();
    Instant newestStory = indexStories();
    Instant newestRedirect = dropMerged();
    articlesMark = newestArticle;
    storiesMark = newestStory;
    redirectsMark = newestRedirect;
    forgetBefore(min(articlesMark, min(storiesMark, redirectsMark)).minus(OVERLAP.multipliedBy(2)));
    int written = writes; // a failed call's writes count with the next call that succeeds
    writes = 0;
    return written;
  }

  /**
   * The rows of {@code sql} (key, time) stamped at or after {@code mark - OVERLAP} that were not
   * seen yet with that time. Another process's row can commit after a later-stamped row was read
   * (its transaction was slower, or its clock behind): reading back the overlap catches it, and
   * what was seen is skipped.
   */
  private List<String> changedSince(String sql, Instant mark, String kind, Instant[] newest) {
    List<String> out = new ArrayList<>();
    jdbc.query(
        sql,
        rs -> {
          String id = rs.getString(1);
          Instant at = rs.getTimestamp(2).toInstant();
          if (!at.equals(seen.put(kind + ":" + id, at))) {
            out.add(id);
          }
          newest[0] = at.isAfter(newest[0]) ? at : newest[0];
        },
        Timestamp.from(mark.minus(OVERLAP)));
    return out;
  }

  private void forgetBefore(Instant horizon) {
    seen.values().removeIf(at -> at.isBefore(horizon));
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private Instant indexArticles() throws IOException {
    Instant[] newest = {articlesMark};
    List<String> changed =
        changedSince(
            "select id, ingested_at from article where ingested_at >= ?",
            articlesMark,
            "article",
            newest);
    for (int i = 0; i < changed.size(); i += 500) {
      List<String> chunk = changed.subList(i, Math.min(changed.size(), i + 500));
      jdbc.query(
          "select id, source, url, published, title, body, story_id from article where id in ("
              + String.join(",", Collections.nCopies(chunk.size(), "?"))
              + ")",
          rs -> {
            Document d = new Document();
            d.add(new StringField("key", "article:" + rs.getString("id"), Field.Store.YES));
            d.add(new StringField("kind", "article", Field.Store.YES));
            d.add(new StoredField("id", rs.getString("id")));
            String story = rs.getString("story_id");
            d.add(new StoredField("story", story == null ? "" : story));
            String outlet = rs.getString("source") == null ? "" : rs.getString("source");
            d.add(new StringField("outlet", outlet.toLowerCase(Locale.ROOT), Field.Store.NO));
            d.add(new StoredField("outletName", outlet));
            d.add(new StoredField("url", rs.getString("url") == null ? "" : rs.getString("url")));
            addCommon(
                d,
                rs.getString("title"),
                rs.getString("body"),
                rs.getTimestamp("published").toInstant());
            try {
              writer.updateDocument(new Term("key", "article:" + rs.getString("id")), d);
              writes++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          },
          chunk.toArray());
    }
    return newest[0];
  }

  private Instant indexStories() throws IOException {
    Instant[] newest = {storiesMark};
    for (String id :
        changedSince(
            "select id, updated_at from story where updated_at >= ?",
            storiesMark,
            "story",
            newest)) {
      StoryDetail detail = stories.story(id).orElse(null);
      if (detail != null) {
        writer.updateDocument(new Term("key", "story:" + id), storyDoc(detail));
        writes++;
      }
    }
    return newest[0];
  }

  /** Deletes the stories merged into another since the last refresh (their ids redirect now). */
  private Instant dropMerged() throws IOException {
    Instant[] newest = {redirectsMark};
    for (String id :
        changedSince(
            "select from_id, created_at from story_redirect where created_at >= ?",
            redirectsMark,
            "redirect",
            newest)) {
      writer.deleteDocuments(new Term("key", "story:" + id));
      writes++;
    }
    return newest[0];
  }

  private Document storyDoc(StoryDetail detail) {
    Document d = new Document();
    d.add(new StringField("key", "story:" + detail.card().id(), Field.Store.YES));
    d.add(new StringField("kind", "story", Field.Store.YES));
    d.add(new StoredField("id", detail.card().id()));
    d.add(new StoredField("story", detail.card().id()));
    for (String outlet : detail.card().outlets()) {
      d.add(new StringField("outlet", outlet.toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    d.add(new StoredField("outletName", ""));
    d.add(new StoredField("url", ""));
    StringBuilder text = new StringBuilder();
    detail.brief().whyItMatters().forEach(l -> text.append(l.text()).append(' '));
    detail.brief().summary().forEach(l -> text.append(l.text()).append(' '));
    addCommon(d, detail.card().headline(), text.toString().strip(), detail.card().lastPublished());
    return d;
  }

  private static void addCommon(Document d, String title, String body, Instant published) {
    d.add(new TextField("title", title == null ? "" : title, Field.Store.YES));
    d.add(new TextField("body", body == null ? "" : body, Field.Store.YES));
    d.add(new LongPoint("day", published.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay()));
    d.add(new StoredField("published", published.toEpochMilli()));
  }
}
