/**
 * The brief stage: writes every section of a story page from a story's analysed articles.
 *
 * <p>{@link dev.storyline.brief.BriefWriter} is the contract; {@link
 * dev.storyline.brief.ExtractiveBriefWriter} is the offline default, made of one small
 * package-private writer per section. Every published sentence is a source sentence or title,
 * verbatim or trimmed of a leading connective or dateline, and cites where it came from.
 *
 * <p>Depends only on {@code dev.storyline.domain} and the JDK: no I/O, no clock (time comes from
 * the material). All types are immutable or stateless and therefore thread-safe.
 */
package dev.storyline.brief;
