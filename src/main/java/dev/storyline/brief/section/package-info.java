/**
 * One writer per section of the story page: headline, Why It Matters, Key Points, summary,
 * explainer (with actor glosses), Sides (camps from attributed speech), Noise Level (with its
 * plain-figures basis), Forecast and Timeline (scoped to the saga up to the story by {@link
 * dev.storyline.brief.section.SagaScope}). Each picks source sentences and cites them; none
 * generates text. Called by {@link dev.storyline.brief.ExtractiveBriefWriter}. Depends on {@code
 * brief.actor}, {@code brief.text} and {@code domain}.
 */
package dev.storyline.brief.section;
