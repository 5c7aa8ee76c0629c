/**
 * The ingest stage: reads articles from outside (JSON Lines files today; feeds and pages later),
 * canonicalises their URLs and fingerprints their text for de-duplication. It computes; it does not
 * persist. Depends only on {@code domain} and parsing libraries.
 */
package dev.storyline.ingest;
