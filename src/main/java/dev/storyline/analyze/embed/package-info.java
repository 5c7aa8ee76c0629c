/**
 * Text embeddings: the {@link dev.storyline.analyze.embed.Embedder} interface and the in-process
 * MiniLM model.
 */
package dev.storyline.analyze.embed;
