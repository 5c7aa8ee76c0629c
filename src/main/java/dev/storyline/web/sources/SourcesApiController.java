package dev.storyline.web.sources;

import dev.storyline.feeds.FeedPoller;
import dev.storyline.feeds.SourceService;
import dev.storyline.web.error.BadRequestException;
import dev.storyline.web.error.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of feed sources. */
@RestController
class SourcesApiController {
  private final ObjectProvider<SourceService> service;

  SourcesApiController(ObjectProvider<SourceService> service) {
    this.service = service;
  }

  /**
   * A new source.
   *
   * @param url feed address
   * @param title optional title
   * @param intervalMinutes optional polling interval
   */
  record NewSource(String url, String title, Integer intervalMinutes) {}

  @GetMapping("/api/sources")
  List<SourceJson> list() {
    return service().list().stream().map(SourceJson::of).toList();
  }

  @GetMapping("/api/sources/{id}")
  SourceJson one(@PathVariable String id) {
    return service()
        .find(id)
        .map(SourceJson::of)
        .orElseThrow(() -> new NotFoundException("source", id));
  }

  @PostMapping("/api/sources")
  ResponseEntity<SourceJson> add(@RequestBody NewSource body) {
    try {
      Duration interval =
          body.intervalMinutes() == null ? null : Duration.ofMinutes(body.intervalMinutes());
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(SourceJson.of(service().add(body.url(), body.title(), interval)));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  @PostMapping("/api/sources/{id}/pause")
  SourceJson pause(@PathVariable String id) {
    check(service().pause(id), id);
    return one(id);
  }

  @PostMapping("/api/sources/{id}/resume")
  SourceJson resume(@PathVariable String id) {
    check(service().resume(id), id);
    return one(id);
  }

  @PostMapping("/api/sources/{id}/poll")
  Map<String, Object> poll(@PathVariable String id) throws InterruptedException {
    one(id);
    FeedPoller.Report r = service().pollNow(id);
    return Map.of(
        "source",
        one(id),
        "entries",
        r.entries(),
        "stored",
        r.stored(),
        "error",
        r.error() == null ? "" : r.error());
  }

  @DeleteMapping("/api/sources/{id}")
  ResponseEntity<Void> remove(@PathVariable String id) {
    check(service().remove(id), id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping(value = "/api/sources.opml", produces = "text/x-opml")
  ResponseEntity<String> opml() {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/x-opml; charset=utf-8"))
        .body(service().exportOpml());
  }

  private SourceService service() {
    SourceService s = service.getIfAvailable();
    if (s == null) {
      throw new NotFoundException("source list", "sources");
    }
    return s;
  }

  private static void check(boolean found, String id) {
    if (!found) {
      throw new NotFoundException("source", id);
    }
  }
}
