package dev.storyline.web.api;

import dev.storyline.store.StoryQueries;
import dev.storyline.web.error.BadRequestException;
import dev.storyline.web.error.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON API for stories and storylines. */
@RestController
@RequestMapping("/api")
class StoryApiController {

  static final int MAX_LIMIT = 200;

  private final StoryQueries queries;

  StoryApiController(StoryQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/stories")
  StoryListJson stories(@RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequestException(
          "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    var stories = queries.recentStories(limit).stream().map(ApiMapper::card).toList();
    return new StoryListJson(stories.size(), limit, stories);
  }

  @GetMapping("/stories/{id}")
  StoryJson story(@PathVariable String id) {
    return queries.story(id).map(d -> ApiMapper.story(d, queries.sightings(id)))
        .orElseThrow(() -> new NotFoundException("story", id));
  }

  @GetMapping("/storylines/{id}")
  StorylineJson storyline(@PathVariable String id) {
    return queries.storyline(id).map(l -> ApiMapper.storyline(l, queries.scorecard(id)))
        .orElseThrow(() -> new NotFoundException("storyline", id));
  }
}
