/**
 * Readers' accounts: sign-up, sign-in and sign-out, password reset by e-mailed token, password
 * change, account deletion, roles (reader, moderator, admin), login throttling and the web security
 * rules of the whole site ({@link dev.storyline.account.SecurityConfiguration}). Depends on {@code
 * domain}, {@code store}, {@code web} (the page cache's scopes), Spring Security and the database;
 * never on stages, the pipeline, feeds or discussion. Only {@code discussion}, {@code app} and
 * {@code cli} depend on it.
 */
package dev.storyline.account;
