package dev.storyline.web.page;

import dev.storyline.domain.Brief;
import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryDetail;
import dev.storyline.store.StoryQueries;
import dev.storyline.web.WebPaths;
import dev.storyline.web.cache.PageScopes;
import dev.storyline.web.error.NotFoundException;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Story pages at {@code /stories/{id}/{slug}}. Any other slug (or none) answers 301 to the
 * canonical URL, so a headline change never breaks old links; the id of a story merged into another
 * answers 301 to the survivor's page.
 */
@Controller
class StoryPageController {

  private final StoryQueries queries;
  private final CardLens lens;

  StoryPageController(StoryQueries queries, CardLens lens) {
    this.queries = queries;
    this.lens = lens;
  }

  @GetMapping({"/stories/{id}", "/stories/{id}/{slug}"})
  ModelAndView story(@PathVariable String id, @PathVariable(required = false) String slug) {
    StoryDetail detail = queries.story(id).orElse(null);
    if (detail == null) {
      String survivor = queries.redirect(id).orElseThrow(() -> new NotFoundException("story", id));
      return moved(
          queries
              .story(survivor)
              .map(d -> WebPaths.story(d.card()))
              .orElse(WebPaths.story(survivor, null)));
    }
    String canonicalSlug = Objects.requireNonNullElse(detail.card().slug(), "");
    if (!canonicalSlug.equals(Objects.requireNonNullElse(slug, ""))) {
      return moved(WebPaths.story(detail.card()));
    }
    PageScopes.depend(
        PageVersions.story(id),
        PageVersions.storyline(detail.card().storylineId()),
        PageVersions.OUTLETS);
    ModelAndView page = new ModelAndView("story");
    page.addObject("story", new StoryViewBuilder(detail, "", queries.sightings(id)).build());
    CardLens.Lens l = lens.of(java.util.List.of(detail.card()));
    page.addObject("balance", l.balance(detail.card()));
    page.addObject("topics", l.topics(id));
    page.addObject("blindspotRule", lens.settings().ruleText());
    java.util.Map<String, dev.storyline.store.ArticleWhy> why = queries.why(id);
    java.util.Map<String, String> whyLines = new java.util.HashMap<>();
    detail
        .brief()
        .sources()
        .forEach(s -> whyLines.put(s.articleId(), WhyLine.of(why.get(s.articleId()))));
    page.addObject("why", whyLines);
    page.addObject("sections", Brief.SECTIONS);
    // read once: the discussion part of the page (discussion/StoryPageParts) uses it too
    page.addObject(StoryDetail.MODEL_KEY, detail);
    return page;
  }

  private static ModelAndView moved(String path) {
    RedirectView redirect = new RedirectView(path, true);
    redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    return new ModelAndView(redirect);
  }
}
