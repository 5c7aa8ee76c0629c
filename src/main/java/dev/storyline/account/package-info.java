/**
 * Readers' accounts: sign-up, sign-in and sign-out, password reset by e-mailed token, password
 * change, account deletion, roles (reader, moderator, admin), login throttling and the web security
 * rules of the whole site ({@link dev.storyline.account.SecurityConfiguration}). Depends on {@code
 * domain}, Spring Security and the database; never on pipeline stages.
 */
package dev.storyline.account;
