package dev.storyline.account;

import java.time.Instant;

/**
 * A reader's account as stored.
 *
 * @param id database id
 * @param email sign-in address, lower case
 * @param displayName the name shown beside comments
 * @param passwordHash encoded password ({@code {bcrypt}…})
 * @param role what the account may do
 * @param banned whether a moderator banned it (it can no longer sign in or post)
 * @param createdAt when it was created
 * @param sessionVersion bumped by every password change or reset; a session made before no longer
 *     counts
 * @param emailConfirmed whether the owner confirmed the address (with SMTP configured, needed to
 *     comment)
 */
public record Account(
    long id,
    String email,
    String displayName,
    String passwordHash,
    Role role,
    boolean banned,
    Instant createdAt,
    int sessionVersion,
    boolean emailConfirmed) {}
