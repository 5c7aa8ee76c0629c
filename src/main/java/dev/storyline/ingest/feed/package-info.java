/**
 * Reads news feeds: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through Rome (no DTDs, no external entities),
 * with a normalising step in between that rewrites shapes Rome does not read (Atom under a
 * pre-standard namespace, base64 text, RSS content in {@code body}, and the like); JSON Feed
 * 1.0/1.1 through Jackson; a recovering fallback for feeds that are not well-formed XML (jsoup's
 * lenient XML parser); and OPML source lists. It computes; it does not fetch or persist.
 */
package dev.storyline.ingest.feed;
