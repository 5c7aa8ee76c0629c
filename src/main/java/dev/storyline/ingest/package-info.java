/**
 * The ingest stage: turns what comes from outside into articles. JSON Lines records ({@link
 * dev.storyline.ingest.JsonLinesReader}) and feed entries ({@code feed}: parsing, and {@link
 * dev.storyline.ingest.feed.EntryArticle}, the decision "entry → article") become {@link
 * dev.storyline.ingest.Ingested} outcomes with a canonical URL and a text fingerprint; {@code
 * extract} reads an article page, {@code http} fetches safely, {@code dedup} decides duplicates
 * ({@link dev.storyline.ingest.dedup.Duplicates}) the same way for every path. It computes; it does
 * not persist (the feeds runner and the pipeline do). Depends only on {@code domain} and parsing
 * libraries.
 */
package dev.storyline.ingest;
