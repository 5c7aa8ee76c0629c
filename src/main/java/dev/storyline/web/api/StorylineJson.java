package dev.storyline.web.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * A storyline and its stories, oldest first.
 *
 * @param id storyline id
 * @param slug URL slug of its title
 * @param title title
 * @param url path of the storyline page
 * @param first first publication time
 * @param last last publication time
 * @param stories its stories, oldest first
 * @param scorecard the forecasts of its stories and what later stories say about them
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StorylineJson(
    String id,
    String slug,
    String title,
    String url,
    Instant first,
    Instant last,
    List<StoryCardJson> stories,
    List<ScorecardJson> scorecard) {}
