/**
 * The Timeline17 method: {@link dev.storyline.brief.timeline.DatedTimeline}, the date-wise method
 * of Ghalandari &amp; Ifrim (2020), ranks dates by how often the coverage refers to them ({@link
 * dev.storyline.brief.timeline.DateRanking}) and picks each date's sentences from its {@link
 * dev.storyline.brief.timeline.Candidates} with {@link dev.storyline.brief.timeline.CentroidOpt}
 * over {@link dev.storyline.brief.timeline.TfIdf} vectors. Today only {@code eval timeline} runs
 * it; the story page's Timeline section is written by {@code brief.section.TimelineWriter}. Depends
 * on {@code brief.text} and {@code domain}.
 */
package dev.storyline.brief.timeline;
