/**
 * Readers' discussion and following: comments with one level of replies (a Markdown subset,
 * rendered by commonmark and sanitised by the OWASP HTML sanitizer), edits and deletes within a
 * window, reports and the moderators' queue (hide, restore, ban), rate limits, following a story or
 * storyline, "what changed since your last visit" on the story page, and the opt-in daily e-mail
 * digest of followed items (sent when SMTP is configured). Its tables are its own: when a story
 * repair merges stories, {@link dev.storyline.discussion.StoryRepairListener} moves the absorbed
 * story's comments, follows and visits on the store's {@code StoryRepairEvent}. Depends on {@code
 * account}, {@code store}, {@code web} and {@code domain}; adds its parts to the story page through
 * a handler interceptor so that {@code web} does not depend on it.
 */
package dev.storyline.discussion;
