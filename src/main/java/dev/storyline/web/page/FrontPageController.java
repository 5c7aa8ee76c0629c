package dev.storyline.web.page;

import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryQueries;
import dev.storyline.web.cache.PageScopes;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the latest day's stories, loudest first, and a list of more recent stories. */
@Controller
class FrontPageController {

  static final int RECENT = 20;

  private final StoryQueries queries;

  FrontPageController(StoryQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/")
  String front(Model model) {
    PageScopes.depend(PageVersions.LISTS);
    List<CardView> cards = queries.frontPage().stream().map(CardView::of).toList();
    Set<String> shown = cards.stream().map(CardView::id).collect(Collectors.toSet());
    List<CardView> more =
        queries.recentStories(RECENT).stream()
            .filter(c -> !shown.contains(c.id()))
            .map(CardView::of)
            .toList();
    model.addAttribute("cards", cards);
    model.addAttribute("more", more);
    model.addAttribute("articleCount", queries.articleCount());
    return "front";
  }
}
