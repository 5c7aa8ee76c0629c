/**
 * The analyze stage: sentences, named entities, date expressions and embeddings of an article.
 * {@link dev.storyline.analyze.ArticleAnalyzer} is the entry point. Depends only on {@code domain}
 * and the NLP libraries; never on other stages, {@code store} or {@code web}.
 */
package dev.storyline.analyze;
