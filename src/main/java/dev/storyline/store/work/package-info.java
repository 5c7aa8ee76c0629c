/**
 * Work shared by many processes on one database: named locks that end with their holder (PostgreSQL
 * advisory locks on PostgreSQL, in-process locks on the embedded H2, which serves one process), the
 * single-writer role lease built on them, and the queue of briefs to write. Depends on nothing of
 * ours; used by {@code pipeline} (claims, the clustering writer) and wired in {@code app}.
 */
package dev.storyline.store.work;
