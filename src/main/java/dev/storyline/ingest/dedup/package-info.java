/**
 * Near-duplicate detection: 64-bit SimHash over word 3-shingles, and an in-memory index that finds
 * stored texts within a small Hamming distance (a syndicated wire story reworded only at the
 * edges). Exact duplicates are caught earlier by canonical URL and text fingerprint.
 */
package dev.storyline.ingest.dedup;
