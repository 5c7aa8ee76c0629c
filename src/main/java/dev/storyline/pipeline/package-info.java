/**
 * The pipeline: calls the stages and the store together. {@link
 * dev.storyline.pipeline.ArticleIntake} stores new articles at most once (for imports and feeds
 * alike); {@link dev.storyline.pipeline.PipelineRunner} imports JSON Lines files, analyzes what is
 * stored, assigns articles to stories, repairs recent stories (merges, splits), links stories into
 * storylines and rewrites the briefs of what changed; it can be interrupted at any point and
 * finishes pending work on the next run. Knows nothing of feeds (they hand their articles over),
 * web, accounts or discussion.
 */
package dev.storyline.pipeline;
