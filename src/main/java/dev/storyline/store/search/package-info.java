/**
 * Full-text search over stories and articles with Lucene (BM25, phrase queries, filters by date and
 * outlet, snippets), and the outlet queries behind outlet pages. Reads the database; kept in memory
 * and refreshed incrementally from it before each search.
 */
package dev.storyline.store.search;
