package dev.storyline.cluster;

import java.time.Instant;
import java.util.Map;

/**
 * What a story keeps of each of its articles, for repairs.
 *
 * @param articleId the article
 * @param embedding its unit-length embedding
 * @param profile its entity weights ({@link EntityProfile#of})
 * @param published its publication time
 */
record Member(String articleId, float[] embedding, Map<String, Integer> profile, Instant published) {}
