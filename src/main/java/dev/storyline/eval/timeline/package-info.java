/**
 * The Timeline17 method: {@link dev.storyline.eval.timeline.DatedTimeline}, the date-wise method of
 * Ghalandari &amp; Ifrim (2020), ranks dates by how often the coverage refers to them ({@link
 * dev.storyline.eval.timeline.DateRanking}) and picks each date's sentences from its {@link
 * dev.storyline.eval.timeline.Candidates} with {@link dev.storyline.eval.timeline.CentroidOpt} over
 * {@link dev.storyline.eval.timeline.TfIdf} vectors. Only {@code eval timeline} runs it, so it
 * lives next to that evaluation (it was {@code brief.timeline}); the story page's Timeline section
 * is written by {@code brief.section.TimelineWriter}. Depends on {@code brief.text} and {@code
 * domain}.
 */
package dev.storyline.eval.timeline;
