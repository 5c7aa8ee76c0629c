package dev.storyline.web.cache;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Rendered pages kept for anonymous readers ({@code storyline.web.cache.*}).
 *
 * @param enabled keep rendered pages and answer conditional requests (off: every request renders)
 * @param maxSize memory the kept pages may take at most (least recently used go first)
 * @param maxAge longest a kept page is served before it is rendered again even if nothing changed
 *     (covers what the page shows about time passing, such as a forecast falling due)
 * @param sharedMaxAge how long a reverse proxy or CDN may serve an anonymous page without asking
 *     ({@code s-maxage}); browsers always revalidate ({@code max-age=0}, answered by 304)
 * @param pollInterval how often changes made by other processes on the same database are read
 */
@Validated
@ConfigurationProperties("storyline.web.cache")
public record PageCacheProperties(
    @DefaultValue("true") boolean enabled,
    @NotNull @DefaultValue("32MB") DataSize maxSize,
    @NotNull @DefaultValue("10m") Duration maxAge,
    @NotNull @DefaultValue("30s") Duration sharedMaxAge,
    @NotNull @DefaultValue("1s") Duration pollInterval) {}
