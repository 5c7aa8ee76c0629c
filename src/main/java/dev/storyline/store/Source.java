package dev.storyline.store;

import java.time.Duration;
import java.time.Instant;

/**
 * A feed source and its health.
 *
 * @param id short stable id
 * @param url the feed address
 * @param title the feed's title (from the operator or the feed)
 * @param siteUrl the site's address, or {@code null}
 * @param interval time between polls
 * @param paused true when polling is paused
 * @param etag ETag of the last answer, or {@code null}
 * @param lastModified Last-Modified of the last answer, or {@code null}
 * @param lastFetchAt when it was last fetched, or {@code null}
 * @param lastSuccessAt when a fetch last succeeded, or {@code null}
 * @param lastError the last error in words, or {@code null} after a success
 * @param errorCount consecutive failures
 * @param nextFetchAt when it is due next
 * @param storedCount articles stored from it so far
 */
public record Source(
    String id,
    String url,
    String title,
    String siteUrl,
    Duration interval,
    boolean paused,
    String etag,
    String lastModified,
    Instant lastFetchAt,
    Instant lastSuccessAt,
    String lastError,
    int errorCount,
    Instant nextFetchAt,
    int storedCount) {}
