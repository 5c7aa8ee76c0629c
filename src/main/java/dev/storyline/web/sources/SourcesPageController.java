package dev.storyline.web.sources;

import dev.storyline.feeds.FeedPoller;
import dev.storyline.feeds.SourceService;
import dev.storyline.store.Lean;
import dev.storyline.store.Outlet;
import dev.storyline.store.OutletFile;
import dev.storyline.store.OutletRepository;
import dev.storyline.web.CoverageProperties;
import dev.storyline.web.error.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator page: every source with its health, and forms to add, pause, resume, poll and
 * remove.
 */
@Controller
class SourcesPageController {
  private final ObjectProvider<SourceService> service;
  private final OutletRepository outlets;
  private final CoverageProperties coverage;

  SourcesPageController(
      ObjectProvider<SourceService> service,
      OutletRepository outlets,
      CoverageProperties coverage) {
    this.service = service;
    this.outlets = outlets;
    this.coverage = coverage;
  }

  /** One outlet row of the operator page: its description (or blanks) and its article count. */
  public record OutletRow(
      String name, String lean, String country, String note, String topics, int articles) {}

  /** A lean the operator can choose, with its shown name. */
  public record LeanChoice(String key, String label) {}

  @GetMapping("/sources")
  String page(Model model) {
    model.addAttribute("sources", service().list().stream().map(SourceJson::of).toList());
    Map<String, Outlet> described = outlets.all();
    Map<String, Integer> published = outlets.published();
    Set<String> names = new TreeSet<>(published.keySet());
    names.addAll(described.keySet());
    model.addAttribute(
        "outlets",
        names.stream()
            .map(
                n -> {
                  Outlet o = described.getOrDefault(n, Outlet.undescribed(n));
                  return new OutletRow(
                      n,
                      o.lean().key(),
                      o.country(),
                      o.note(),
                      String.join(", ", o.topics()),
                      published.getOrDefault(n, 0));
                })
            .toList());
    model.addAttribute(
        "leans",
        Arrays.stream(Lean.values()).map(l -> new LeanChoice(l.key(), coverage.label(l))).toList());
    return "sources";
  }

  /** Sets one outlet's lean, country, note and topics (comma-separated). */
  @PostMapping("/sources/outlets")
  String outlet(
      @RequestParam String name,
      @RequestParam(defaultValue = "unknown") String lean,
      @RequestParam(defaultValue = "") String country,
      @RequestParam(defaultValue = "") String note,
      @RequestParam(defaultValue = "") String topics,
      RedirectAttributes flash) {
    try {
      List<String> t =
          Arrays.stream(topics.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
      outlets.save(new Outlet(name, Lean.parse(lean), country, note, t));
      flash.addFlashAttribute("message", "Saved " + name);
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/sources#outlets";
  }

  /** Imports a YAML or CSV outlet file (all its records, or none when one is bad). */
  @PostMapping("/sources/outlets/import")
  String importOutlets(@RequestParam("file") MultipartFile file, RedirectAttributes flash)
      throws IOException {
    try (InputStream in = file.getInputStream()) {
      String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
      List<Outlet> read = OutletFile.read(in, OutletFile.Format.of(fileName));
      outlets.saveAll(read);
      flash.addFlashAttribute("message", "Imported " + read.size() + " outlets from " + fileName);
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/sources#outlets";
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
