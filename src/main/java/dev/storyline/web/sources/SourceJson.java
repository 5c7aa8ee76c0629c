package dev.storyline.web.sources;

import dev.storyline.store.Source;
import java.time.Instant;

/**
 * A source as the API shows it.
 *
 * @param id id
 * @param url feed address
 * @param title title
 * @param siteUrl site address
 * @param intervalMinutes polling interval
 * @param paused paused or active
 * @param lastFetchAt last fetch
 * @param lastSuccessAt last success
 * @param lastError last error in words
 * @param errorCount consecutive failures
 * @param nextFetchAt next fetch
 * @param storedCount articles stored from it
 */
record SourceJson(
    String id,
    String url,
    String title,
    String siteUrl,
    long intervalMinutes,
    boolean paused,
    Instant lastFetchAt,
    Instant lastSuccessAt,
    String lastError,
    int errorCount,
    Instant nextFetchAt,
    int storedCount) {

  static SourceJson of(Source s) {
    return new SourceJson(
        s.id(),
        s.url(),
        s.title(),
        s.siteUrl(),
        s.interval().toMinutes(),
        s.paused(),
        s.lastFetchAt(),
        s.lastSuccessAt(),
        s.lastError(),
        s.errorCount(),
        s.nextFetchAt(),
        s.storedCount());
  }
}
