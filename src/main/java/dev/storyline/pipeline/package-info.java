/**
 * The pipeline: the only place that calls stages and the store together. {@link
 * dev.storyline.pipeline.PipelineRunner} stores new articles, analyzes them, assigns them to
 * stories, repairs recent stories (merges, splits), links stories into storylines and rewrites the
 * briefs of what changed; it can be interrupted at any point and finishes pending work on the next
 * run.
 */
package dev.storyline.pipeline;
