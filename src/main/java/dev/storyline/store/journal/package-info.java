/**
 * The ingest journal of the embedded database: an append-only file next to the H2 file with one
 * checksummed record per stored article, source, entry and sighting, written and flushed to disk
 * before the database stores them, and replayed (idempotently) at startup so that rows the database
 * lost, or a database file that had to be set aside as corrupt, cost no accepted article.
 */
package dev.storyline.store.journal;
