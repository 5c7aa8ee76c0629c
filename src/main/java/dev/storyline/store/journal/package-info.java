/**
 * Crash safety of the embedded H2 default. The ingest journal: an append-only file next to the H2
 * file with one checksummed record per stored article, source, entry and sighting, written and
 * flushed to disk before the database stores them, and replayed (idempotently) at startup so that
 * rows the database lost, or a database file that had to be set aside as corrupt, cost no accepted
 * article. The startup work it goes with ({@link
 * dev.storyline.store.journal.EmbeddedDatabaseStartup}): a corrupt file is kept aside and salvaged
 * with H2's own recovery tool, and migrations run on a copy swapped in with one atomic rename.
 * PostgreSQL needs none of this.
 */
package dev.storyline.store.journal;
