/**
 * The store: repositories over JDBC (H2 embedded by default, PostgreSQL by URL), Flyway migrations
 * in {@code db/migration}, and the read side {@link dev.storyline.store.StoryQueries} used by
 * {@code web}. Depends on {@code domain} only; never on stages.
 */
package dev.storyline.store;
