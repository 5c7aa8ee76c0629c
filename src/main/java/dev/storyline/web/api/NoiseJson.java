package dev.storyline.web.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * How loud a story's coverage is.
 *
 * @param score 0 (quiet) to 100 (very loud)
 * @param label word for the score
 * @param articles number of articles
 * @param outlets number of distinct outlets
 * @param windowHours hours between first and last article
 * @param basis what the score is based on
 * @param loudButThin high volume with few new facts lately
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NoiseJson(
    int score,
    String label,
    int articles,
    int outlets,
    long windowHours,
    String basis,
    boolean loudButThin) {}
