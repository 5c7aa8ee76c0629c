package dev.storyline.store.journal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One journaled write: everything needed to store the row again. Times are ISO-8601 instants. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "t")
@JsonSubTypes({
  @JsonSubTypes.Type(value = JournalRecord.ArticleRow.class, name = "article"),
  @JsonSubTypes.Type(value = JournalRecord.SimhashRow.class, name = "simhash"),
  @JsonSubTypes.Type(value = JournalRecord.SightingRow.class, name = "sighting"),
  @JsonSubTypes.Type(value = JournalRecord.SourceRow.class, name = "source"),
  @JsonSubTypes.Type(value = JournalRecord.SourceRemoved.class, name = "source-removed"),
  @JsonSubTypes.Type(value = JournalRecord.SeenRow.class, name = "seen")
})
public sealed interface JournalRecord {

  /** An accepted article as inserted ({@code meta} is the stored JSON text). */
  record ArticleRow(
      String id,
      String source,
      String url,
      String canonicalUrl,
      String published,
      String title,
      String body,
      String textHash,
      String meta,
      String ingestedAt)
      implements JournalRecord {}

  /** An article's SimHash. */
  record SimhashRow(String articleId, long simhash, String published) implements JournalRecord {}

  /** Another appearance of a stored article. */
  record SightingRow(
      String articleId, String urlHash, String url, String outlet, String kind, String seenAt)
      implements JournalRecord {}

  /** A feed source as added (its polling state is not journaled: the next poll renews it). */
  record SourceRow(
      String id, String url, String urlHash, String title, int intervalSeconds, String createdAt)
      implements JournalRecord {}

  /** A source the operator removed, with its entries. */
  record SourceRemoved(String id) implements JournalRecord {}

  /** A feed entry a source has handled, and the article it became (or null). */
  record SeenRow(String sourceId, String entryKey, String articleId, String seenAt)
      implements JournalRecord {}
}
