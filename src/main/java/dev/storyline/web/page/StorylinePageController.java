package dev.storyline.web.page;

import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryCard;
import dev.storyline.store.StoryQueries;
import dev.storyline.store.StorylineCard;
import dev.storyline.web.WebPaths;
import dev.storyline.web.cache.PageScopes;
import dev.storyline.web.error.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Storyline pages: the storyline's stories in time order, its newest story's timeline and its
 * forecast scorecard (stored with the briefs, never computed per request). The id of a storyline
 * emptied by a story merge answers 301 to the storyline that carries it on.
 */
@Controller
class StorylinePageController {

  private final StoryQueries queries;
  private final Clock clock;

  StorylinePageController(StoryQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  @GetMapping("/storylines/{id}")
  Object storyline(@PathVariable String id, Model model) {
    StorylineCard line = queries.storyline(id).orElse(null);
    if (line == null) {
      String carrier =
          queries.storylineRedirect(id).orElseThrow(() -> new NotFoundException("storyline", id));
      RedirectView moved = new RedirectView(WebPaths.storyline(carrier), true);
      moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
      return moved;
    }
    PageScopes.depend(PageVersions.storyline(id));
    List<StoryCard> stories = line.stories();
    model.addAttribute("storyline", line);
    model.addAttribute("span", stories.isEmpty() ? "" : Dates.span(line.first(), line.last()));
    model.addAttribute("cards", stories.stream().map(CardView::of).toList());
    List<StoryView.TimelineView> timeline = List.of();
    if (!stories.isEmpty()) {
      StoryCard newest = stories.get(stories.size() - 1);
      timeline =
          queries
              .story(newest.id())
              .map(d -> new StoryViewBuilder(d, WebPaths.story(d.card())).build().timeline())
              .orElse(List.of());
    }
    model.addAttribute("timeline", timeline);
    model.addAttribute(
        "scorecard", ScorecardView.of(queries.scorecard(id), stories, clock.instant()));
    return "storyline";
  }
}
