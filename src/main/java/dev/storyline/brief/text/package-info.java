/**
 * The story as the brief writers see it: {@link dev.storyline.brief.text.StoryText} holds the
 * story's publishable sentences ({@link dev.storyline.brief.text.StorySentence}) with a vector each
 * and their centrality; {@link dev.storyline.brief.text.Vectorizer} turns text into those vectors;
 * the cue lexicons ({@link dev.storyline.brief.text.CueLexicon}), trimming of connectives and
 * datelines, and sentence selection by maximal marginal relevance ({@link
 * dev.storyline.brief.text.MarginalRelevance}) are shared by every section. Depends on {@code
 * domain} only.
 */
package dev.storyline.brief.text;
