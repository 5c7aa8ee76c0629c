package dev.storyline.cluster;

import java.time.Instant;
import java.util.Map;

/**
 * What a story keeps of each of its articles, for repairs and for rebuilding its scoring state.
 *
 * @param articleId the article
 * @param embedding its unit-length embedding
 * @param evidence what the story scorer reads of it ({@link ArticleEvidence#of})
 * @param published its publication time
 */
record Member(String articleId, float[] embedding, ArticleEvidence evidence, Instant published) {

  /** Its entity weights over the whole article ({@link EntityProfile#of}). */
  Map<String, Integer> profile() {
    return evidence.entities();
  }
}
