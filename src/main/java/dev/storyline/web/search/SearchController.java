package dev.storyline.web.search;

import dev.storyline.store.PageVersions;
import dev.storyline.store.search.OutletQueries;
import dev.storyline.store.search.SearchHit;
import dev.storyline.store.search.SearchIndex;
import dev.storyline.web.WebPaths;
import dev.storyline.web.cache.PageScopes;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Full-text search and outlet pages. */
@Controller
class SearchController {
  static final int RESULTS = 30;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final SearchIndex index;
  private final OutletQueries outlets;
  private final dev.storyline.store.OutletRepository described;
  private final dev.storyline.web.CoverageProperties coverage;

  SearchController(
      SearchIndex index,
      OutletQueries outlets,
      dev.storyline.store.OutletRepository described,
      dev.storyline.web.CoverageProperties coverage) {
    this.index = index;
    this.outlets = outlets;
    this.described = described;
    this.coverage = coverage;
  }

  /** What the operator says about an outlet, formatted for its page. */
  public record OutletView(
      String lean, String leanKey, String country, String note, List<String> topics) {}

  /** A result as the page shows it. */
  public record ResultView(
      String kind,
      String title,
      String href,
      String outlet,
      String outletHref,
      String date,
      String storyHref,
      List<SearchHit.Piece> snippet) {}

  @GetMapping("/search")
  String search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "") String outlet,
      Model model,
      HttpServletResponse response) {
    PageScopes.depend(PageVersions.LISTS, PageVersions.SEARCH_INDEX);
    model.addAttribute("q", q);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("outlet", outlet);
    if (!q.isBlank()) {
      try {
        List<ResultView> results =
            index
                .search(
                    q.length() > 500 ? q.substring(0, 500) : q, day(from), day(to), outlet, RESULTS)
                .stream()
                .map(SearchController::view)
                .toList();
        model.addAttribute("results", results);
      } catch (IllegalArgumentException e) {
        // the reader's mistake (a bad date, a query Lucene cannot run): a 400 page saying why,
        // not an error in the log
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", e.getMessage());
      }
    }
    return "search";
  }

  @GetMapping("/outlets/{name}")
  String outlet(@PathVariable String name, Model model) {
    PageScopes.depend(PageVersions.LISTS, PageVersions.OUTLETS);
    model.addAttribute("name", name);
    model.addAttribute(
        "described",
        described
            .find(name)
            .map(
                o ->
                    new OutletView(
                        coverage.label(o.lean()),
                        "lean-" + o.lean().key(),
                        o.country(),
                        o.note(),
                        o.topics()))
            .orElse(null));
    model.addAttribute("articles", outlets.recentArticles(name, 30));
    model.addAttribute(
        "stories",
        outlets.stories(name, 30).stream()
            .map(
                s ->
                    new String[] {
                      WebPaths.story(s.id(), s.slug()),
                      s.headline(),
                      DAY.format(s.lastPublished()),
                      String.valueOf(s.articles())
                    })
            .toList());
    return "outlet";
  }

  private static ResultView view(SearchHit h) {
    boolean story = h.kind().equals("story");
    String storyHref = h.storyId() == null ? null : WebPaths.story(h.storyId(), null);
    String href = story ? storyHref : WebPaths.safeUrl(h.url());
    return new ResultView(
        story ? "Story" : "Article",
        h.title(),
        href,
        h.outlet(),
        h.outlet().isEmpty() ? null : outletPath(h.outlet()),
        DAY.format(h.published()),
        story ? null : storyHref,
        h.snippet());
  }

  /** Path of an outlet's page. */
  static String outletPath(String outlet) {
    return "/outlets/"
        + org.springframework.web.util.UriUtils.encodePathSegment(
            outlet, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Dates look like 2026-05-10.");
    }
  }
}
