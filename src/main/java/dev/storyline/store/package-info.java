/**
 * The store: repositories over JDBC (H2 embedded by default, PostgreSQL by URL) for articles,
 * sightings, sources, stories and their repairs (which publish a {@link
 * dev.storyline.store.StoryRepairEvent} for the features that keep rows per story), Flyway
 * migrations in {@code db/migration}, page versions for the web's page cache, and the read side
 * {@link dev.storyline.store.StoryQueries} used by {@code web}. Subpackages: {@code search} (Lucene
 * full text) and {@code journal} (crash safety of the embedded H2 default). Depends on {@code
 * domain} only; never on stages, and its SQL names no table of {@code discussion} or {@code
 * account}.
 */
package dev.storyline.store;
