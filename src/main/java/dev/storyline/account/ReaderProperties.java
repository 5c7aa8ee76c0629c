package dev.storyline.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings for readers ({@code storyline.readers.*}, or environment variables such as {@code
 * STORYLINE_READERS_COMMENT_POLICY=SUBSCRIBERS}).
 *
 * @param commentPolicy who may comment: everyone signed in, or subscribers of the story only
 * @param editWindow how long after posting a reader may edit or delete their comment
 * @param postsPerWindow most comments one reader may post within {@code postWindow}
 * @param postWindow the window of the posting rate limit
 * @param failuresPerAccount failed sign-ins on one account from one network (an IPv4 address or an
 *     IPv6 /64) within a day before each further attempt from that network waits (one second,
 *     doubling up to {@code maxDelay}); the account itself is never locked
 * @param failuresPerAddress failed sign-ins from one network, whatever the accounts, before that
 *     network waits
 * @param lockout how long a network's failed sign-ins count towards {@code failuresPerAddress}
 * @param maxDelay the longest wait between two sign-in attempts on one account from one network
 * @param formsPerAddress sign-ups, and password-reset requests, per network and hour
 * @param mailsPerAccount sign-ups, password-reset mails and confirmation mails per target address
 *     and hour
 * @param trustedProxies IP addresses of the operator's reverse proxies, whose {@code
 *     X-Forwarded-For} header is believed (none by default: the header is ignored)
 * @param resetTokenLifetime how long an e-mailed password-reset link works
 * @param baseUrl the public address of this site, used in e-mailed links
 * @param mailFrom the sender of e-mails (used when {@code spring.mail.host} is set)
 * @param digestTime time of day (UTC) after which the daily e-mail digest of followed items is sent
 */
@Validated
@ConfigurationProperties("storyline.readers")
public record ReaderProperties(
    @NotNull @DefaultValue("SIGNED_IN") CommentPolicy commentPolicy,
    @NotNull @DefaultValue("15m") Duration editWindow,
    @Min(1) @Max(1000) @DefaultValue("5") int postsPerWindow,
    @NotNull @DefaultValue("10m") Duration postWindow,
    @Min(1) @Max(1000) @DefaultValue("5") int failuresPerAccount,
    @Min(1) @Max(10000) @DefaultValue("20") int failuresPerAddress,
    @NotNull @DefaultValue("15m") Duration lockout,
    @NotNull @DefaultValue("15m") Duration maxDelay,
    @Min(1) @Max(10000) @DefaultValue("5") int formsPerAddress,
    @Min(1) @Max(1000) @DefaultValue("3") int mailsPerAccount,
    @NotNull @DefaultValue("") java.util.List<String> trustedProxies,
    @NotNull @DefaultValue("1h") Duration resetTokenLifetime,
    @NotBlank @DefaultValue("http://localhost:8080") String baseUrl,
    @NotBlank @DefaultValue("storyline@localhost") String mailFrom,
    @NotNull @DefaultValue("07:00") LocalTime digestTime) {}
