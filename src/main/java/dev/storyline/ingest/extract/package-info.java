/**
 * Extracts an article from its web page: main text by a content-scoring extractor of our own over
 * jsoup, and title, author, publication date, canonical URL, language and lead image from the
 * page's JSON-LD, Open Graph and meta data. It computes; it does not fetch or persist.
 */
package dev.storyline.ingest.extract;
