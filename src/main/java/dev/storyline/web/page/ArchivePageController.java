package dev.storyline.web.page;

import dev.storyline.store.PageVersions;
import dev.storyline.store.StoryCard;
import dev.storyline.store.StoryLists;
import dev.storyline.web.cache.PageScopes;
import dev.storyline.web.error.NotFoundException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The archive: {@code /archive/{yyyy-mm-dd}} shows that UTC day's stories loudest first, with links
 * to the nearest earlier and later days that have stories; {@code /archive} goes to the newest day.
 */
@Controller
class ArchivePageController {
  private final StoryLists lists;
  private final CardLens lens;

  ArchivePageController(StoryLists lists, CardLens lens) {
    this.lists = lists;
    this.lens = lens;
  }

  @GetMapping("/archive")
  String newest() {
    return lists
        .newestDay()
        .map(d -> "redirect:/archive/" + d)
        .orElseThrow(() -> new NotFoundException("archive day", "any"));
  }

  @GetMapping("/archive/{date}")
  String day(@PathVariable String date, Model model) {
    LocalDate day;
    try {
      day = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new NotFoundException("archive day", date);
    }
    PageScopes.depend(PageVersions.LISTS, PageVersions.OUTLETS);
    List<StoryCard> stories = lists.day(day);
    model.addAttribute("day", day.toString());
    model.addAttribute(
        "dayName", Dates.day(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    model.addAttribute("cards", lens.of(stories).cards(stories));
    model.addAttribute("previous", lists.dayBefore(day).map(LocalDate::toString).orElse(null));
    model.addAttribute("next", lists.dayAfter(day).map(LocalDate::toString).orElse(null));
    return "archive";
  }
}
