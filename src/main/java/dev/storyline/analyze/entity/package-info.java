/**
 * Named-entity recognition for the analyze stage.
 *
 * <p>There is no English NER model on Maven Central, so {@link
 * dev.storyline.analyze.entity.PosChunkEntityRecognizer} tokenises and POS-tags a sentence with
 * OpenNLP (UD tags), chunks runs of proper nouns and assigns a coarse kind from documented lexical
 * heuristics ({@link dev.storyline.analyze.entity.EntityLexicon}). Depends only on {@code
 * dev.storyline.domain} and OpenNLP.
 */
package dev.storyline.analyze.entity;
