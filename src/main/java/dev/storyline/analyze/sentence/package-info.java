/**
 * Sentence splitting for the analyze stage: turns an article body into trimmed sentence spans.
 *
 * <p>{@link dev.storyline.analyze.sentence.OpenNlpSentenceSplitter} runs the OpenNLP English
 * sentence model per paragraph and repairs its known mistakes on news abbreviations. Depends only
 * on {@code dev.storyline.domain} and OpenNLP.
 */
package dev.storyline.analyze.sentence;
