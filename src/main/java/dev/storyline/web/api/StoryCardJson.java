package dev.storyline.web.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * A story in a list.
 *
 * @param id story id
 * @param slug URL slug of the headline
 * @param headline headline
 * @param url canonical path of the story page
 * @param apiUrl path of the story in the API
 * @param storylineId storyline id
 * @param firstPublished oldest article's publication time
 * @param lastPublished newest article's publication time
 * @param articles number of articles
 * @param outlets outlet names, most articles first
 * @param noise noise level, or {@code null}
 * @param whyItMatters first Why-It-Matters sentence, "" when none
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StoryCardJson(
    String id,
    String slug,
    String headline,
    String url,
    String apiUrl,
    String storylineId,
    Instant firstPublished,
    Instant lastPublished,
    int articles,
    List<String> outlets,
    NoiseJson noise,
    String whyItMatters) {}
