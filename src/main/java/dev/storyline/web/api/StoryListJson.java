package dev.storyline.web.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A page of stories, most recently updated first.
 *
 * @param count number of stories in {@code stories}
 * @param limit the limit that was applied
 * @param stories the stories
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StoryListJson(int count, int limit, List<StoryCardJson> stories) {}
