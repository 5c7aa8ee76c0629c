package dev.storyline.web.page;

import dev.storyline.store.Coverage;
import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryCard;
import dev.storyline.store.StoryQueries;
import dev.storyline.web.cache.PageScopes;
import dev.storyline.web.feed.StoryListFeed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /blindspots}: the recent stories covered mostly by one side, per side, and their Atom
 * feed. Looks through the most recent {@code storyline.coverage.blindspot-recent} stories.
 */
@Controller
class BlindspotPageController {
  private final StoryQueries queries;
  private final CardLens lens;
  private final Clock clock;

  BlindspotPageController(StoryQueries queries, CardLens lens, Clock clock) {
    this.queries = queries;
    this.lens = lens;
    this.clock = clock;
  }

  /** The recent blindspots: covered by the left, then by the right, newest first. */
  private record Found(List<StoryCard> left, List<StoryCard> right, CardLens.Lens lens) {}

  private Found find() {
    List<StoryCard> recent = queries.recentStories(lens.settings().blindspotRecent());
    CardLens.Lens l = lens.of(recent);
    List<StoryCard> left = new ArrayList<>();
    List<StoryCard> right = new ArrayList<>();
    for (StoryCard c : recent) {
      Coverage.Blindspot b = l.coverage(c).blindspot();
      if (b != null) {
        (b.coveredBy() < 0 ? left : right).add(c);
      }
    }
    return new Found(left, right, l);
  }

  @GetMapping("/blindspots")
  String page(Model model) {
    PageScopes.depend(PageVersions.LISTS, PageVersions.OUTLETS);
    Found f = find();
    model.addAttribute("left", f.lens().cards(f.left()));
    model.addAttribute("right", f.lens().cards(f.right()));
    model.addAttribute("rule", lens.settings().ruleText());
    model.addAttribute("leftName", lens.settings().label(dev.storyline.store.Lean.LEFT));
    model.addAttribute("rightName", lens.settings().label(dev.storyline.store.Lean.RIGHT));
    return "blindspots";
  }

  @GetMapping("/blindspots/feed.atom")
  ResponseEntity<String> feed() {
    PageScopes.depend(PageVersions.LISTS, PageVersions.OUTLETS);
    Found f = find();
    List<StoryCard> all = new ArrayList<>(f.left());
    all.addAll(f.right());
    all.sort(
        java.util.Comparator.comparing(StoryCard::lastPublished)
            .reversed()
            .thenComparing(StoryCard::id));
    return StoryListFeed.of(
        "Storyline: blindspots", "/blindspots/feed.atom", "/blindspots", all, clock.instant());
  }
}
