package dev.storyline.web.sources;

import dev.storyline.feeds.FeedPoller;
import dev.storyline.feeds.SourceService;
import dev.storyline.web.error.NotFoundException;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator page: every source with its health, and forms to add, pause, resume, poll and
 * remove.
 */
@Controller
class SourcesPageController {
  private final ObjectProvider<SourceService> service;

  SourcesPageController(ObjectProvider<SourceService> service) {
    this.service = service;
  }

  @GetMapping("/sources")
  String page(Model model) {
    model.addAttribute("sources", service().list().stream().map(SourceJson::of).toList());
    return "sources";
  }

  @PostMapping("/sources")
  String add(
      @RequestParam String url,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) Integer intervalMinutes,
      RedirectAttributes flash) {
    try {
      service()
          .add(url, title, intervalMinutes == null ? null : Duration.ofMinutes(intervalMinutes));
      flash.addFlashAttribute("message", "Added " + url);
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/sources";
  }

  @PostMapping("/sources/{id}/{action}")
  String act(@PathVariable String id, @PathVariable String action, RedirectAttributes flash)
      throws InterruptedException {
    SourceService s = service();
    if (s.find(id).isEmpty()) {
      throw new NotFoundException("source", id);
    }
    switch (action) {
      case "pause" -> s.pause(id);
      case "resume" -> s.resume(id);
      case "remove" -> s.remove(id);
      case "poll" -> {
        FeedPoller.Report r = s.pollNow(id);
        flash.addFlashAttribute(
            r.error() == null ? "message" : "error",
            r.error() == null
                ? "Polled: " + r.entries() + " entries, " + r.stored() + " new"
                : r.error());
      }
      default -> throw new NotFoundException("action", action);
    }
    return "redirect:/sources";
  }

  private SourceService service() {
    SourceService s = service.getIfAvailable();
    if (s == null) {
      throw new NotFoundException("page", "/sources");
    }
    return s;
  }
}
