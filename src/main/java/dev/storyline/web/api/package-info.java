/**
 * The read-only JSON API under {@code /api}: stories, one story with every section and its source
 * references, storylines. Answers are records of this package with snake_case keys, mapped from the
 * store's records (never exposed directly) so the wire format stays stable when the store changes.
 * Errors are ProblemDetail documents, produced by {@code web.error}.
 */
package dev.storyline.web.api;
