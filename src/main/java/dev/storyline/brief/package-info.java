/**
 * The brief stage: writes every section of a story page from a story's analysed articles.
 *
 * <p>{@link dev.storyline.brief.BriefWriter} is the contract; {@link
 * dev.storyline.brief.ExtractiveBriefWriter} is the offline default, made of one small writer per
 * section ({@code section}); {@link dev.storyline.brief.Grounding} checks that a line names only
 * what its cited sentences say. Every published sentence is a source sentence or title, verbatim or
 * trimmed of a leading connective or dateline, and cites where it came from. Its parts:
 *
 * <ul>
 *   <li>{@code text}: the story as the writers see it (sentences with vectors and centrality), cue
 *       lexicons, trimming, selection by marginal relevance;
 *   <li>{@code actor}: who is who and who said what (actors, attribution, affiliation);
 *   <li>{@code section}: one writer per section of the page;
 *   <li>{@code forecast}: tracking earlier forecasts against later reporting;
 *   <li>{@code llm}: the optional checked LLM writer.
 * </ul>
 *
 * <p>Layers: {@code text} depends on nothing else here; {@code actor} and {@code forecast} on
 * {@code text}; {@code section} on {@code actor} and {@code text}; this package on {@code section};
 * {@code llm} on this package. Depends only on {@code dev.storyline.domain} and the JDK: no I/O, no
 * clock (time comes from the material). All types are immutable or stateless and therefore
 * thread-safe.
 */
package dev.storyline.brief;
