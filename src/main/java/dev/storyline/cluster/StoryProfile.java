package dev.storyline.cluster;

import java.time.Instant;
import java.util.Map;

/**
 * What the storyline linker knows of a story.
 *
 * @param storyId the story
 * @param vectorSum sum of its articles' embeddings (direction = centroid)
 * @param entities entity key to weight over its articles
 * @param first oldest article time
 * @param last newest article time
 * @param articles number of articles
 */
public record StoryProfile(
    String storyId,
    float[] vectorSum,
    Map<String, Integer> entities,
    Instant first,
    Instant last,
    int articles) {}
