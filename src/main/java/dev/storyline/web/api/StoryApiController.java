package dev.storyline.web.api;

import dev.storyline.store.Coverage;
import dev.storyline.store.OutletRepository;
import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryDetail;
import dev.storyline.store.StoryQueries;
import dev.storyline.store.TopicRepository;
import dev.storyline.web.CoverageProperties;
import dev.storyline.web.WebPaths;
import dev.storyline.web.cache.PageScopes;
import dev.storyline.web.error.BadRequestException;
import dev.storyline.web.error.NotFoundException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
  private final OutletRepository outlets;
  private final TopicRepository topics;
  private final CoverageProperties coverage;

  StoryApiController(
      StoryQueries queries,
      OutletRepository outlets,
      TopicRepository topics,
      CoverageProperties coverage) {
    this.queries = queries;
    this.outlets = outlets;
    this.topics = topics;
    this.coverage = coverage;
  }

  @GetMapping("/stories")
  StoryListJson stories(@RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    PageScopes.depend(PageVersions.LISTS);
    var stories = queries.recentStories(limit).stream().map(ApiMapper::card).toList();
    return new StoryListJson(stories.size(), limit, stories);
  }

  /**
   * A story; for the id of a story merged into another, 308 to the survivor's URL with a body that
   * says so ({@code {"id": old, "mergedInto": new, "url": "/api/stories/new"}}).
   */
  @GetMapping("/stories/{id}")
  ResponseEntity<?> story(@PathVariable String id) {
    var story =
        queries.story(id).map(d -> withCoverage(d, ApiMapper.story(d, queries.sightings(id))));
    if (story.isPresent()) {
      PageScopes.depend(
          PageVersions.OUTLETS,
          PageVersions.story(id),
          PageVersions.storyline(
              story.get().storyline() == null ? null : story.get().storyline().id()));
      return ResponseEntity.ok(story.get());
    }
    String survivor = queries.redirect(id).orElseThrow(() -> new NotFoundException("story", id));
    return moved(id, survivor, WebPaths.apiStory(survivor));
  }

  private StoryJson withCoverage(StoryDetail detail, StoryJson s) {
    Coverage c = Coverage.of(detail.card().outlets(), outlets.all(), coverage.rule());
    return new StoryJson(
        s.id(),
        s.url(),
        s.card(),
        s.storyline(),
        s.sections(),
        s.headline(),
        s.whyItMatters(),
        s.keyPoints(),
        s.summary(),
        s.explainer(),
        s.sides(),
        s.noise(),
        s.forecast(),
        s.timeline(),
        s.sources(),
        s.gaps(),
        s.writtenAt(),
        s.writer(),
        CoverageJson.of(c, coverage),
        topics.topicsOf(List.of(s.id())).getOrDefault(s.id(), List.of()));
  }

  /** The body of a redirect from a merged story's id, or from a storyline emptied by a merge. */
  record MovedJson(String id, String mergedInto, String url) {}

  /**
   * A storyline; for the id of a storyline emptied by a story merge, 308 to the storyline that
   * carries it on, with the same body as a merged story's redirect.
   */
  @GetMapping("/storylines/{id}")
  ResponseEntity<?> storyline(@PathVariable String id) {
    var line = queries.storyline(id).map(l -> ApiMapper.storyline(l, queries.scorecard(id)));
    if (line.isPresent()) {
      PageScopes.depend(PageVersions.storyline(id));
      return ResponseEntity.ok(line.get());
    }
    String carrier =
        queries.storylineRedirect(id).orElseThrow(() -> new NotFoundException("storyline", id));
    return moved(id, carrier, WebPaths.apiStoryline(carrier));
  }

  private static ResponseEntity<MovedJson> moved(String id, String target, String url) {
    return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
        .location(URI.create(url))
        .body(new MovedJson(id, target, url));
  }
}
