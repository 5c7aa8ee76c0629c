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
 * @param failuresPerAccount failed sign-ins on one account before it is paused
 * @param failuresPerAddress failed sign-ins from one network address before it is paused
 * @param lockout how long failed sign-ins count, and so how long a pause lasts
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
    @NotNull @DefaultValue("1h") Duration resetTokenLifetime,
    @NotBlank @DefaultValue("http://localhost:8080") String baseUrl,
    @NotBlank @DefaultValue("storyline@localhost") String mailFrom,
    @NotNull @DefaultValue("07:00") LocalTime digestTime) {}
