package dev.storyline.feeds;

import dev.storyline.ingest.http.FetchSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Fetching from the web (feeds and article pages): {@code storyline.fetch.*}.
 *
 * @param allowPrivateAddresses allow loopback, private, link-local, unique-local, CGNAT and
 *     cloud-metadata addresses (off: a source can never make Storyline reach inside the network)
 * @param connectTimeout time to open a connection
 * @param readTimeout longest silence while reading
 * @param totalTimeout deadline of one fetch, redirects included
 * @param maxBodyBytes bytes read from the wire at most
 * @param maxDecodedBytes bytes after decompression at most
 * @param maxRedirects redirects followed at most (each one checked again)
 * @param userAgent User-Agent header
 */
@Validated
@ConfigurationProperties("storyline.fetch")
public record FetchProperties(
    @DefaultValue("false") boolean allowPrivateAddresses,
    @DefaultValue("10s") Duration connectTimeout,
    @DefaultValue("20s") Duration readTimeout,
    @DefaultValue("60s") Duration totalTimeout,
    @Min(1024) @DefaultValue("8388608") long maxBodyBytes,
    @Min(1024) @DefaultValue("33554432") long maxDecodedBytes,
    @Min(0) @Max(20) @DefaultValue("5") int maxRedirects,
    @NotBlank @DefaultValue("Storyline/0.1 (feed reader)") String userAgent) {

  /** The limits of one fetch, as the fetcher takes them. */
  public FetchSettings settings() {
    return new FetchSettings(
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxBodyBytes,
        maxDecodedBytes,
        maxRedirects,
        userAgent);
  }

  /** The defaults, for tests and tools that run without Spring. */
  public static FetchProperties defaults() {
    return new Binder().bindOrCreate("storyline.fetch", Bindable.of(FetchProperties.class));
  }
}
