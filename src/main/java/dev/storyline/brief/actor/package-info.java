/**
 * Who is who and who said what: the story's actors with their variant names merged ({@link
 * dev.storyline.brief.actor.Actors}, {@link dev.storyline.brief.actor.Mentions}, {@link
 * dev.storyline.brief.actor.PersonNames}), the speaker of a reported statement ({@link
 * dev.storyline.brief.actor.Attribution}) and an actor's party or side ({@link
 * dev.storyline.brief.actor.Affiliation}). Used by the Sides, Explainer, Why It Matters and
 * Forecast writers. Depends on {@code brief.text} and {@code domain}.
 */
package dev.storyline.brief.actor;
