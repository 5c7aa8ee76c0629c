package dev.storyline.store.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What {@link SearchIndex} makes of the documents a search found: a hit per document, then each
 * article hit's story as the database holds it now. Stateless.
 */
final class FoundHits {

  private FoundHits() {}

  /**
   * The hits with each article's story as stored now (a repair may have moved the article since it
   * was indexed), without stories that no longer exist.
   */
  static List<SearchHit> current(JdbcTemplate jdbc, List<SearchHit> hits) {
    if (hits.isEmpty()) {
      return hits;
    }
    List<String> ids = hits.stream().map(SearchHit::id).toList();
    String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
    Map<String, String> storyOf = new HashMap<>();
    jdbc.query(
        "select id, story_id from article where id in (" + marks + ")",
        rs -> {
          storyOf.put(rs.getString(1), rs.getString(2));
        },
        ids.toArray());
    Set<String> stories =
        new HashSet<>(
            jdbc.queryForList(
                "select id from story where id in (" + marks + ")", String.class, ids.toArray()));
    List<SearchHit> out = new ArrayList<>();
    for (SearchHit h : hits) {
      if (h.kind().equals("story") && stories.contains(h.id())) {
        out.add(h);
      } else if (h.kind().equals("article")) {
        out.add(
            new SearchHit(
                h.kind(),
                h.id(),
                storyOf.get(h.id()),
                h.title(),
                h.outlet(),
                h.published(),
                h.url(),
                h.snippet()));
      }
    }
    return out;
  }

  /** The hit a found document stands for, with a snippet around the reader's words. */
  static SearchHit hit(Document d, Set<String> words) {
    String story = d.get("story");
    String url = d.get("url");
    return new SearchHit(
        d.get("kind"),
        d.get("id"),
        story == null || story.isEmpty() ? null : story,
        d.get("title"),
        d.get("outletName"),
        Instant.ofEpochMilli(d.getField("published").numericValue().longValue()),
        url == null || url.isEmpty() ? null : url,
        Snippets.of(d.get("body"), words));
  }
}
