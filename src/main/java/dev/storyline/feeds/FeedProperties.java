package dev.storyline.feeds;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Feed polling: {@code storyline.feeds.*}.
 *
 * @param pollEnabled poll due sources in the background while serving
 * @param tick how often due sources are looked for
 * @param defaultInterval polling interval of a new source
 * @param maxEntriesPerPoll entries read from one feed document at most (the first ones)
 * @param teaserWords entries with fewer words get their article page fetched and extracted
 * @param maxBackoff longest wait after repeated failures
 * @param hostGap minimum time between two requests to the same host
 * @param threads sources polled in parallel
 * @param claimFor how long a claim on a source protects a fetch in progress (a claim left by a
 *     process that ended on this machine is taken over at once)
 */
@Validated
@ConfigurationProperties("storyline.feeds")
public record FeedProperties(
    @DefaultValue("true") boolean pollEnabled,
    @DefaultValue("60s") Duration tick,
    @DefaultValue("30m") Duration defaultInterval,
    @Min(1) @Max(100000) @DefaultValue("500") int maxEntriesPerPoll,
    @Min(0) @DefaultValue("120") int teaserWords,
    @DefaultValue("24h") Duration maxBackoff,
    @DefaultValue("1s") Duration hostGap,
    @Min(1) @Max(64) @DefaultValue("4") int threads,
    @DefaultValue("10m") Duration claimFor) {

  /** The defaults, for tests and tools that run without Spring. */
  public static FeedProperties defaults() {
    return new Binder().bindOrCreate("storyline.feeds", Bindable.of(FeedProperties.class));
  }
}
